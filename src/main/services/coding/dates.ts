/**
 * Due dates read from text, resolved against the date the words were said: the document's
 * occurred_at, else the day its source was imported. English goes through chrono-node (with
 * forward dates: "by Friday" is the coming Friday), quarters ("before Q3", "by the end of Q2")
 * through a small parser chrono lacks, Arabic through shared/text/arabicDates.
 */
import type Database from 'better-sqlite3'
import { createRequire } from 'node:module'
import { parseArabicDate, type DateMatch } from '../../../shared/text/arabicDates'
import { addDays, fromIso, quarterEnd, toIso } from '../../../shared/text/calendar'
import type { ParsedDate } from '../../../shared/contract/coding'

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 }
const QUARTER =
  /\b(?:(before|ahead of|prior to)\s+|(?:by|in|during|until|till|end of|by the end of|the end of)\s+)?(?:the\s+)?(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)(?:\s+(?:of\s+)?(\d{4}))?\b/i
const THIS_QUARTER = /\b(?:end of|by the end of)\s+(?:the\s+|this\s+)?(next\s+)?quarter\b/i

function parseQuarter(text: string, ref: Date): DateMatch | null {
  const m = QUARTER.exec(text)
  if (m) {
    const q = m[2] ? Number(m[2]) : ORD[m[3].toLowerCase()]
    let y = m[4] ? Number(m[4]) : ref.getFullYear()
    if (!m[4] && quarterEnd(y, q) < ref) y++
    // "before Q3" is due by the last day of Q2; "by/in Q3" by the last day of Q3.
    const date = m[1] ? addDays(new Date(y, (q - 1) * 3, 1, 12), -1) : quarterEnd(y, q)
    return { date, index: m.index, text: m[0] }
  }
  const t = THIS_QUARTER.exec(text)
  if (t) {
    const q = Math.floor(ref.getMonth() / 3) + 1 + (t[1] ? 1 : 0)
    return { date: quarterEnd(ref.getFullYear() + (q > 4 ? 1 : 0), ((q - 1) % 4) + 1), index: t.index, text: t[0] }
  }
  return null
}

// chrono-node and its locale tables load on the first date read (~0.1 s), not with every command.
let chrono: typeof import('chrono-node') | null = null
const loadChrono = () => (chrono ??= createRequire(import.meta.url)('chrono-node') as typeof import('chrono-node'))

function parseEnglish(text: string, ref: Date): DateMatch | null {
  const results = loadChrono().casual.parse(text, ref, { forwardDate: true })
  const first = results[0]
  if (!first) return null
  const d = first.start.date()
  return { date: new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12), index: first.index, text: first.text }
}

/** The earliest date phrase in the text (longest on a tie), or null. ref is an ISO date. */
export function parseDueDate(text: string, reference: string): ParsedDate {
  const ref = fromIso(reference)
  let best: DateMatch | null = null
  for (const found of [parseQuarter(text, ref), parseArabicDate(text, ref), parseEnglish(text, ref)]) {
    if (found && (!best || found.index < best.index || (found.index === best.index && found.text.length > best.text.length))) best = found
  }
  return { date: best ? toIso(best.date) : null, matched: best?.text ?? null, reference }
}

/** The day a document's words were said: its own date, else its source's import date, else today. */
export function documentReference(db: Database.Database, documentId: number): string {
  const row = db
    .prepare(
      'SELECT d.occurred_at AS occurredAt, s.imported_at AS importedAt FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id = ?',
    )
    .get(documentId) as { occurredAt: string | null; importedAt: string } | undefined
  const raw = row?.occurredAt ?? row?.importedAt ?? new Date().toISOString()
  // occurred_at may be a bare date or a full timestamp; a timestamp is read in local time.
  return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : toIso(isNaN(Date.parse(raw)) ? new Date() : new Date(raw))
}

export function todayIso(): string {
  return toIso(new Date())
}
