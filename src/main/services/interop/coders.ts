/**
 * The coders who coded in a project. Agreement is only meaningful between people who coded,
 * so a coder row left by a name change or an emptied project is not offered.
 */
import type Database from 'better-sqlite3'
import type { CoderRow } from '../../../shared/contract/interop'

export function codersOf(db: Database.Database): CoderRow[] {
  return db
    .prepare(
      `SELECT c.name, count(h.id) AS highlights, count(DISTINCT h.document_id) AS documents
         FROM coders c JOIN highlights h ON h.coder_id = c.id
        GROUP BY c.id ORDER BY highlights DESC, c.name`,
    )
    .all() as CoderRow[]
}
