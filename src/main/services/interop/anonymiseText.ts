/**
 * Replacing identifying words in text, and keeping offsets right afterwards. A pseudonym is
 * rarely as long as the name it replaces, so every replacement is kept as an edit and the
 * offsets into the text (highlights, speaker turns, suggestions) are carried through them.
 */

export type ReplacedKind = 'participant' | 'attribute' | 'source' | 'name' | 'email' | 'phone'

export interface Term {
  text: string
  replacement: string
  kind: ReplacedKind
  /** Name parts ("Dana" of "Dana Levi") match only as written, so "price" is not "Price". */
  caseSensitive?: boolean
}

export interface Edit {
  start: number
  end: number
  replacement: string
  kind: ReplacedKind
}

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
// International or local numbers with at least 7 digits, allowing spaces, dots, dashes and brackets between them.
export const PHONE = /(?<![\p{L}\p{N}])(?:\+|00)?\d(?:[\s().-]{0,2}\d){6,14}(?![\p{L}\p{N}])/gu
// ISO dates and times look like numbers with dashes; they are kept.
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/

/** Arabic joins "and", "so", "by", "for", "like" to the next word: "ومريم" is "and Maryam". */
const PROCLITIC = /^[وفبلك]/u
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
// A word with its joined parts: "TW-1001", "Al-Kuwari", "interview-01.vtt", "dana.k@example".
const COMPOUND = /^[\p{L}\p{M}\p{N}]+(?:[-_.'’@][\p{L}\p{M}\p{N}]+)*/u

/** The keys a term can be found under at a position: the compound word and each of its shorter joined prefixes. */
function keysAt(text: string, pos: number): string[] {
  const compound = COMPOUND.exec(text.slice(pos, pos + 200))?.[0]
  if (!compound) return []
  const keys = [compound.toLowerCase()]
  for (let i = compound.length - 1; i > 0; i--) if (/[-_.'’@]/.test(compound[i])) keys.push(compound.slice(0, i).toLowerCase())
  return keys
}

interface Entry {
  term: Term
  lower: string
}

/**
 * Finds every identifying word in a text; the same Replacer serves every table of a copy.
 * Terms are looked up by their first word at each word of the text (not as one alternation
 * regex), so a survey with 100,000 respondent ids costs a map lookup per word, not a pattern
 * with 100,000 branches tried at every character.
 */
export class Replacer {
  private readonly byFirst = new Map<string, Entry[]>()

  constructor(
    terms: Term[],
    private readonly contacts = true,
  ) {
    const seen = new Set<string>()
    for (const term of terms) {
      const text = term.text.trim()
      if (text.length < 3) continue
      const key = `${term.caseSensitive ? 's' : 'i'}:${term.caseSensitive ? text : text.toLowerCase()}`
      if (seen.has(key)) continue // the first replacement given for a text wins (participants before attributes)
      seen.add(key)
      const first = COMPOUND.exec(text)?.[0]
      if (!first) continue // a term that does not start with a letter or digit cannot start a word
      const list = this.byFirst.get(first.toLowerCase()) ?? []
      list.push({ term: { ...term, text }, lower: text.toLowerCase() })
      this.byFirst.set(first.toLowerCase(), list)
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.term.text.length - a.term.text.length)
  }

  private matchAt(text: string, pos: number): Edit | null {
    const lists = keysAt(text, pos)
      .map((k) => this.byFirst.get(k))
      .filter((l) => l !== undefined)
    for (const { term, lower } of lists.flat()) {
      const end = pos + term.text.length
      if (end > text.length || (end < text.length && WORD_CHAR.test(text[end]))) continue
      const seg = text.slice(pos, end)
      if (term.caseSensitive ? seg === term.text : seg.toLowerCase() === lower)
        return { start: pos, end, replacement: term.replacement, kind: term.kind }
    }
    return null
  }

  /** Non-overlapping edits, earliest first; at one position the longest match wins, a known name before an e-mail. */
  edits(text: string): Edit[] {
    const found: Edit[] = []
    let after = 0
    for (const m of text.matchAll(WORD)) {
      const pos = m.index!
      if (pos < after) continue
      let edit = this.matchAt(text, pos)
      // Up to two joined particles: "ومريم" (and Maryam), "وبمريم" (and with Maryam).
      for (let k = 1; !edit && k <= 2 && m[0].length > k && PROCLITIC.test(m[0][k - 1]); k++) edit = this.matchAt(text, pos + k)
      if (edit) {
        found.push(edit)
        after = edit.end
      }
    }
    if (this.contacts) {
      for (const m of text.matchAll(EMAIL))
        found.push({ start: m.index!, end: m.index! + m[0].length, replacement: '[email]', kind: 'email' })
      for (const m of text.matchAll(PHONE)) {
        if (DATE_LIKE.test(m[0].trim())) continue
        found.push({ start: m.index!, end: m.index! + m[0].length, replacement: '[phone]', kind: 'phone' })
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
    const kept: Edit[] = []
    for (const e of found) if (kept.length === 0 || e.start >= kept[kept.length - 1].end) kept.push(e)
    return kept
  }

  /** The text with every identifying word replaced; `count` hears each replacement. */
  replace(text: string, count?: (kind: ReplacedKind) => void): string {
    const edits = this.edits(text)
    if (count) for (const e of edits) count(e.kind)
    return applyEdits(text, edits)
  }
}

export function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text
  let out = ''
  let at = 0
  for (const e of edits) {
    out += text.slice(at, e.start) + e.replacement
    at = e.end
  }
  return out + text.slice(at)
}

/**
 * Where an offset into the old text lands in the new one. An offset inside a replaced word
 * moves to the replacement's start (a span's start) or end (a span's end), so a highlight that
 * began or ended inside a name still covers the whole pseudonym and never becomes empty.
 */
export function offsetMapper(edits: Edit[]): (offset: number, side: 'start' | 'end') => number {
  // shiftBefore[i]: how far edit i starts from where it started in the old text. A binary search
  // finds the last edit that starts before an offset, so a transcript with 10,000 turns stays fast.
  const shiftBefore: number[] = []
  let shift = 0
  for (const e of edits) {
    shiftBefore.push(shift)
    shift += e.replacement.length - (e.end - e.start)
  }
  return (offset, side) => {
    let lo = 0
    let hi = edits.length - 1
    let last = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (edits[mid].start < offset) {
        last = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (last === -1) return offset
    const e = edits[last]
    const startInNew = e.start + shiftBefore[last]
    if (offset < e.end) return side === 'start' ? startInNew : startInNew + e.replacement.length
    return offset + shiftBefore[last] + e.replacement.length - (e.end - e.start)
  }
}
