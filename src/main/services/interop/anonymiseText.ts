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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Arabic joins "and", "by", "for", "like" to the next word: "ومريم" is "and Maryam". */
const PROCLITIC = '([وفبلك]?)'

function alternation(terms: Term[], flags: string): RegExp | null {
  if (terms.length === 0) return null
  const texts = [...new Set(terms.map((t) => t.text))].sort((a, b) => b.length - a.length)
  return new RegExp(`(?<![\\p{L}\\p{N}])${PROCLITIC}(${texts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags)
}

/** Finds every identifying word in a text; the same Replacer serves every table of a copy. */
export class Replacer {
  private readonly insensitive: RegExp | null
  private readonly sensitive: RegExp | null
  private readonly byLower = new Map<string, Term>()
  private readonly byExact = new Map<string, Term>()

  constructor(
    terms: Term[],
    private readonly contacts = true,
  ) {
    const usable = terms.filter((t) => t.text.trim().length >= 3)
    for (const t of usable) {
      if (t.caseSensitive) {
        if (!this.byExact.has(t.text)) this.byExact.set(t.text, t)
      } else if (!this.byLower.has(t.text.toLowerCase())) this.byLower.set(t.text.toLowerCase(), t)
    }
    this.insensitive = alternation([...this.byLower.values()], 'giu')
    this.sensitive = alternation([...this.byExact.values()], 'gu')
  }

  /** Non-overlapping edits, earliest first; at one position the longest match wins, a known name before an e-mail. */
  edits(text: string): Edit[] {
    const found: Edit[] = []
    const scan = (re: RegExp | null, find: (m: string) => Term | undefined) => {
      if (!re) return
      for (const m of text.matchAll(re)) {
        const term = find(m[2])
        if (!term) continue
        const start = m.index! + m[1].length
        found.push({ start, end: start + m[2].length, replacement: term.replacement, kind: term.kind })
      }
    }
    scan(this.insensitive, (m) => this.byLower.get(m.toLowerCase()))
    scan(this.sensitive, (m) => this.byExact.get(m))
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
  return (offset, side) => {
    let shift = 0
    for (const e of edits) {
      if (offset <= e.start) break
      if (offset < e.end) {
        const startInNew = e.start + shift
        return side === 'start' ? startInNew : startInNew + e.replacement.length
      }
      shift += e.replacement.length - (e.end - e.start)
    }
    return offset + shift
  }
}
