/**
 * The rich text a persona section may hold: what Tiptap's StarterKit writes (paragraphs, lists,
 * quotes, emphasis, links), nothing that runs or loads. One allow-list for DOMPurify wherever it
 * runs: in the renderer before a card is shown, in main before a card is stored or printed.
 */
export const RICH_TEXT_POLICY = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'code',
    'mark',
    'ul',
    'ol',
    'li',
    'blockquote',
    'h3',
    'h4',
    'a',
    'span',
    'cite',
  ],
  // data-highlight-id ties a quote to its highlight ("open the quote in its document"); data-quote-ref
  // ties an uncoded quote to its place in a document (content.uncoded).
  ALLOWED_ATTR: ['href', 'dir', 'data-highlight-id', 'data-quote-ref', 'class'],
  // Only data-highlight-id and data-quote-ref survive (sanitize.ts drops other data-* attributes after DOMPurify's pass).
  ALLOW_DATA_ATTR: true,
  // Links may leave the card only to the web or mail; never javascript:, data: or file:.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  KEEP_CONTENT: true,
} as const

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** Plain text of (sanitised) section HTML, for Markdown, search and one-line summaries. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|blockquote|h3|h4)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
