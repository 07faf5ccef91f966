import type Database from 'better-sqlite3'
import { normaliseForSearch } from '../../../shared/text/arabic'

/**
 * Schema v2: auto-code rules and the suggestion queue. Suggestions are kept after a decision
 * (accepted or rejected) so running the rules again never brings back what a researcher
 * already turned down.
 */
export const autocodeSchema = /* sql */ `
CREATE TABLE autocode_rules (
  id         INTEGER PRIMARY KEY,
  code_id    INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('keyword', 'phrase', 'regex')),
  pattern    TEXT NOT NULL,
  starter    INTEGER NOT NULL DEFAULT 0 CHECK (starter IN (0, 1)),
  created_at TEXT NOT NULL,
  UNIQUE (code_id, kind, pattern)
) STRICT;

CREATE TABLE autocode_suggestions (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  code_id      INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
  rule_id      INTEGER REFERENCES autocode_rules (id) ON DELETE SET NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  due_date     TEXT,
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
  highlight_id INTEGER REFERENCES highlights (id) ON DELETE SET NULL,
  created_at   TEXT NOT NULL,
  CHECK (end > start AND start >= 0),
  UNIQUE (document_id, code_id, start, end)
) STRICT;
CREATE INDEX autocode_suggestions_status ON autocode_suggestions (status, document_id, start);
`

/**
 * v2 also strips stacked Arabic prefixes (وللـ، وبالـ) at indexing, so documents indexed by v1
 * are indexed again: query and index must normalise alike or search silently misses words.
 */
export function reindexDocuments(db: Database.Database): void {
  db.exec('DELETE FROM document_fts')
  const insert = db.prepare('INSERT INTO document_fts (rowid, body) VALUES (?, ?)')
  // In batches by id, so a project of hundreds of MB is never in memory at once.
  const batch = db.prepare('SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT 1000')
  for (let after = 0, rows = batch.all(0) as { id: number; text: string }[]; rows.length > 0; rows = batch.all(after) as typeof rows) {
    for (const d of rows) insert.run(d.id, normaliseForSearch(d.text))
    after = rows[rows.length - 1].id
  }
}
