/** How often each code appears per month across dated documents: a shift in what customers talk about, at a glance. */
import type Database from 'better-sqlite3'
import type { CodeMonth } from '../../../shared/contract/breadcrumbs'

export function codesByMonth(db: Database.Database): CodeMonth[] {
  return db
    .prepare(
      `SELECT substr(d.occurred_at, 1, 7) AS month, c.name AS code, c.id AS codeId, count(*) AS count
         FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id JOIN codes c ON c.id = hc.code_id
         JOIN documents d ON d.id = h.document_id
        WHERE d.occurred_at IS NOT NULL
          AND NOT (c.kind = 'theme' AND (c.name = 'Questions' OR c.parent_id IN (SELECT id FROM codes WHERE name = 'Questions' AND kind = 'theme')))
        GROUP BY month, c.id ORDER BY month, count DESC, c.name`,
    )
    .all() as CodeMonth[]
}
