/**
 * Dates in event logs as real exports write them: ISO dates and date-times (with "Z" or an
 * offset such as +03:00, which is kept; also year-first with slashes or dots), US month-first and
 * European day-first dates with optional times and AM/PM, month names ("5 Mar 2024", "March 5,
 * 2024", "05-Mar-24"), Excel serial day numbers (45356), Unix time in seconds or milliseconds
 * (1709640000, always UTC), and any of these in Arabic-Indic digits. Each becomes the ISO text
 * stored in events.at and the calendar day (days since 1970-01-01, as written, not moved to UTC)
 * that windows are counted in.
 *
 * Day-first or month-first is a property of the whole column, not of one cell: "03/04/2024"
 * alone cannot say. EventDateColumn reads every cell under the column's order and notes the
 * cells that only the other order can read; at the end of the file it decides (see decide()).
 */
import type { DateOrder } from '../../../shared/import/mapping'
import { westernDigits } from '../../../shared/text/digits'

export interface EventDate {
  /** ISO 8601 as stored: "2024-03-05", "2024-03-05T10:00:00" or "2024-03-05T10:00:00+03:00". */
  iso: string
  /** Days since 1970-01-01 of the calendar date as written. */
  day: number
}

const pad = (n: number) => String(n).padStart(2, '0')
const MS_PER_DAY = 86_400_000

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/i
const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(AM|PM)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/i
const SERIAL = /^\d{5}(\.\d+)?$/
// Unix time, as product-analytics and billing exports write it: seconds (10 digits, maybe with a
// fraction) or milliseconds (13 digits). It is UTC by definition, so the stored time says "Z".
const UNIX_SECONDS = /^\d{10}(\.\d{1,6})?$/
const UNIX_MILLISECONDS = /^\d{13}$/
// 2001-09-09 to 2099-12-31: a 10-digit number outside it is an id or a phone number, not a time.
const UNIX_FROM_MS = 1_000_000_000_000
const UNIX_TO_MS = 4_102_444_800_000
// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug folded in): serial 25569 is 1970-01-01.
const EXCEL_EPOCH_OFFSET = 25569

/** Day number of a real calendar date, or null (31 February, month 13). */
function dayOf(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  const ms = Date.UTC(y, m - 1, d)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null
  return Math.round(ms / MS_PER_DAY)
}

