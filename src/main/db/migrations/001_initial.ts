/**
 * Schema v1: every domain word of DESIGN.md gets its table now, so later features add
 * behaviour rather than reshaping files that researchers already hold.
 * Offsets (start/end) are UTF-16 code units into documents.text, end exclusive.
 */
export const initialSchema = /* sql */ `
CREATE TABLE project_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE coders (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('interview', 'survey', 'feedback')),
  name        TEXT NOT NULL,
  file_name   TEXT,
  checksum    TEXT,
  encoding    TEXT,
  row_count   INTEGER,
  mapping     TEXT,          -- JSON: the column mapping used, reusable next time
  report      TEXT,          -- JSON: what the import did, its warnings and skipped rows
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX sources_checksum ON sources (checksum);

CREATE TABLE participants (
  id             INTEGER PRIMARY KEY,
  label          TEXT NOT NULL,          -- respondent/account id or speaker name as imported
  display_name   TEXT,
  is_interviewer INTEGER NOT NULL DEFAULT 0 CHECK (is_interviewer IN (0, 1)),
  created_at     TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX participants_label ON participants (label);

CREATE TABLE attributes (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('text', 'category', 'number', 'date', 'boolean'))
) STRICT;

CREATE TABLE participant_attributes (
  participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  attribute_id   INTEGER NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
  value          TEXT,
  PRIMARY KEY (participant_id, attribute_id)
) STRICT;

CREATE TABLE documents (
  id             INTEGER PRIMARY KEY,
  source_id      INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  participant_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  title          TEXT NOT NULL,
  text           TEXT NOT NULL,          -- immutable once imported; corrections make a new revision
  direction      TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
  question       TEXT,                   -- survey question or feedback column the text answers
  row_number     INTEGER,                -- data row in the source file (1-based), when tabular
  occurred_at    TEXT,                   -- interview/answer/ticket date, for resolving relative deadlines
  revision       INTEGER NOT NULL DEFAULT 1,
  replaces_id    INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX documents_source ON documents (source_id);
CREATE INDEX documents_participant ON documents (participant_id);

CREATE TABLE utterances (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  speaker        TEXT,
  participant_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
  start          INTEGER NOT NULL,
  end            INTEGER NOT NULL,
  time_start_ms  INTEGER,
  time_end_ms    INTEGER,
  CHECK (end >= start)
) STRICT;
CREATE INDEX utterances_document ON utterances (document_id, seq);

CREATE TABLE codes (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('need', 'deadline', 'emergency', 'demand', 'dependency',
                                            'pain', 'goal', 'behaviour', 'theme', 'custom')),
  parent_id   INTEGER REFERENCES codes (id) ON DELETE SET NULL,
  color       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  pin         INTEGER CHECK (pin BETWEEN 1 AND 9),
  sort        INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  UNIQUE (name, kind)
) STRICT;

CREATE TABLE highlights (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  coder_id    INTEGER REFERENCES coders (id) ON DELETE SET NULL,
  memo        TEXT,
  due_date    TEXT,                      -- deadlines: ISO date
  severity    INTEGER CHECK (severity BETWEEN 1 AND 4),  -- emergencies
  what_happened TEXT,                    -- emergencies
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (end > start AND start >= 0)
) STRICT;
CREATE INDEX highlights_document ON highlights (document_id, start);

CREATE TABLE highlight_codes (
  highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
  code_id      INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
  PRIMARY KEY (highlight_id, code_id)
) STRICT;
CREATE INDEX highlight_codes_code ON highlight_codes (code_id);

CREATE TABLE ratings (
  id             INTEGER PRIMARY KEY,
  participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  code_id        INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,   -- the need
  source_id      INTEGER REFERENCES sources (id) ON DELETE CASCADE,
  importance     REAL CHECK (importance BETWEEN 1 AND 5),
  satisfaction   REAL CHECK (satisfaction BETWEEN 1 AND 5),
  UNIQUE (participant_id, code_id, source_id)
) STRICT;

CREATE TABLE segments (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  method      TEXT NOT NULL CHECK (method IN ('kmeans', 'hierarchical', 'rule', 'manual')),
  definition  TEXT NOT NULL,            -- JSON: run parameters or the rule
  run_id      TEXT,                     -- segments made by one clustering run share it
  stability   REAL,
  created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE segment_members (
  segment_id     INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  manual         INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
  PRIMARY KEY (segment_id, participant_id)
) STRICT;

CREATE TABLE personas (
  id         INTEGER PRIMARY KEY,
  segment_id INTEGER REFERENCES segments (id) ON DELETE SET NULL,
  name       TEXT NOT NULL,
  language   TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'ar')),
  content    TEXT NOT NULL,             -- JSON: sections, order, visibility, rich text
  avatar     BLOB,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE persona_evidence (
  persona_id   INTEGER NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
  section      TEXT NOT NULL,
  statement    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (persona_id, highlight_id, section, statement)
) STRICT;

CREATE TABLE memos (
  id          INTEGER PRIMARY KEY,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code', 'participant',
                                                   'highlight', 'segment', 'persona')),
  target_id   INTEGER,
  text        TEXT NOT NULL,
  coder_id    INTEGER REFERENCES coders (id) ON DELETE SET NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX memos_target ON memos (target_kind, target_id);

-- Full-text index over normalised document text (Arabic folded, see shared/arabic.ts).
-- Contentless: the text lives in documents; rowid = documents.id.
CREATE VIRTUAL TABLE document_fts USING fts5 (
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
`
