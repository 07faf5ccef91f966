/**
 * The full-text index and the normaliser that built it. Query and index must normalise alike or
 * search silently misses words, so each project records the normaliser version its index was
 * built with, and a project opened for writing under another version is re-indexed first.
 * Migrations never re-index (they must not call today's code): they only mark the index stale.
 */
import type Database from 'better-sqlite3'
import { normaliseForSearch, SEARCH_NORMALISER_VERSION } from '../../shared/text/arabic'

export const NORMALISER_KEY = 'search_normaliser'

export function recordNormaliser(db: Database.Database): void {
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    NORMALISER_KEY,
    String(SEARCH_NORMALISER_VERSION),
  )
}

/** Every document indexed again with today's normaliser, and the version recorded (call inside a transaction). */
export function reindexDocuments(db: Database.Database): void {
  db.exec('DELETE FROM document_fts')
  const insert = db.prepare('INSERT INTO document_fts (rowid, body) VALUES (?, ?)')
  // In batches by id, so a project of hundreds of MB is never in memory at once.
  const batch = db.prepare('SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT 1000')
  for (let after = 0, rows = batch.all(0) as { id: number; text: string }[]; rows.length > 0; rows = batch.all(after) as typeof rows) {
    for (const d of rows) insert.run(d.id, normaliseForSearch(d.text))
    after = rows[rows.length - 1].id
  }
  recordNormaliser(db)
}

/** Re-indexes when the index was built by another normaliser version (or by a Needle that did not record one). */
export function ensureSearchIndexCurrent(db: Database.Database): boolean {
  const recorded = db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(NORMALISER_KEY) as string | undefined
  if (recorded === String(SEARCH_NORMALISER_VERSION)) return false
  db.transaction(() => reindexDocuments(db)).immediate()
  return true
}
