/**
 * The sample project's personas: one English card per saved segment, and an Arabic card for the
 * segment whose members speak Arabic most (the Gulf interviews), so the gallery shows both
 * directions out of the box.
 */
import type Database from 'better-sqlite3'
import { draftAll, draftFromSegment } from './drafting'

export function draftSamplePersonas(db: Database.Database): void {
  const segments = db.prepare('SELECT count(*) FROM segments').pluck().get() as number
  if (!segments) return
  draftAll(db, 'en')
  const arabic = db
    .prepare(
      `SELECT m.segment_id FROM segment_members m
         JOIN documents d ON d.participant_id = m.participant_id OR d.id IN (SELECT document_id FROM utterances u WHERE u.participant_id = m.participant_id)
        WHERE d.direction = 'rtl' GROUP BY m.segment_id ORDER BY count(DISTINCT d.id) DESC, m.segment_id LIMIT 1`,
    )
    .pluck()
    .get() as number | undefined
  if (arabic !== undefined) draftFromSegment(db, arabic, 'ar')
}
