/**
 * What happened before customers left (DESIGN.md "Breadcrumbs"). For every event type and every code
 * on dated documents: the share of those who left (had the outcome event) who had it in the
 * `windowDays` before their outcome, against the share of those who stayed who had it in the same
 * number of days before their reference date; the risk ratio between the two with a 95% interval
 * on its log (Katz), counts and example customers. Only the window counts: a payment that failed a
 * year before cancelling is not a breadcrumb of the cancellation.
 *
 * Speed: the events are read once (participant, day, type) into typed arrays and grouped by
 * participant with a counting sort; every count is then one pass in memory. A million events take
 * well under the two seconds the issue allows (bench/breadcrumbs.ts).
 */
import type Database from 'better-sqlite3'
import type {
  Breadcrumb,
  BreadcrumbAnalysis,
  BreadcrumbDuration,
  BreadcrumbOptions,
  LeftOutNote,
} from '../../../shared/contract/breadcrumbs'
import { NeedleError } from '../../../shared/errors'
import { dayOfIso, loadEvents, type EventColumns } from './events'
import { attributeOutcome, eventOutcome, type OutcomeDays } from './outcome'

const Z = 1.959964

/** Risk ratio a/n1 ÷ b/n2 with its 95% interval; Haldane's 0.5 added to every cell when a count is zero. */
export function riskRatio(a: number, n1: number, b: number, n2: number): { lift: number | null; low: number | null; high: number | null } {
  if (n1 === 0 || n2 === 0 || (a === 0 && b === 0)) return { lift: null, low: null, high: null }
  let [x, m, y, k] = [a, n1, b, n2]
  if (a === 0 || b === 0) [x, m, y, k] = [a + 0.5, n1 + 1, b + 0.5, n2 + 1]
  const rr = x / m / (y / k)
  const se = Math.sqrt(Math.max(0, 1 / x - 1 / m + 1 / y - 1 / k))
  const high = Math.exp(Math.log(rr) + Z * se)
  // Nobody who left had it: the ratio is 0, whatever the correction makes of it.
  if (a === 0) return { lift: 0, low: 0, high }
  return { lift: rr, low: Math.exp(Math.log(rr) - Z * se), high }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((p, q) => p - q)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

export interface Cohorts {
  ev: EventColumns
  /** Outcome day per participant id (NaN: no outcome). */
  outcomeDay: Float64Array
  /** Reference day per participant id: outcome day for those who left, else per `reference`; NaN for those in neither group. */
  referenceDay: Float64Array
  churned: number
  retained: number
  /** The outcome event type's index; -1 for an attribute outcome. */
  outcomeType: number
  outcome: OutcomeDays
  /** Customers with events whose attribute has the outcome value without a date: in neither group. */
  undated: number
}

export type OutcomeAsked = { outcome: string; outcomeAttribute?: string }

/** Who left (first outcome event, or the dated attribute value), who stayed, and each one's reference day. */
export function cohorts(db: Database.Database, asked: OutcomeAsked, reference: BreadcrumbOptions['reference']): Cohorts {
  const ev = loadEvents(db)
  const n = ev.maxParticipant + 1
  const outcome = asked.outcomeAttribute
    ? attributeOutcome(db, asked.outcomeAttribute, asked.outcome, n)
    : eventOutcome(ev, asked.outcome, n)
  const outcomeDay = outcome.day
  const lastDay = new Float64Array(n).fill(NaN)
  let endDay = -Infinity
  for (let i = 0; i < ev.count; i++) {
    const p = ev.participant[i]
    const d = ev.day[i]
    if (!(lastDay[p] >= d)) lastDay[p] = d
    if (d > endDay) endDay = d
  }
  const fixed = reference === 'last' ? null : reference === 'end' ? endDay : dayOfIso(reference)
  const referenceDay = new Float64Array(n).fill(NaN)
  let churned = 0
  let retained = 0
  let undated = 0
  for (let p = 0; p < n; p++) {
    if (Number.isNaN(lastDay[p])) continue
    if (!Number.isNaN(outcomeDay[p])) {
      referenceDay[p] = outcomeDay[p]
      churned++
    } else if (outcome.undated.has(p)) {
      undated++
    } else {
      referenceDay[p] = fixed ?? lastDay[p]
      retained++
    }
  }
  return { ev, outcomeDay, referenceDay, churned, retained, outcomeType: outcome.type, outcome, undated }
}

interface Tally {
  churned: number
  retained: number
  examples: number[]
}

function codeEvidence(db: Database.Database): Array<{ participant: number; code: number; name: string; day: number }> {
  const rows = db
    .prepare(
      `SELECT DISTINCT d.participant_id AS participant, c.id AS code, c.name, substr(d.occurred_at, 1, 10) AS date
         FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id JOIN codes c ON c.id = hc.code_id
         JOIN documents d ON d.id = h.document_id
        WHERE d.occurred_at IS NOT NULL AND d.participant_id IS NOT NULL
          AND NOT (c.kind = 'theme' AND (c.name = 'Questions' OR c.parent_id IN (SELECT id FROM codes WHERE name = 'Questions' AND kind = 'theme')))`,
    )
    .all() as Array<{ participant: number; code: number; name: string; date: string }>
  return rows.flatMap((r) => {
    const day = dayOfIso(r.date)
    return Number.isNaN(day) ? [] : [{ participant: r.participant, code: r.code, name: r.name, day }]
  })
}

export function analyze(db: Database.Database, o: BreadcrumbOptions): BreadcrumbAnalysis {
  const c = cohorts(db, o, o.reference)
  const { ev, referenceDay, outcomeDay } = c
  const W = o.windowDays
  const typeTally: Tally[] = ev.types.map(() => ({ churned: 0, retained: 0, examples: [] }))
  const stamp = new Int32Array(ev.types.length).fill(-1)
  let afterOutcome = 0
  let outsideWindow = 0
  // Events grouped by participant (ev.order), so "had it at least once" is one stamp per type.
  for (let k = 0; k < ev.count; k++) {
    const i = ev.order[k]
    const p = ev.participant[i]
    const ref = referenceDay[p]
    const d = ev.day[i]
    const t = ev.type[i]
    if (t === c.outcomeType || Number.isNaN(ref)) continue
    if (d > ref) {
      if (!Number.isNaN(outcomeDay[p])) afterOutcome++
      continue
    }
    if (d < ref - W) {
      outsideWindow++
      continue
    }
    if (stamp[t] === p) continue
    stamp[t] = p
    const left = !Number.isNaN(outcomeDay[p])
    if (left) {
      typeTally[t].churned++
      if (typeTally[t].examples.length < o.examples) typeTally[t].examples.push(p)
    } else typeTally[t].retained++
  }

  const codeTally = new Map<number, Tally & { name: string }>()
  const seen = new Set<string>()
  for (const e of codeEvidence(db)) {
    const ref = referenceDay[e.participant]
    if (ref === undefined || Number.isNaN(ref) || e.day > ref || e.day < ref - W) continue
    const key = `${e.participant}:${e.code}`
    if (seen.has(key)) continue
    seen.add(key)
    let tally = codeTally.get(e.code)
    if (!tally) codeTally.set(e.code, (tally = { name: e.name, churned: 0, retained: 0, examples: [] }))
    if (!Number.isNaN(outcomeDay[e.participant])) {
      tally.churned++
      if (tally.examples.length < o.examples) tally.examples.push(e.participant)
    } else tally.retained++
  }

  const labelOf = db.prepare('SELECT label FROM participants WHERE id = ?').pluck()
  const crumb = (label: string, type: 'event' | 'code', codeId: number | null, t: Tally): Breadcrumb => ({
    label,
    type,
    codeId,
    churnedShare: c.churned ? t.churned / c.churned : 0,
    retainedShare: c.retained ? t.retained / c.retained : 0,
    ...riskRatio(t.churned, c.churned, t.retained, c.retained),
    churnedCount: t.churned,
    retainedCount: t.retained,
    examples: t.examples.map((p) => ({ participantId: p, label: labelOf.get(p) as string })),
  })
  const breadcrumbs = [
    ...ev.types.flatMap((name, t) =>
      t === c.outcomeType || typeTally[t].churned + typeTally[t].retained === 0 ? [] : [crumb(name, 'event', null, typeTally[t])],
    ),
    ...[...codeTally].map(([id, t]) => crumb(t.name, 'code', id, t)),
    // Strongest evidence first: by the interval's lower end, so 1 of 3 against 0 of 17 (a wide
    // interval) does not outrank 3 of 3 against 2 of 17.
  ].sort((a, b) => (b.low ?? -1) - (a.low ?? -1) || (b.lift ?? -1) - (a.lift ?? -1) || a.label.localeCompare(b.label))

  const leftOut: LeftOutNote[] = []
  const everyone = db.prepare('SELECT count(*) FROM participants WHERE is_interviewer = 0').pluck().get() as number
  const without = everyone - c.churned - c.retained - c.undated
  if (without > 0) leftOut.push({ code: 'noEvents', count: without })
  if (c.undated > 0)
    leftOut.push({ code: 'outcomeUndated', count: c.undated, attribute: c.outcome.attribute ?? '', value: c.outcome.value })
  if (afterOutcome > 0) leftOut.push({ code: 'afterOutcome', count: afterOutcome })
  if (outsideWindow > 0) leftOut.push({ code: 'beforeWindow', count: outsideWindow, days: W })
  if (c.retained === 0) leftOut.push({ code: 'noneStayed' })

  return {
    outcome: c.outcome.label,
    outcomeValue: c.outcome.value,
    outcomeAttribute: c.outcome.attribute,
    windowDays: W,
    reference: o.reference,
    churned: c.churned,
    retained: c.retained,
    breadcrumbs,
    duration: o.from && o.to ? duration(c, o.from, o.to) : null,
    leftOut,
    eventTypes: ev.typeCounts,
  }
}

/** Days from a participant's first `from` event to their first `to` event on or after it; medians of those who left and those who stayed. */
export function duration(c: Cohorts, from: string, to: string): BreadcrumbDuration {
  const { ev } = c
  const find = (name: string) => {
    const t = ev.types.findIndex((x) => x.toLowerCase() === name.trim().toLowerCase())
    if (t < 0)
      throw new NeedleError('not_found', `No customer has the event "${name}". Pick an event type from this project for the duration.`)
    return t
  }
  const f = find(from)
  const t = find(to)
  const n = c.outcomeDay.length
  const fromDay = new Float64Array(n).fill(NaN)
  for (let i = 0; i < ev.count; i++)
    if (ev.type[i] === f && !(fromDay[ev.participant[i]] <= ev.day[i])) fromDay[ev.participant[i]] = ev.day[i]
  const toDay = new Float64Array(n).fill(NaN)
  for (let i = 0; i < ev.count; i++) {
    const p = ev.participant[i]
    if (ev.type[i] === t && ev.day[i] >= fromDay[p] && !(toDay[p] <= ev.day[i])) toDay[p] = ev.day[i]
  }
  const left: number[] = []
  const stayed: number[] = []
  for (let p = 0; p < n; p++) {
    if (Number.isNaN(toDay[p]) || Number.isNaN(c.referenceDay[p])) continue
    ;(Number.isNaN(c.outcomeDay[p]) ? stayed : left).push(toDay[p] - fromDay[p])
  }
  const churnedMedianDays = median(left)
  const retainedMedianDays = median(stayed)
  return {
    from: ev.types[f],
    to: ev.types[t],
    churnedMedianDays,
    retainedMedianDays,
    ratio: churnedMedianDays !== null && retainedMedianDays ? churnedMedianDays / retainedMedianDays : null,
    churnedCount: left.length,
    retainedCount: stayed.length,
  }
}
