/**
 * Which schema version a file's tables really are, compared with its label (user_version). A
 * file of one version labelled another would fail inside the upgrade that trusts the label, so
 * both `needle check` and opening ask here first, and both say the same plain sentence.
 */
import Database from 'better-sqlite3'
import { migrate } from './migrate'
import { migrations, SCHEMA_VERSION } from './migrations'

/** Schema SQL with whitespace and case evened out, to compare definitions. */
export const squash = (sql: string | null) =>
  (sql ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim()
    .toLowerCase()

export interface SchemaRow {
  type: string
  name: string
  tbl_name: string
  sql: string | null
}

const references = new Map<number, Map<string, SchemaRow>>()

/** The schema a fresh project at `version` has, built once in memory by the real migrations. */
export function freshSchema(version = SCHEMA_VERSION): Map<string, SchemaRow> {
  const known = references.get(version)
  if (known) return known
  const db = new Database(':memory:')
  try {
    if (version === SCHEMA_VERSION) migrate(db, 0)
    else {
      db.pragma('foreign_keys = OFF')
      db.transaction(() => {
        for (let v = 0; v < version; v++) migrations[v].up(db)
      })()
    }
    const schema = new Map(
      (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[]).map((r) => [`${r.type}:${r.name}`, r]),
    )
    references.set(version, schema)
    return schema
  } finally {
    db.close()
  }
}

/** Tables and indexes (without sizes) compared with a version's: the part of schemaFindings that says which version a file really is. */
function schemaMatches(db: Database.Database, version: number): boolean {
  const fresh = freshSchema(version)
  const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").all() as SchemaRow[]
  const mine = [...fresh.values()].filter((r) => !r.name.startsWith('sqlite_'))
  return rows.length === mine.length && rows.every((r) => squash(fresh.get(`${r.type}:${r.name}`)?.sql ?? '\u0000') === squash(r.sql))
}

/**
 * An older file whose schema is not its label's: a file of one version labelled another would
 * fail in the upgrade that assumes the label (an internal error on every open). Said plainly
 * here, with the version the tables really belong to when one matches.
 */
export function labelProblems(db: Database.Database, schemaVersion: number): string[] {
  if (schemaVersion >= SCHEMA_VERSION || schemaVersion < 1 || schemaMatches(db, schemaVersion)) return []
  const actual = [...Array(SCHEMA_VERSION).keys()].map((v) => v + 1).find((v) => v !== schemaVersion && schemaMatches(db, v))
  return [
    actual
      ? `the file is labelled schema v${schemaVersion} but its tables are those of schema v${actual}: it was edited by hand or by another program, and upgrading it would fail. Restore a backup or ask who sent it for a clean copy`
      : `the file is labelled schema v${schemaVersion} but its tables are not those of any Needle version: it was edited by hand or by another program, and upgrading it would fail. Restore a backup or ask who sent it for a clean copy`,
  ]
}
