/**
 * Where in the ORIGINAL text a query matched. The index only says which documents match; the
 * researcher needs the words. The original text is split into words exactly as the index
 * split its normalised copy (shared/text/searchTokens), each word keyed as the index keyed it,
 * and the query's terms are matched against those keys: the match is whole original words,
 * harakat, tatweel, alef forms and attached prefixes (و، ال، لل، ب) included.
 */
import { words, type Word } from '../../../shared/text/searchTokens'
import type { QueryTerm, QueryToken } from './query'

export interface Span {
  start: number
  end: number
}

function tokenMatches(word: Word, token: QueryToken, prefix: boolean, loose: boolean): boolean {
  if (prefix) return word.key.startsWith(token.key) || (loose && word.plain.startsWith(token.plain))
  if (word.key === token.key) return true
  // Loose: our stemmer and the index's disagreed on a rare word; accept a shared stem.
  return loose && token.key.length >= 3 && (word.key.startsWith(token.key) || token.key.startsWith(word.key)) && word.key.length >= 3
}

/** Every place a term occurs, in text order, overlapping spans merged. */
export function locate(text: string, terms: QueryTerm[], ws: Word[] = words(text)): Span[] {
  let spans = find(ws, terms, false)
  if (spans.length === 0) spans = find(ws, terms, true)
  return spans
}

/** Exact matches only (auto-code rules must not guess). */
export function findSpans(ws: Word[], terms: QueryTerm[]): Span[] {
  return find(ws, terms, false)
}

function find(ws: Word[], terms: QueryTerm[], loose: boolean): Span[] {
  const found: Span[] = []
  for (const term of terms) {
    const n = term.tokens.length
    for (let i = 0; i + n <= ws.length; i++) {
      let ok = true
      for (let j = 0; j < n && ok; j++) ok = tokenMatches(ws[i + j], term.tokens[j], term.prefix && j === n - 1, loose)
      if (ok) found.push({ start: ws[i].start, end: ws[i + n - 1].end })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const s of found) {
    const last = merged.at(-1)
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ ...s })
  }
  return merged
}
