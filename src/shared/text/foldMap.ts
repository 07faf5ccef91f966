/**
 * The folded, lower-cased text together with the way back: map[i] is the offset in the
 * original text of folded character i (map[folded.length] = text.length). Pattern rules run
 * on the folded text, and their matches are mapped back so highlights slice the original.
 * Folding here is letter-level only (foldArabic): marks and tatweel vanish, letters map 1:1.
 */
import { foldArabic } from './arabic'

export interface FoldedText {
  folded: string
  map: Int32Array
}

export function foldWithMap(text: string): FoldedText {
  const parts: string[] = []
  const map = new Int32Array(text.length + 1)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    const f = foldArabic(ch)
    if (f.length === 0) continue
    const lower = f.toLowerCase()
    // Keep the one-to-one mapping: a letter whose lower case is longer (İ) stays as it is.
    parts.push(lower.length === 1 ? lower : f)
    map[n++] = i
  }
  map[n] = text.length
  return { folded: parts.join(''), map: map.subarray(0, n + 1) }
}

/** The original span of folded [start, end); marks after the last letter (harakat, tatweel) stay with it. */
export function originalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: f.map[start], end: f.map[end] }
}
