/**
 * How another tool counted positions in a REFI-QDA text. The standard says Unicode code points,
 * but NVivo (a .NET program) writes UTF-16 code units, so every emoji before a selection shifts
 * it by one; some tools also count a CRLF line break as one character. Guessing wrong moves
 * every coding onto other words without any error, so the convention is decided per source from
 * the evidence of the text (selections that start and end on word boundaries, selection names
 * that quote the text) and, when the text cannot tell, from the exporting application. A source
 * that stays ambiguous is imported under the standard's reading and marked, with the codings
 * whose place depends on the reading listed for the researcher.
 */

export type PositionConvention = 'codepoints' | 'utf16' | 'codepoints-crlf1' | 'utf16-crlf1'

export const CONVENTION_LABEL: Record<PositionConvention, string> = {
  codepoints: 'Unicode code points (the REFI-QDA standard)',
  utf16: 'UTF-16 code units (each emoji counts twice)',
  'codepoints-crlf1': 'code points, a CRLF line break counted as one',
  'utf16-crlf1': 'UTF-16 code units, a CRLF line break counted as one',
}

const ALL: PositionConvention[] = ['codepoints', 'utf16', 'codepoints-crlf1', 'utf16-crlf1']

/** Index = position in the convention, value = UTF-16 offset in the text (what Needle stores). */
export function positionMap(text: string, convention: PositionConvention): number[] {
  const units = convention === 'utf16' || convention === 'utf16-crlf1'
  const crlfOne = convention.endsWith('crlf1')
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (crlfOne && c === 13 && text.charCodeAt(i + 1) === 10) {
      out.push(i)
      i++
      continue
    }
    const pair = c >= 0xd800 && c <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff
    out.push(i)
    if (pair) {
      if (units) out.push(i) // the low half maps to the pair's start; a selection never ends inside it
      i++
    }
  }
  out.push(text.length)
  return out
}

/** The application's own counting, where we know it; used only when the text cannot tell. */
export function conventionOfOrigin(origin: string | null): PositionConvention | null {
  const o = (origin ?? '').toLowerCase()
  if (o.includes('nvivo')) return 'utf16'
  if (o.includes('needle') || o.includes('qualcoder')) return 'codepoints'
  return null
}

export interface Selection {
  start: number
  end: number
  /** The selection's name; ATLAS.ti and Needle put the quoted text there, NVivo leaves it empty. */
  name: string | null
}

export interface PositionReading {
  convention: PositionConvention
  /** 'text': the selections' evidence decided; 'application': the exporting tool's known counting; 'same': every reading places them alike; 'ambiguous': neither could tell. */
  basis: 'text' | 'application' | 'same' | 'ambiguous'
  /** Indexes (into the selections given) whose place depends on the reading, when ambiguous. */
  doubtful: number[]
  /** Per convention: selections that start and end on a word boundary (or match their name), of those that differ. */
  evidence: Partial<Record<PositionConvention, number>>
}

const WORD = /[\p{L}\p{N}\p{M}]/u
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch)
const boundary = (text: string, i: number) => i <= 0 || i >= text.length || !isWord(text[i - 1]) || !isWord(text[i])
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().normalize('NFC')

function score(text: string, sel: Selection, map: number[]): number {
  if (!(sel.start >= 0 && sel.end > sel.start && sel.end < map.length)) return -2
  const a = map[sel.start]
  const b = map[sel.end]
  if (b <= a) return -2
  const name = squash(sel.name ?? '')
  // A name that quotes the text is the strongest evidence there is.
  if (name.length >= 4) {
    const head = squash(text.slice(a, b)).slice(0, Math.min(name.length, 40))
    if (head === name.slice(0, head.length) && head.length >= Math.min(name.length, 4)) return 3
  }
  return (boundary(text, a) ? 1 : 0) + (boundary(text, b) ? 1 : 0)
}

/** Decides the convention of one source's selections. */
export function readPositions(text: string, selections: Selection[], origin: string | null): PositionReading {
  const maps = new Map(ALL.map((c) => [c, positionMap(text, c)] as const))
  const place = (c: PositionConvention, s: Selection) => {
    const m = maps.get(c)!
    return s.end < m.length && s.start < m.length ? `${m[s.start]}:${m[s.end]}` : 'out'
  }
  // Readings that place every selection alike are one reading; keep the first of each.
  const distinct: PositionConvention[] = []
  for (const c of ALL) {
    if (!distinct.some((d) => selections.every((s) => place(d, s) === place(c, s)))) distinct.push(c)
  }
  const rep = (c: PositionConvention | null) =>
    c ? (distinct.find((d) => selections.every((s) => place(d, s) === place(c, s))) ?? null) : null
  const prior = rep(conventionOfOrigin(origin))
  if (distinct.length === 1) return { convention: conventionOfOrigin(origin) ?? 'codepoints', basis: 'same', doubtful: [], evidence: {} }

  const differing = selections
    .map((s, i) => i)
    .filter((i) => distinct.some((c) => place(c, selections[i]) !== place(distinct[0], selections[i])))
  const evidence: PositionReading['evidence'] = {}
  const totals = distinct.map((c) => {
    const m = maps.get(c)!
    let total = 0
    let good = 0
    for (const i of differing) {
      const s = score(text, selections[i], m)
      total += s
      if (s >= 2) good++
    }
    evidence[c] = good
    return { c, total }
  })
  totals.sort((x, y) => y.total - x.total || (x.c === prior ? -1 : y.c === prior ? 1 : 0))
  const [best, second] = totals
  // Decisive: clearly more selections on word boundaries, not a coin toss on one or two.
  const margin = best.total - second.total
  if (margin >= 2 && margin >= 0.25 * 2 * differing.length) return { convention: best.c, basis: 'text', doubtful: [], evidence }
  if (prior) return { convention: prior, basis: 'application', doubtful: [], evidence }
  const chosen: PositionConvention = distinct.includes('codepoints') ? 'codepoints' : best.c
  return { convention: chosen, basis: 'ambiguous', doubtful: differing, evidence }
}
