/**
 * Words of the original text as the full-text index sees them. FTS5's unicode61 tokenizer
 * splits the indexed (normalised) text on anything that is not a letter, number or mark;
 * splitting the ORIGINAL text the same way gives the same sequence of words, each with its
 * offsets in the original (UTF-16 code units), so a match found by the index can be located
 * and sliced from the text the researcher reads. Normalisation then works word by word:
 * harakat, tatweel and attached prefixes change a word's length but never its boundaries.
 */
import { normaliseForSearch } from './arabic'
import { porterStem } from './porter'

export interface Word {
  start: number
  end: number
  /** The word as the index stores it: folded, prefix-stripped, diacritics removed, lower case, stemmed. */
  key: string
  /** The same before stemming (prefix queries also try it). */
  plain: string
}

// Letters (incl. tatweel, Lm), numbers, marks (harakat, combining accents) and private use, as unicode61 does.
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu
const COMBINING = /\p{M}/gu

/** One word (no separators inside) as the index would store it, before stemming. */
export function plainKey(word: string): string {
  // Most words are plain ASCII: skip the Arabic and Unicode passes for them.
  if (ASCII.test(word)) return word.toLowerCase()
  return normaliseForSearch(word).normalize('NFD').replace(COMBINING, '').toLowerCase()
}
const ASCII = /^[\x00-\x7f]*$/

export function stemKey(plain: string): string {
  return porterStem(plain)
}

export function words(text: string): Word[] {
  const out: Word[] = []
  // Natural text repeats its words: normalise and stem each distinct spelling once.
  const cache = new Map<string, { key: string; plain: string } | null>()
  for (const m of text.matchAll(WORD)) {
    let k = cache.get(m[0])
    if (k === undefined) {
      const plain = plainKey(m[0])
      // A word made only of removed marks (a stray haraka) is no token at all.
      k = plain ? { plain, key: stemKey(plain) } : null
      cache.set(m[0], k)
    }
    if (k) out.push({ start: m.index, end: m.index + m[0].length, key: k.key, plain: k.plain })
  }
  return out
}

/** Splits a query fragment into the index's tokens: plain (unstemmed) forms. */
export function queryTokens(fragment: string): string[] {
  const out: string[] = []
  for (const m of fragment.matchAll(WORD)) {
    const plain = plainKey(m[0])
    if (plain) out.push(plain)
  }
  return out
}
