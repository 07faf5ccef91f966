/**
 * DOMPurify in Node needs a DOM. DOMPurify's authors test on jsdom and strongly recommend an
 * up-to-date jsdom (lighter DOMs such as happy-dom are known to let XSS through), so we use that,
 * not a lighter DOM. jsdom is loaded on first use: it costs ~0.5 s, which an export overlaps with the
 * browser's start (see exports/personas/export.ts).
 */
import { createRequire } from 'node:module'
import type { DOMPurify as Purifier } from 'dompurify'
import { RICH_TEXT_POLICY } from '../../../shared/persona/richText'

let purifier: Purifier | null = null

function load(): Purifier {
  if (purifier) return purifier
  // require, not import: loading stays synchronous, so sanitising is a plain function call.
  const require = createRequire(import.meta.url)
  const { JSDOM } = require('jsdom') as typeof import('jsdom')
  const createDOMPurify = require('dompurify') as (window: unknown) => Purifier
  const p = createDOMPurify(new JSDOM('').window)
  // Links open outside the card, never in place of it.
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') node.setAttribute('rel', 'noopener noreferrer')
    for (const name of node.getAttributeNames?.() ?? []) {
      if (name.startsWith('data-') && name !== 'data-highlight-id' && name !== 'data-quote-ref') node.removeAttribute(name)
    }
    const ref = node.getAttribute?.('data-quote-ref')
    if (ref != null && !/^d\d{1,12}-\d{1,9}-\d{1,9}$/.test(ref)) node.removeAttribute('data-quote-ref')
    const h = node.getAttribute?.('data-highlight-id')
    if (h != null && !/^\d{1,12}$/.test(h)) node.removeAttribute('data-highlight-id')
  })
  purifier = p
  return p
}

/**
 * Sections sanitised before, by their HTML: the policy is fixed, so the same HTML always comes out the
 * same, and a deck re-exported after one card changed (20 cards, 160 sections, each a jsdom document:
 * ~0.1-0.3 s) sanitises only what changed. Bounded by the characters it holds; the oldest go first.
 */
const clean = new Map<string, string>()
const CLEAN_MAX_CHARS = 4_000_000
let cleanChars = 0

/** Section HTML with everything that could run, load or leave the card removed. */
export function sanitizeHtml(html: string): string {
  if (!/[<&]/.test(html)) return html
  const known = clean.get(html)
  if (known !== undefined) return known
  const out = load().sanitize(html, {
    ...RICH_TEXT_POLICY,
    ALLOWED_TAGS: [...RICH_TEXT_POLICY.ALLOWED_TAGS],
    ALLOWED_ATTR: [...RICH_TEXT_POLICY.ALLOWED_ATTR],
  }) as string
  if (html.length + out.length <= CLEAN_MAX_CHARS) {
    clean.set(html, out)
    cleanChars += html.length + out.length
    for (const [key, value] of clean) {
      if (cleanChars <= CLEAN_MAX_CHARS) break
      clean.delete(key)
      cleanChars -= key.length + value.length
    }
  }
  return out
}

/** Starts loading jsdom now (it is synchronous), e.g. while a browser starts in another process. */
export function warmSanitizer(): void {
  load()
}

/** Parses (already sanitised) HTML into a DOM fragment, for turning it into Markdown. */
export function htmlFragment(html: string): DocumentFragment {
  load()
  const require = createRequire(import.meta.url)
  const { JSDOM } = require('jsdom') as typeof import('jsdom')
  return JSDOM.fragment(html)
}
