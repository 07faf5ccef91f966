/**
 * The day an interview took place, read where the file says it: a "Date:" / "Recorded:" /
 * "التاريخ:" line or a WebVTT/SRT NOTE line near the top, the date line Otter, Zoom and Teams put
 * under the title ("Wed, Mar 05, 2025 2:03PM • 48:13", "March 3, 2025, 10:00AM"), or a Word
 * document's creation date (docProps/core.xml). Relative deadlines in the interview are resolved
 * against it, so a wrong guess is worse than none: only a full date (day, month and year) counts.
 */
import { createRequire } from 'node:module'
import { foldArabic } from '../../../shared/text/arabic'
import { westernDigits } from '../../../shared/text/digits'

// chrono-node and its locale tables (~60 ms) and fflate load on the first date read, not with every
// command: `needle info` loads this module through dispatch and reads no date.
let chrono: typeof import('chrono-node') | null = null
const loadChrono = () => (chrono ??= createRequire(import.meta.url)('chrono-node') as typeof import('chrono-node'))

export interface FoundDate {
  /** ISO day. */
  date: string
  /** Where it was read, for the import report: e.g. 'line 2: "Wed, Mar 05, 2025 2:03PM • 48:13"'. */
  from: string
}

const HEAD_LINES = 15
const LABEL =
  /^\s*(?:NOTE\s+)?(?:(?:interview|meeting|recording|call|session)\s+)?(?:date|recorded(?:\s+on)?|date recorded|held on)\s*[:：\-–]\s*(.+)$/i
const LABEL_AR = /^\s*(?:NOTE\s+)?(?:التاريخ|تاريخ المقابله|تاريخ المقابلة|تاريخ الاجتماع|تاريخ التسجيل)\s*[:：\-–]\s*(.+)$/u
const MONTHS_AR: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يوليو: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الاول': 12,
}

const pad = (n: number) => String(n).padStart(2, '0')
const valid = (y: number, m: number, d: number) => {
  const t = new Date(y, m - 1, d, 12)
  return t.getFullYear() === y && t.getMonth() === m - 1 && t.getDate() === d && y >= 1990 && y <= 2100
}

/** A full date (day, month and year all stated) in a piece of text, or null. */
export function fullDate(text: string): string | null {
  const ascii = westernDigits(text)
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(ascii)
  if (iso && valid(+iso[1], +iso[2], +iso[3])) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const folded = foldArabic(ascii)
  for (const [name, month] of Object.entries(MONTHS_AR)) {
    const m = new RegExp(`(\\d{1,2})\\s+(?:من\\s+)?${name}\\s*[،,]?\\s*(\\d{4})`, 'u').exec(folded)
    if (m && valid(+m[2], month, +m[1])) return `${m[2]}-${pad(month)}-${pad(+m[1])}`
  }
  for (const r of loadChrono().en.strict.parse(ascii)) {
    const s = r.start
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue
    const y = s.get('year')!
    const mo = s.get('month')!
    const d = s.get('day')!
    if (valid(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`
  }
  return null
}

/** The interview's date from the first lines of a transcript's text, or null. */
export function dateInText(text: string): FoundDate | null {
  const lines = text.split(/\r?\n/).slice(0, HEAD_LINES)
  // A labelled line first: it says what the date is.
  for (const [i, line] of lines.entries()) {
    const m = LABEL.exec(line) ?? LABEL_AR.exec(foldArabic(line))
    const date = m ? fullDate(m[1]) : null
    if (date) return { date, from: `line ${i + 1}: "${line.trim().slice(0, 80)}"` }
  }
  // Then a header line that is mostly a date (Otter, Zoom, Teams), never a spoken turn.
  for (const [i, line] of lines.entries()) {
    const t = line.trim()
    if (!t || t.length > 80 || /^[^:]{1,40}:\s/.test(t.replace(/\d{1,2}:\d{2}/g, ''))) continue
    const date = fullDate(t)
    if (date) return { date, from: `line ${i + 1}: "${t}"` }
  }
  return null
}

/** A .docx's creation date (docProps/core.xml, dcterms:created), or null. */
export function docxCreated(bytes: Uint8Array): FoundDate | null {
  try {
    const { unzipSync } = createRequire(import.meta.url)('fflate') as typeof import('fflate')
    const core = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml']
    if (!core) return null
    const xml = new TextDecoder().decode(core)
    const m = /<dcterms:created[^>]*>(\d{4})-(\d{2})-(\d{2})/.exec(xml)
    if (!m || !valid(+m[1], +m[2], +m[3])) return null
    return { date: `${m[1]}-${m[2]}-${m[3]}`, from: 'the Word document properties (created)' }
  } catch {
    return null
  }
}
