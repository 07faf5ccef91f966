/**
 * The full health check behind `needle check`: everything opening checks, plus the slow
 * checks opening skips (integrity_check reads every page and index; foreign_key_check
 * every reference), plus what a hostile file could carry: triggers (Needle's schema has
 * none; a trigger would run on the researcher's own writes), views Needle does not define,
 * a schema that drifted from the one a fresh project has, and values too large to be real text.
 * Read-only, like all validation: checking a file never changes it.
 */
import type Database from 'better-sqlite3'
import type { ProjectFileCheck } from '../../shared/contract/app'
import { NeedleError } from '../../shared/errors'
import { listBackups } from './backup'
import { checkIdentity, referenceProblems, structuralProblems, withReadOnlyView } from './inspect'
import { SCHEMA_VERSION } from './migrations'
import { freshSchema, labelProblems, squash, type SchemaRow } from './schemaLabel'

/** No value in a real project comes near this: a transcript of a whole day is a few MB. */
const HUGE_VALUE_BYTES = 64 * 1024 * 1024

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
  let repairable = false
  try {
    withReadOnlyView(path, header, (db) => {
      problems.push(...structuralProblems(db, schemaVersion, true).slice(0, MAX_LISTED))
      if (problems.length > 0) return // references in a broken file are not worth reading
      if (schemaVersion === SCHEMA_VERSION) problems.push(...schemaFindings(db).slice(0, MAX_LISTED))
      else problems.push(...labelProblems(db, schemaVersion))
      const otherwiseSound = problems.length === 0
      // The same function opening refuses on: what check lists here, open refuses.
      const references = referenceProblems(db, MAX_LISTED)
      problems.push(...references.problems)
      repairable = otherwiseSound && references.total > 0
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
    repairable,
    backups: listBackups(path),
  }
}