function zone(z: string | undefined): string {
  if (!z) return ''
  const u = z.toUpperCase()
  if (u === 'Z' || u === 'UTC' || u === 'GMT') return 'Z'
  return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`
}

function build(y: number, m: number, d: number, h?: string, mi?: string, s?: string, ap?: string, z?: string): EventDate | null {
  const day = dayOf(y, m, d)
  if (day === null) return null
  const date = `${y}-${pad(m)}-${pad(d)}`
  if (h === undefined) return { iso: date, day }
  let hour = Number(h)
  const half = ap?.toLowerCase()
  if (half === 'pm' && hour < 12) hour += 12
  if (half === 'am' && hour === 12) hour = 0
  if (hour > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null
  return { iso: `${date}T${pad(hour)}:${mi}:${s ?? '00'}${zone(z)}`, day }
}

function fromDay(day: number, fraction: number): EventDate {
  const d = new Date(day * MS_PER_DAY)
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  if (fraction <= 0) return { iso: date, day }
  const secs = Math.round(fraction * 86400)
  return { iso: `${date}T${pad(Math.floor(secs / 3600))}:${pad(Math.floor((secs % 3600) / 60))}:${pad(secs % 60)}`, day }
}

/** What one cell says under each reading; `swapped` only for day/month cells that both orders could differ on. */
export interface CellReading {
  date: EventDate | null
  /** The reading under the other day/month order, when the cell is d/m or m/d and differs. */
  other: EventDate | null
  /** The cell is written day/month or month/day (not ISO, not a serial, not a month name). */
  slashed: boolean
  /** Day and month are the same number: both orders read the same date. */
  same?: boolean
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** "05-Mar-24", Excel's default date display, which JavaScript's own parser does not read. */
const DAY_MONTH_NAME = /^(\d{1,2})[- ]([a-z]{3,9})[- ]?(\d{2}|\d{4})$/i

/** Reads one cell under `order` ('ymd' columns still read d/m cells as month-first, as US exports do). */
export function readEventDate(cell: string, order: DateOrder): CellReading {
  const t = westernDigits(cell.trim())
  let m = ISO.exec(t)
  if (m) return { date: build(+m[1], +m[2], +m[3], m[4], m[5], m[6], undefined, m[7]), other: null, slashed: false }
  m = SLASHED.exec(t)
  if (m) {
    let y = Number(m[3])
    if (m[3].length === 2) y += y < 70 ? 2000 : 1900
    const a = Number(m[1])
    const b = Number(m[2])
    const dayFirst = build(y, b, a, m[4], m[5], m[6], m[7], m[8])
    const monthFirst = build(y, a, b, m[4], m[5], m[6], m[7], m[8])
    const [date, other] = order === 'dmy' ? [dayFirst, monthFirst] : [monthFirst, dayFirst]
    return { date, other: a === b ? null : other, slashed: true, same: a === b }
  }
  if (SERIAL.test(t)) {
    const n = Number(t)
    // 20000-80000 is 1954-2119: anything else is not a date a log would hold.
    if (n >= 20000 && n <= 80000) {
      const whole = Math.floor(n)
      return { date: fromDay(whole - EXCEL_EPOCH_OFFSET, n - whole), other: null, slashed: false }
    }
    return { date: null, other: null, slashed: false }
  }
  if (UNIX_SECONDS.test(t) || UNIX_MILLISECONDS.test(t)) {
    const ms = UNIX_MILLISECONDS.test(t) ? Number(t) : Math.round(Number(t) * 1000)
    if (ms < UNIX_FROM_MS || ms >= UNIX_TO_MS) return { date: null, other: null, slashed: false }
    // Whole seconds stay whole; milliseconds (and fractions) keep all three digits, so the times of one
    // column sort as text in time order.
    const whole = /^\d{10}$/.test(t)
    const iso = whole ? new Date(ms).toISOString().replace(/\.000Z$/, 'Z') : new Date(ms).toISOString()
    return { date: { iso, day: Math.floor(ms / MS_PER_DAY) }, other: null, slashed: false }
  }
  m = DAY_MONTH_NAME.exec(t)
  if (m) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1
    let y = Number(m[3])
    if (m[3].length === 2) y += y < 70 ? 2000 : 1900
    if (month > 0) return { date: build(y, month, Number(m[1])), other: null, slashed: false }
  }
  if (/[a-z\u0600-\u06ff]{3}/i.test(t) && /\d{4}/.test(t)) {
    // Month names: JavaScript reads them in local time; the calendar date is what counts.
    const ms = Date.parse(t)
    if (!Number.isNaN(ms)) {
      const d = new Date(ms)
      return { date: build(d.getFullYear(), d.getMonth() + 1, d.getDate()), other: null, slashed: false }
    }
  }
  return { date: null, other: null, slashed: false }
}

/**
 * The column-wide decision over day/month order. `note` is called for each slashed cell; at
 * the end `decide()` says whether the order the column was read in holds (keep), whether the
 * other order reads every cell and this one does not (swap: the ambiguous cells are re-read),
 * or whether the column mixes both (conflict: neither order reads every cell).
 */
export class EventDateColumn {
  /** Cells only the column's order reads (the other order fails on them). */
  onlyThis: Array<{ row: number; cell: string }> = []
  onlyThisCount = 0
  /** Cells only the other order reads. */
  onlyOther: Array<{ row: number; cell: string }> = []
  onlyOtherCount = 0

  note(reading: CellReading, row: number, cell: string): void {
    if (!reading.slashed || reading.same) return
    if (reading.date && !reading.other) {
      this.onlyThisCount++
      if (this.onlyThis.length < 5) this.onlyThis.push({ row, cell })
    } else if (!reading.date && reading.other) {
      this.onlyOtherCount++
      if (this.onlyOther.length < 5) this.onlyOther.push({ row, cell })
    }
  }

  decide(): 'keep' | 'swap' | 'conflict' {
    if (this.onlyOtherCount === 0) return 'keep'
    return this.onlyThisCount === 0 ? 'swap' : 'conflict'
  }
}
