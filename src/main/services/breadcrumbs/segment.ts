/** Saving the at-risk group of a breadcrumb as a rule segment (listed with the other segments, usable for a persona). */
import type Database from 'better-sqlite3'
import { NeedleError } from '../../../shared/errors'
import { csv } from '../segments/csv'
import { createRuleSegment } from '../segments/rules'

export function saveAtRiskSegment(
  db: Database.Database,
  input: {
    name: string
    outcome: string
    outcomeAttribute?: string
    breadcrumb: string
    breadcrumbType: 'event' | 'code'
    windowDays: number
  },
): { id: number; name: string; size: number } {
  const { name, ...rule } = input
  const segment = createRuleSegment(db, name, { all: [{ type: 'breadcrumb', ...rule }] })
  return { id: segment.id, name: segment.name, size: segment.size }
}

/** The members with their id as imported, their name and their latest event: what a programme's outreach list needs. */
export function membersCsv(db: Database.Database, segmentId: number): { csv: string; rows: number } {
  if (!db.prepare('SELECT 1 FROM segments WHERE id = ?').get(segmentId))
    throw new NeedleError('not_found', `Segment ${segmentId} does not exist.`)
  const rows = db
    .prepare(
      `SELECT p.label, coalesce(p.display_name, p.label) AS name,
              (SELECT e.at FROM events e WHERE e.participant_id = p.id ORDER BY e.day DESC, e.id DESC LIMIT 1) AS lastAt,
              (SELECT e.type FROM events e WHERE e.participant_id = p.id ORDER BY e.day DESC, e.id DESC LIMIT 1) AS lastType
         FROM segment_members m JOIN participants p ON p.id = m.participant_id WHERE m.segment_id = ? ORDER BY p.label`,
    )
    .raw()
    .all(segmentId) as unknown[][]
  return { csv: csv([['id', 'name', 'last_event_at', 'last_event'], ...rows]), rows: rows.length }
}
