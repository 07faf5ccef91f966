/**
 * Due dates read from text, resolved against the date the words were said: the document's
 * occurred_at (an interview's date), never the day it was imported. English goes through chrono-node (with
 * forward dates: "by Friday" is the coming Friday), quarters ("before Q3", "by the end of Q2")
 * through a small parser chrono lacks, Arabic through shared/text/arabicDates.
 */
import type Database from 'better-sqlite3'
import { createRequire } from 'node:module'
import { parseArabicDates, type DateMatch } from '../../../shared/text/arabicDates'
import { addDays, addMonths, endOfMonth, fromIso, nextWeekday, quarterEnd, toIso } from '../../../shared/text/calendar'
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

function parseEnglish(text: string, ref: Date): DateMatch[] {
  const out: DateMatch[] = []
  for (const r of loadChrono().casual.parse(text, ref, { forwardDate: true })) {
    // chrono reads "last Friday" forward as the coming one, and "two weeks ago" backward: both
    // say when something happened, never when it is due.
    const before = text.slice(Math.max(0, r.index - 12), r.index)
    if (PAST_WORDS.test(r.text) || /\b(?:last|past|previous|since|ago)\s+$/i.test(before)) continue
    // "the end of the year" is read by chrono as "the year" (a year from now); END_OF handles it.
    if (/^(?:the\s+)?(?:year|month|week)$/i.test(r.text)) continue
    const d = r.start.date()
    let date = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12)
    // "by Friday" said on a Friday means next Friday (as calendar.nextWeekday and the Arabic parser read it).
    if (/^(?:this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(r.text.trim()) && toIso(date) === toIso(ref))
      date = addDays(date, 7)
    out.push({ date, index: r.index, text: r.text })
  }
  return out
}

const PAST_WORDS = /\b(?:last|ago|yesterday|previous|earlier|past)\b/i
const END_OF = /\b(?:the\s+)?end\s+of\s+(?:(the|this|next)\s+)?(year|month|week)\b/gi

/** "the end of the year / this month / next week", resolved in the reference's own year, month or week. */
function parseEndOf(text: string, ref: Date): DateMatch[] {
  const out: DateMatch[] = []
  for (const m of text.matchAll(END_OF)) {
    const next = m[1]?.toLowerCase() === 'next'
    const unit = m[2].toLowerCase()
    const date =
      unit === 'year'
        ? new Date(ref.getFullYear() + (next ? 1 : 0), 11, 31, 12)
        : unit === 'month'
          ? endOfMonth(next ? addMonths(ref, 1) : ref)
          : addDays(nextWeekday(ref, 5), next ? 7 : 0) // the working week ends on Friday
    out.push({ date, index: m.index, text: m[0] })
  }
  return out
}

// Words that put a due date on the phrase after them: "the deadline is March 31", "due by Friday".
const CUE =
  /(?:\b(?:deadline|due|by|before|until|till|no later than|cut-?off|expires?|submit(?:ted)?)\b|بحلول|قبل|حتى|حتي|موعد|آخر|اخر|اقصاه|أقصاه)/giu
const CLAUSE_END = /[;.!?؛،\n]/

/** How far before the phrase the nearest deadline cue of its own clause sits; Infinity when none. */
function cueDistance(text: string, index: number): number {
  const window = text.slice(Math.max(0, index - 40), index)
  const clause = window.split(CLAUSE_END).pop() ?? ''
  let best = Infinity
  for (const m of clause.matchAll(CUE)) best = Math.min(best, clause.length - (m.index + m[0].length))
  return best
}

/**
 * The due date of a deadline phrase: among the dates the text names, the one a deadline cue
 * points at ("the audit deadline is March 31", not "an outage last Friday"), else the earliest.
 * Dates before the reference are never due dates. `reference` is the ISO day the words were
 * said; without it only dates that name their year are read (never the import day or today).
 */
export function parseDueDate(text: string, reference: string | null): ParsedDate {
  const ref = reference ? fromIso(reference) : new Date(2000, 0, 1, 12)
  const found: DateMatch[] = []
  const quarter = parseQuarter(text, ref)
  if (quarter) found.push(quarter)
  found.push(...parseEndOf(text, ref), ...parseArabicDates(text, ref), ...parseEnglish(text, ref))
  const refIso = reference ?? ''
  const usable = found.filter((f) => {
    if (toIso(f.date) < refIso) return false
    if (!reference && !/\b\d{4}\b/.test(f.text)) return false
    // A shorter phrase inside a longer one ("the year" inside "the end of the year") is not a date of its own.
    return !found.some(
      (g) => g !== f && g.index <= f.index && g.index + g.text.length >= f.index + f.text.length && g.text.length > f.text.length,
    )
  })
  usable.sort((a, b) => cueDistance(text, a.index) - cueDistance(text, b.index) || a.index - b.index || b.text.length - a.text.length)
  const best = usable[0] ?? null
  return { date: best ? toIso(best.date) : null, matched: best?.text ?? null, reference }
}

/** The day a document's words were said (an interview's date, an answer's or ticket's), or null when nobody said. */
export function documentReference(db: Database.Database, documentId: number): string | null {
  const raw = db.prepare('SELECT occurred_at FROM documents WHERE id = ?').pluck().get(documentId) as string | null | undefined
  if (!raw) return null
  // occurred_at may be a bare date or a full timestamp; a timestamp is read in local time.
  return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : isNaN(Date.parse(raw)) ? null : toIso(new Date(raw))
}

export function todayIso(): string {
  return toIso(new Date())
}
