/**
 * Tiptap's schema for a persona section: StarterKit's paragraphs, lists, quotes, emphasis and links,
 * plus what drafted cards carry that StarterKit alone would drop on the first edit: the highlight
 * id on a quote (it links the quote to its evidence), an uncoded quote's reference and its
 * "uncoded" mark, and <cite> for who said it.
 */
import { Extension, Mark } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'

const QuoteEvidence = Extension.create({
  name: 'quoteEvidence',
  addGlobalAttributes() {
    return [
      {
        types: ['blockquote'],
        attributes: {
          highlightId: {
            default: null,
            parseHTML: (el) => el.getAttribute('data-highlight-id'),
            renderHTML: (attrs) => (attrs.highlightId ? { 'data-highlight-id': attrs.highlightId } : {}),
          },
          // An uncoded quote's place in its document (content.uncoded): editing the text must not lose it.
          quoteRef: {
            default: null,
            parseHTML: (el) => el.getAttribute('data-quote-ref'),
            renderHTML: (attrs) => (attrs.quoteRef ? { 'data-quote-ref': attrs.quoteRef } : {}),
          },
        },
      },
    ]
  },
})

const Cite = Mark.create({
  name: 'cite',
  parseHTML: () => [{ tag: 'cite' }],
  renderHTML: ({ HTMLAttributes }) => ['cite', HTMLAttributes, 0],
})

/** The "uncoded" mark under a quote drafting chose before anyone coded it. */
const UncodedMark = Mark.create({
  name: 'uncodedMark',
  parseHTML: () => [{ tag: 'span.uncoded' }],
  renderHTML: () => ['span', { class: 'uncoded' }, 0],
})

export const richTextExtensions = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    codeBlock: false,
    horizontalRule: false,
    // Links open outside the card; only web and mail addresses (the shared allow-list's rule).
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['http', 'https', 'mailto'],
      HTMLAttributes: { target: null, rel: 'noopener noreferrer' },
    },
  }),
  QuoteEvidence,
  Cite,
  UncodedMark,
]
