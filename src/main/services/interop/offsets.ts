/**
 * The REFI-QDA boundary: QDA-XML positions count Unicode code points, Needle (like all
 * JavaScript) counts UTF-16 code units. An emoji is one code point and two code units, so
 * every position after it differs by one; Arabic and combining marks are one unit each.
 */

/** UTF-16 offset -> code point offset, for a whole text at once (export). */
export function codePointOffsets(text: string): Uint32Array {
  const out = new Uint32Array(text.length + 1)
  let cp = 0
  for (let i = 0; i < text.length; i++) {
    out[i] = cp
    const c = text.charCodeAt(i)
    const isHigh = c >= 0xd800 && c <= 0xdbff
    const next = text.charCodeAt(i + 1)
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out[i + 1] = cp // the middle of a pair maps to its start; highlights never end there
      i++
    }
    cp++
  }
  out[text.length] = cp
  return out
}

/** Code point offset -> UTF-16 offset (import); index = code point, value = code unit. */
export function utf16Offsets(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    out.push(i)
    const c = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++
  }
  out.push(text.length)
  return out
}
