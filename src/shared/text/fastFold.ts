/**
 * A fast character-by-character fold of a whole text for finding candidate matches with
 * indexOf: Arabic letter folding as foldArabic, marks (harakat, combining accents) and
 * tatweel dropped, Latin lower-cased without accents. map[i] is the original offset of folded
 * character i. Per-character tables instead of regular expressions keep it linear and cheap,
 * because search runs it on every document of a results page.
 */
import { foldArabic } from './arabic'

const REMOVED = /[\p{M}\u0640]/u
const cache = new Map<number, string>()

function foldChar(code: number, ch: string): string {
  let f = cache.get(code)
  if (f === undefined) {
    if (REMOVED.test(ch)) f = ''
    else {
      const a = foldArabic(ch)
      const latin = a.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
      f = latin.length === 1 ? latin : a.length === 1 ? a : ch
    }
    cache.set(code, f)
  }
  return f
}

export function fastFold(text: string): { folded: string; map: Int32Array } {
  const out: string[] = []
  const map = new Int32Array(text.length + 1)
  let n = 0
  let run = 0 // start of a pending run of unchanged ASCII, copied in one slice
  const flush = (i: number) => {
    if (i > run) {
      out.push(text.slice(run, i).toLowerCase())
      for (let k = run; k < i; k++) map[n++] = k
    }
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    flush(i)
    run = i + 1
    const f = foldChar(c, text[i])
    if (f.length === 1) {
      out.push(f)
      map[n++] = i
    }
  }
  flush(text.length)
  map[n] = text.length
  return { folded: out.join(''), map: map.subarray(0, n + 1) }
}
