/**
 * The at-risk group: those who stayed (no outcome event) and have the breadcrumb in their current
 * window, i.e. in the `windowDays` before their reference day (their last event), the same window
 * the analysis counts them in. A rule segment keeps this as its rule, so the group is recomputed
 * when new events come in.
 */
import type Database from 'better-sqlite3'
import { NeedleError } from '../../../shared/errors'
import { cohorts } from './analyze'
import { dayOfIso } from './events'

export interface AtRiskRule {
  outcome: string
  outcomeAttribute?: string
  breadcrumb: string
  breadcrumbType: 'event' | 'code'
  windowDays: number
}

export function atRiskParticipants(db: Database.Database, r: AtRiskRule): Set<number> {
  const c = cohorts(db, r, 'last')
  const { ev, referenceDay, outcomeDay } = c
  const out = new Set<number>()
  // referenceDay is NaN for those in neither group (an outcome value without a date): never at risk.
  const stayedWithin = (p: number, d: number) => Number.isNaN(outcomeDay[p]) && d <= referenceDay[p] && d >= referenceDay[p] - r.windowDays
  if (r.breadcrumbType === 'event') {
    const t = ev.types.findIndex((x) => x.toLowerCase() === r.breadcrumb.trim().toLowerCase())
    if (t < 0) throw new NeedleError('not_found', `No customer has the event "${r.breadcrumb}". Pick a breadcrumb from the analysis.`)
    for (let i = 0; i < ev.count; i++) if (ev.type[i] === t && stayedWithin(ev.participant[i], ev.day[i])) out.add(ev.participant[i])
    return out
  }
  const rows = db
    .prepare(
      `SELECT DISTINCT d.participant_id AS p, substr(d.occurred_at, 1, 10) AS date
         FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id JOIN codes c ON c.id = hc.code_id JOIN documents d ON d.id = h.document_id
        WHERE c.name = ? COLLATE NOCASE AND d.occurred_at IS NOT NULL AND d.participant_id IS NOT NULL`,
    )
    .all(r.breadcrumb) as Array<{ p: number; date: string }>
  for (const row of rows) if (row.p < referenceDay.length && stayedWithin(row.p, dayOfIso(row.date))) out.add(row.p)
  return out
}
