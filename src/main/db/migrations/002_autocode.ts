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
 * v2 also stripped stacked Arabic prefixes (وللـ، وبالـ) at indexing, so documents indexed by v1
 * had to be indexed again. Frozen: the step only marks the index stale (forgets the normaliser
 * version); opening the project re-indexes with the normaliser of the day (db/searchIndex.ts).
 */
export const markIndexStale = /* sql */ `
DELETE FROM project_meta WHERE key = 'search_normaliser';
`
