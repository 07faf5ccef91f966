/**
 * v6: event logs (DESIGN.md "event", "timeline", "breadcrumb"). A source may now be of kind
 * 'events': one row per thing a customer did or that happened to them (billing, support,
 * CRM stage, login, cancellation). Every row of the file is kept as one event; nothing
 * collapses into attributes.
 *
 * sources.kind is a CHECK constraint, which SQLite cannot alter, so sources is rebuilt: copied
 * aside, dropped and created again under its own name (migrate() runs with foreign keys off and
 * checks every reference before it commits; the references to sources in other tables name it,
 * so they point at the new table). Not through ALTER TABLE RENAME, the usual way: after a rename,
 * (and with a TEMP copy: both touch the temp schema) this connection's later WAL checkpoints fail
 * with "database table is locked" until it is reopened.
 *
 * events.at is the date or date-time as the file gave it, in ISO 8601, with its zone offset
 * when the file stated one ("2024-03-05", "2024-03-05T10:00:00", "2024-03-05T10:00:00+03:00").
 * events.day is that calendar day (as written, not moved to UTC) counted from 1970-01-01:
 * windows ("in the 60 days before") are day arithmetic on an integer, which is what makes
 * the analysis over a million events fast. A free-text cell (a ticket body, a note) is a
 * dated document (documents.occurred_at = at), so it is searched, coded and auto-coded like
 * any other text; the event points at it.
 */
export const eventsSchema = /* sql */ `
CREATE TABLE main.sources_v5 AS SELECT * FROM main.sources;
DROP TABLE main.sources;
CREATE TABLE main.sources (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('interview', 'survey', 'feedback', 'events')),
  name        TEXT NOT NULL,
  file_name   TEXT,
  checksum    TEXT,
  encoding    TEXT,
  row_count   INTEGER,
  mapping     TEXT,          -- JSON: the column mapping used, reusable next time
  report      TEXT,          -- JSON: what the import did, its warnings and skipped rows
  imported_at TEXT NOT NULL
) STRICT;
INSERT INTO main.sources (id, kind, name, file_name, checksum, encoding, row_count, mapping, report, imported_at)
  SELECT id, kind, name, file_name, checksum, encoding, row_count, mapping, report, imported_at FROM main.sources_v5;
DROP TABLE main.sources_v5;
CREATE INDEX main.sources_checksum ON sources (checksum);

CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  source_id      INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  at             TEXT NOT NULL,
  day            INTEGER NOT NULL,
  type           TEXT NOT NULL,
  channel        TEXT,
  amount         REAL,
  document_id    INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  row_number     INTEGER NOT NULL
) STRICT;
CREATE INDEX events_participant ON events (participant_id, day);
CREATE INDEX events_source ON events (source_id);
CREATE INDEX events_document ON events (document_id) WHERE document_id IS NOT NULL;
`
