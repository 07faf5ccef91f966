/**
 * Cell values as researchers' exports write them: "NA" and "N/A" for nothing, numbers with
 * thousands separators or currency signs, dates in day-first, month-first or ISO order.
 */
import type { DateOrder, LikertLevel, Scale } from '../../../shared/import/mapping'
import { foldArabic } from '../../../shared/text/arabic'
import { westernDigits } from '../../../shared/text/digits'

const MISSING = new Set(['', 'na', 'n/a', '#n/a', 'null', 'nan', '-', '—', '.'])

/** Cells that hold no answer at all. */
export function isMissing(cell: string | undefined): boolean {
  if (cell === undefined) return true
  // Every missing marker is short; most cells are not, and this runs for every cell.
  if (cell.length > 8) return false
  return MISSING.has(cell.trim().toLowerCase())
}

const PLAIN_NUMBER = /^-?\d{1,15}(\.\d+)?$/

/** A plain number, allowing "1,234.5", "1.234,5", "$12,000", "12 %", Arabic-Indic digits ("٤٫٥") and "€3.5k"-free text. */
export function parseNumber(cell: string): number | null {
  // Plain integers and decimals are nearly all numeric cells: one test, no rewriting.
  if (PLAIN_NUMBER.test(cell)) return Number(cell)
  let t = westernDigits(cell)
    .trim()
    .replace(/^[$€£¥₹]|[$€£¥₹%]$/g, '')
    .replace(/[\s\u00a0\u202f]/g, '')
  if (t === '') return null
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '')
  else if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.')
  else if (/^[-+]?\d+,\d+$/.test(t)) t = t.replace(',', '.')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null
  const n = Number(t)
  return Number.isFinite(n) ? n : null
}

const pad = (n: number) => String(n).padStart(2, '0')

const DATE = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(AM|PM|am|pm)?)?/

/** Which order day, month and year come in, judged from values whose day is above 12. */
export function inferDateOrder(cells: string[]): DateOrder | null {
  let ymd = 0
  let dmy = 0
  let mdy = 0
  let seen = 0
  for (const c of cells) {
    const m = DATE.exec(c.trim())
    if (!m) continue
    seen++
    const [a, b] = [Number(m[1]), Number(m[2])]
    if (m[1].length === 4) ymd++
    else if (a > 12) dmy++
    else if (b > 12) mdy++
  }
  if (seen === 0) return null
  if (ymd >= seen / 2) return 'ymd'
  if (dmy > 0 && mdy === 0) return 'dmy'
  if (mdy > 0 && dmy === 0) return 'mdy'
  // Undecidable: "-" and "." are mostly day-first (Europe), "/" mostly month-first (US exports).
  const first = cells.find((c) => DATE.test(c.trim())) ?? ''
  return /^\d{1,2}[-.]/.test(first.trim()) ? 'dmy' : 'mdy'
}

/** ISO 8601 ("2023-04-27" or "2023-04-27T08:28:09"), or null when the cell is not a date. */
export function parseDate(cell: string, order: DateOrder): string | null {
  const t = cell.trim()
  const m = DATE.exec(t)
  if (!m) {
    const ms = Date.parse(t)
    if (!Number.isNaN(ms) && /[a-z]{3}/i.test(t) && /\d{4}/.test(t)) return new Date(ms).toISOString().slice(0, 10)
    return null
  }
  const p = [Number(m[1]), Number(m[2]), Number(m[3])]
  let y: number, mo: number, d: number
  if (m[1].length === 4 || order === 'ymd') [y, mo, d] = p
  else if (order === 'dmy') [d, mo, y] = p
  else [mo, d, y] = p
  if (y < 100) y += y < 70 ? 2000 : 1900
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null
  const date = `${y}-${pad(mo)}-${pad(d)}`
  if (m[4] === undefined) return date
  let h = Number(m[4])
  const ap = m[7]?.toLowerCase()
  if (ap === 'pm' && h < 12) h += 12
  if (ap === 'am' && h === 12) h = 0
  return `${date}T${pad(h)}:${m[5]}:${m[6] ?? '00'}`
}

/** How labels are compared: case, spacing, Arabic letter variants and harakat do not matter. */
export function labelKey(s: string): string {
  return foldArabic(s.normalize('NFKC').toLowerCase())
    .replace(/[\u064b-\u065f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** label -> value, for fast lookups per cell. */
export function levelIndex(levels: LikertLevel[]): Map<string, number | null> {
  return new Map(levels.map((l) => [labelKey(l.label), l.value]))
}

/** A rating on `scale` moved linearly onto Needle's 1-5 need scale. */
export function toFivePoint(value: number, scale: Scale = { min: 1, max: 5 }): number | null {
  if (value < scale.min || value > scale.max) return null
  return 1 + ((value - scale.min) * 4) / (scale.max - scale.min)
}
