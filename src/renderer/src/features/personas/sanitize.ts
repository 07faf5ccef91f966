/**
 * Section HTML is sanitised here before it is shown, with the same allow-list main uses before it
 * stores or prints it (shared/persona/richText.ts): a project file from someone else's copy of
 * Needle must not run anything in this window.
 */
import DOMPurify from 'dompurify'
import { RICH_TEXT_POLICY } from '../../../../shared/persona/richText'

let hooked = false

function purifier() {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('rel', 'noopener noreferrer')
        node.setAttribute('target', '_blank')
      }
      for (const name of node.getAttributeNames?.() ?? []) {
        if (name.startsWith('data-') && name !== 'data-highlight-id' && name !== 'data-quote-ref') node.removeAttribute(name)
      }
      const ref = node.getAttribute?.('data-quote-ref')
      if (ref != null && !/^d\d{1,12}-\d{1,9}-\d{1,9}$/.test(ref)) node.removeAttribute('data-quote-ref')
      const h = node.getAttribute?.('data-highlight-id')
      if (h != null && !/^\d{1,12}$/.test(h)) node.removeAttribute('data-highlight-id')
    })
    hooked = true
  }
  return DOMPurify
}

export function sanitizeRichText(html: string): string {
  return purifier().sanitize(html, {
    ...RICH_TEXT_POLICY,
    ALLOWED_TAGS: [...RICH_TEXT_POLICY.ALLOWED_TAGS],
    ALLOWED_ATTR: [...RICH_TEXT_POLICY.ALLOWED_ATTR, 'target', 'rel'],
  })
}
