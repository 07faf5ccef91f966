/**
 * The full health check behind `needle check`: everything opening checks, plus the slow
 * checks opening skips (integrity_check reads every page and index; foreign_key_check
 * every reference), plus what a hostile file could carry: triggers (Needle's schema has
 * none; a trigger would run on the researcher's own writes), views Needle does not define,
 * a schema that drifted from the one a fresh project has, and values too large to be real text.
 * Read-only, like all validation: checking a file never changes it.
 */
import Database from 'better-sqlite3'
import type { ProjectFileCheck } from '../../shared/contract/app'
import { NeedleError } from '../../shared/errors'
import { listBackups } from './backup'
import { checkIdentity, referenceProblems, squash, structuralProblems, withReadOnlyView } from './inspect'
import { migrate } from './migrate'
import { migrations, SCHEMA_VERSION } from './migrations'

interface SchemaRow {
  type: string
  name: string
  tbl_name: string
  sql: string | null
}

/** No value in a real project comes near this: a transcript of a whole day is a few MB. */
const HUGE_VALUE_BYTES = 64 * 1024 * 1024

const references = new Map<number, Map<string, SchemaRow>>()

/** The schema a fresh project at `version` has, built once in memory by the real migrations. */
function freshSchema(version = SCHEMA_VERSION): Map<string, SchemaRow> {
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
function labelProblems(db: Database.Database, schemaVersion: number): string[] {
  if (schemaVersion >= SCHEMA_VERSION || schemaVersion < 1 || schemaMatches(db, schemaVersion)) return []
  const actual = [...Array(SCHEMA_VERSION).keys()].map((v) => v + 1).find((v) => v !== schemaVersion && schemaMatches(db, v))
  return [
    actual
      ? `the file is labelled schema v${schemaVersion} but its tables are those of schema v${actual}: it was edited by hand or by another program, and upgrading it would fail. Restore a backup or ask who sent it for a clean copy`
      : `the file is labelled schema v${schemaVersion} but its tables are not those of any Needle version: it was edited by hand or by another program, and upgrading it would fail. Restore a backup or ask who sent it for a clean copy`,
  ]
}

/**
 * What a hostile or hand-edited file carries beyond Needle's schema: triggers, views, tables
 * or indexes that a fresh project does not have, definitions that differ, huge values.
 * Only meaningful for files at the current schema version (older ones are upgraded on open).
 */
export function schemaFindings(db: Database.Database): string[] {
  const found: string[] = []
  const fresh = freshSchema()
  const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").all() as SchemaRow[]
  const seen = new Set<string>()
  for (const r of rows) {
    seen.add(`${r.type}:${r.name}`)
    if (r.type === 'trigger') {
      found.push(
        `trigger "${r.name}" on ${r.tbl_name}: Needle's projects have no triggers; this one would run on every change to ${r.tbl_name}. Do not open this file for writing; ask who sent it for a clean copy`,
      )
      continue
    }
    const mine = fresh.get(`${r.type}:${r.name}`)
    // Needle's own views (participant_attributes) are checked like its tables; any other
    // view, or one whose definition differs, could show a reader rows the file does not hold.
    if (r.type === 'view' && (!mine || squash(mine.sql) !== squash(r.sql))) {
      found.push(`view "${r.name}": not a view Needle defines; it was not read. Ask who sent the file for a clean copy`)
      continue
    }
    if (!mine) found.push(`unexpected ${r.type} "${r.name}" that a Needle project does not have (the schema drifted or was edited by hand)`)
    else if (squash(mine.sql) !== squash(r.sql))
      found.push(`${r.type} "${r.name}" differs from Needle's definition (the schema drifted or was edited by hand)`)
  }
  for (const [key, r] of fresh) {
    if (!seen.has(key) && !r.name.startsWith('sqlite_') && r.type !== 'table')
      found.push(`${r.type} "${r.name}" is missing (the schema drifted or was edited by hand)`)
  }
  // One pass per table over its text and blob columns, only for tables Needle knows.
  for (const [, r] of fresh) {
    if (r.type !== 'table' || r.name.startsWith('document_fts') || r.name.startsWith('sqlite_') || !seen.has(`table:${r.name}`)) continue
    const cols = (db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(r.name) as { name: string; type: string }[]).filter((c) =>
      /TEXT|BLOB|^$/i.test(c.type),
    )
    if (cols.length === 0) continue
    const sizes = db
      .prepare(`SELECT ${cols.map((c) => `max(length(CAST("${c.name}" AS BLOB)))`).join(', ')} FROM "${r.name}"`)
      .raw()
      .get() as (number | null)[]
    sizes.forEach((size, i) => {
      if (size !== null && size > HUGE_VALUE_BYTES) {
        found.push(
          `${r.name}.${cols[i].name} holds a value of ${Math.round(size / 1024 / 1024)} MB, far larger than anything Needle writes (a padded or hostile file)`,
        )
      }
    })
  }
  return found
}

const MAX_LISTED = 20

export function checkProjectFile(path: string): ProjectFileCheck {
  // Not a project, or from a newer Needle: those are refusals, not findings.
  const { header, schemaVersion } = checkIdentity(path)
  const problems: string[] = []
  try {
    withReadOnlyView(path, header, (db) => {
      problems.push(...structuralProblems(db, schemaVersion, true).slice(0, MAX_LISTED))
      if (problems.length > 0) return // references in a broken file are not worth reading
      if (schemaVersion === SCHEMA_VERSION) problems.push(...schemaFindings(db).slice(0, MAX_LISTED))
      else problems.push(...labelProblems(db, schemaVersion))
      // The same function opening refuses on: what check lists here, open refuses.
      problems.push(...referenceProblems(db, MAX_LISTED).problems)
    })
  } catch (err) {
    if (err instanceof NeedleError) throw err
    problems.push(String((err as Error)?.message ?? err))
  }
  return {
    path,
    ok: problems.length === 0,
    schemaVersion,
    needsUpgrade: schemaVersion < SCHEMA_VERSION,
    problems: problems.map((p) => p.replace(/\s+/g, ' ').trim()),
    backups: listBackups(path),
  }
}
