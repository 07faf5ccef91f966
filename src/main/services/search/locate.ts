/**
 * Where in the ORIGINAL text a query matched. The index only says which documents match; the
 * researcher needs the words. The original text is split into words exactly as the index
 * split its normalised copy (shared/text/searchTokens), each word keyed as the index keyed it,
 * and the query's terms are matched against those keys: the match is whole original words,
 * harakat, tatweel, alef forms and attached prefixes (و، ال، لل، ب) included.
 */
import { foldedPattern } from '../../../shared/text/foldedPattern'
import { plainKey, stemKey, words, type Word } from '../../../shared/text/searchTokens'
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
export function locate(text: string, terms: QueryTerm[]): Span[] {
  const fast = locateFast(text, terms)
  if (fast.length > 0) return fast
  // Nothing found the quick way (or a stemmer disagreement): walk every word, then loosely.
  const ws = words(text)
  const spans = find(ws, terms, false)
  return spans.length ? spans : find(ws, terms, true)
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u
const NEXT_WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return WORD_CHAR.test(text.slice(i - 1, i + 1))
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2))
  return WORD_CHAR.test(text[i])
}

/** Marks and tatweel: word characters that folding drops, so they never count as letters. */
const FOLDS_AWAY = /[\p{M}\u0640]/u

function foldsAway(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 0x300 && FOLDS_AWAY.test(text[i])
}

/**
 * The quick way: a word can only match if its folded form contains the first query token's
 * key less its last two Latin letters (the most Porter ever rewrites at the end of a stem;
 * it never touches Arabic letters, and Arabic prefixes only come before). A pattern matching every original spelling of that
 * probe (shared/text/foldedPattern) finds those few candidate words in the original text;
 * only they are normalised, stemmed and compared, phrases continuing word by word.
 */
type Key = { plain: string; key: string } | null
const KEY_CACHE_LIMIT = 100_000
const keyCache = new Map<string, Key>()

/**
 * A spelling's index key, remembered across documents and queries: a results page meets the
 * same words again and again, and normalising and stemming each is most of locating them.
 */
function keyOf(raw: string): Key {
  let k = keyCache.get(raw)
  if (k === undefined) {
    const plain = plainKey(raw)
    k = plain ? { plain, key: stemKey(plain) } : null
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear()
    keyCache.set(raw, k)
  }
  return k
}

/** The part of a key every matching word's folded form contains. */
function probeOf(key: string): string {
  let n = key.length
  for (let k = 0; k < 2 && n > 1 && key.charCodeAt(n - 1) < 0x80; k++) n--
  return key.slice(0, n)
}

function locateFast(text: string, terms: QueryTerm[]): Span[] {
  const wordAt = (start: number, end: number): Word | null => {
    const w = keyOf(text.slice(start, end))
    return w && { start, end, plain: w.plain, key: w.key }
  }
  const nextWord = (from: number): Word | null => {
    NEXT_WORD.lastIndex = from
    for (;;) {
      const m = NEXT_WORD.exec(text)
      if (!m) return null
      const w = wordAt(m.index, m.index + m[0].length)
      if (w) return w
    }
  }
  const found: Span[] = []
  for (const term of terms) {
    const first = term.tokens[0]
    const probe = probeOf(first.key)
    const starts = new Set<number>()
    // Latin stems start their word; Arabic ones follow any chain of attached prefixes
    // (وبال، وللو...), so there the word's own key decides.
    const maxLead = probe.charCodeAt(0) < 0x80 ? 0 : Infinity
    const pattern = foldedPattern(probe)
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const at = m.index
      pattern.lastIndex = at + 1 // overlapping candidates, as indexOf from at + 1 found them
      // Letters before the match in the same word (marks and tatweel do not count).
      let s = at
      let lead = 0
      while (s > 0 && isWordChar(text, s - 1)) {
        s--
        if (!foldsAway(text, s)) lead++
      }
      if (lead > maxLead) continue
      if (starts.has(s)) continue
      starts.add(s)
      let e = at
      while (e < text.length && isWordChar(text, e)) e++
      let w = wordAt(s, e)
      const n = term.tokens.length
      let ok = w !== null && tokenMatches(w, first, term.prefix && n === 1, false)
      let end = w?.end ?? e
      for (let j = 1; ok && j < n; j++) {
        w = nextWord(end)
        ok = w !== null && tokenMatches(w, term.tokens[j], term.prefix && j === n - 1, false)
        if (w) end = w.end
      }
      if (ok) found.push({ start: s, end })
    }
  }
  return merge(found)
}

function merge(found: Span[]): Span[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const s of found) {
    const last = merged.at(-1)
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ ...s })
  }
  return merged
}

/** The slow, obviously faithful way: every word keyed (kept to check the quick way against). */
export function locateByWords(text: string, terms: QueryTerm[]): Span[] {
  return find(words(text), terms, false)
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
  return merge(found)
}

/** Text longer than this (256 K characters, about 100 ms of locating) is located a window at a time, so a search can pause (and be cancelled) inside one huge document. */
export const LOCATE_WINDOW = 256 * 1024
/** Windows overlap by this much, so a phrase that starts near a window's end is still found whole. */
const WINDOW_OVERLAP = 4096

/** Window starts: each cut after a word ends, so no window starts inside a word. */
function windowsOf(text: string, size: number): number[] {
  const starts = [0]
  for (let at = size; at < text.length;) {
    while (at < text.length && isWordChar(text, at)) at++
    if (at >= text.length) break
    starts.push(at)
    at += size
  }
  return starts
}

/**
 * locate() in pieces: the same spans, handed out a window at a time (an empty array where a
 * window holds none), in text order. Between pieces the caller may yield to the event loop or
 * stop, so a 200 MB transcript never holds the process for the whole of its length. The quick
 * way runs over every window first; only if it finds nothing anywhere are words walked, as
 * locate() does.
 */
export function* locateInWindows(text: string, terms: QueryTerm[], size = LOCATE_WINDOW): Generator<Span[]> {
  if (text.length <= size) {
    yield locate(text, terms)
    return
  }
  const starts = windowsOf(text, size)
  const pass = function* (find: (slice: string) => Span[]): Generator<Span[], boolean> {
    let any = false
    for (let i = 0; i < starts.length; i++) {
      const a = starts[i]
      const b = i + 1 < starts.length ? starts[i + 1] : text.length
      const spans = find(text.slice(a, Math.min(text.length, b + WINDOW_OVERLAP)))
        .filter((s) => s.start < b - a)
        .map((s) => ({ start: s.start + a, end: s.end + a }))
      if (spans.length) any = true
      yield spans
    }
    return any
  }
  if (yield* pass((slice) => locateFast(slice, terms))) return
  if (yield* pass((slice) => find(words(slice), terms, false))) return
  yield* pass((slice) => find(words(slice), terms, true))
}
