/**
 * Finding a folded string in ORIGINAL text without folding the text. Search folds words for
 * the index (Arabic letter variants, harakat and tatweel dropped, Latin lower-cased without
 * accents); to find where a folded probe occurs, each probe letter becomes a character class
 * of every original character that folds to it, with removed characters allowed between
 * letters. The regular expression engine then scans the text itself: about forty times faster
 * than folding every document of a results page character by character, which is what
 * search did before (see bench/search.ts).
 */
import { foldArabic } from './arabic'

const REMOVED = /[\p{M}\u0640]/u
const foldCache = new Map<number, string>()

/** What one character becomes in folded text: one character, or '' when it is dropped. */
export function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0
  let f = foldCache.get(code)
  if (f === undefined) {
    if (REMOVED.test(ch)) f = ''
    else {
      const a = foldArabic(ch)
      const latin = a.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
      f = latin.length === 1 ? latin : a.length === 1 ? a : ch
    }
    foldCache.set(code, f)
  }
  return f
}

/**
 * Blocks whose letters fold to something else: Latin with accents, Greek, Cyrillic, Hebrew,
 * Arabic and its presentation forms. Characters outside them fold only to themselves (a
 * probe letter's class always holds the letter itself), so the reverse table stays small.
 */
const FOLDING_BLOCKS: [number, number][] = [
  [0x41, 0x5a],
  [0xc0, 0x24f],
  [0x370, 0x52f],
  [0x590, 0x6ff],
  [0x750, 0x77f],
  [0x8a0, 0x8ff],
  [0x1e00, 0x1fff],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
  [0xfb00, 0xfdff],
  [0xfe70, 0xfeff],
]

let sources: Map<string, number[]> | null = null

/** Folded character -> every other character (code point) that folds to it. */
function reverseTable(): Map<string, number[]> {
  if (sources) return sources
  sources = new Map()
  for (const [from, to] of FOLDING_BLOCKS) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCodePoint(code)
      const f = foldChar(ch)
      if (f === '' || f === ch) continue
      let list = sources.get(f)
      if (!list) sources.set(f, (list = []))
      list.push(code)
    }
  }
  return sources
}

const hex = (code: number) => `\\u{${code.toString(16)}}`
const patterns = new Map<string, RegExp>()

/**
 * A global, Unicode regular expression matching every original spelling of `probe` (a folded
 * string): one class per probe letter, harakat, combining marks and tatweel allowed after
 * each but the last. A match starts at the original character of the probe's first letter.
 */
export function foldedPattern(probe: string): RegExp {
  let re = patterns.get(probe)
  if (!re) {
    const table = reverseTable()
    const letters = [...probe].map((ch) => {
      const codes = [ch.codePointAt(0) ?? 0, ...(table.get(ch) ?? [])]
      return `[${codes.map(hex).join('')}]`
    })
    re = new RegExp(letters.join('[\\p{M}\\u0640]*'), 'gu')
    if (patterns.size > 500) patterns.clear()
    patterns.set(probe, re)
  }
  re.lastIndex = 0
  return re
}
