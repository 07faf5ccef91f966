/**
 * GUIDs for QDA-XML. They are derived from what they name (a name-based UUID, version 5
 * layout over SHA-1), so exporting the same project twice gives the same GUIDs and another
 * tool sees the same code, source or user again rather than a new one.
 */
import { createHash } from 'node:crypto'

export function guidFor(...parts: (string | number)[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest()
  h[6] = (h[6] & 0x0f) | 0x50
  h[8] = (h[8] & 0x3f) | 0x80
  const hex = h.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/** GUIDs compare in lower case without braces ({...} and upper case are both allowed by the schema). */
export function normalGuid(raw: unknown): string {
  return String(raw ?? '')
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase()
}
