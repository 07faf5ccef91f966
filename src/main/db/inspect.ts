/**
 * Validation that never writes. A project file may come from anyone (an e-mail, a shared
 * drive, a renamed text file), so before Needle opens it for writing it is checked here:
 * the header by hand, then SQLite on a view that cannot change the file or leave files
 * beside it.
 */
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { NeedleError } from '../../shared/errors'
import { listBackups } from './backup'
import { APPLICATION_ID, readSqliteHeader, type SqliteHeader } from './fileFormat'
import { isHeldLive, lockPathFor } from './lock'
import { NEEDLE_VIEWS, REQUIRED_TABLES, SCHEMA_VERSION } from './migrations'
import { labelProblems, squash } from './schemaLabel'

/** Above this size the in-memory view would cost too much memory; a read-only connection is used instead. */
const MAX_IN_MEMORY_BYTES = 512 * 1024 * 1024

function hasLiveWal(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0
  } catch {
    return false
  }
}

function hasHotJournal(path: string): boolean {
  try {
    return statSync(`${path}-journal`).size > 0
  } catch {
    return false
  }
}

/**
 * A crash in the middle of a write leaves a hot journal that SQLite must roll back before
 * the file can be read, and a read-only connection cannot (SQLITE_READONLY_ROLLBACK). The
 * view is then a copy of file + journal (+ WAL, if any) in a temporary folder, recovered
 * there; the real file is recovered by the writable open that follows a successful check.
 * The header may say WAL too: leaving WAL mode on close rewrites the header through a
 * rollback journal, so a crash during close leaves exactly that.
 */
function withRecoveredCopy<T>(path: string, fn: (db: Database.Database) => T): { value: T } | null {
  const dir = mkdtempSync(join(tmpdir(), 'needle-check-'))
  const copy = join(dir, 'project.needle')
  try {
    copyFileSync(path, copy)
    try {
      copyFileSync(`${path}-journal`, `${copy}-journal`)
    } catch (err) {
      // Gone already: it was a writer's, whose transaction has ended since.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`)
    const db = new Database(copy, { fileMustExist: true })
    try {
      db.pragma('trusted_schema = OFF')
      return { value: fn(db) }
    } finally {
      db.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Runs `fn` on a read-only view of the file. A read-only SQLite connection to a file whose
 * header says WAL creates -wal and -shm beside it and leaves them there; when there is no
 * WAL content to read, the view is an in-memory copy instead (header patched to rollback
 * mode, which memory databases need), so checking a file leaves its folder as it was.
 * Not while someone holds the lock: their next checkpoint could change the file under the
 * copy, and their -wal and -shm exist anyway.
 */
export function withReadOnlyView<T>(path: string, header: SqliteHeader, fn: (db: Database.Database) => T): T {
  // A journal beside a file that a live process holds is that process's transaction in
  // progress, not a crash's leftover: the read-only connection below waits for it to end.
  if (hasHotJournal(path) && !isHeldLive(path)) {
    const recovered = withRecoveredCopy(path, fn)
    if (recovered) return recovered.value
  }
  let db: Database.Database
  const quiet = header.walMode && !hasLiveWal(path) && !existsSync(lockPathFor(path))
  if (quiet && statSync(path).size <= MAX_IN_MEMORY_BYTES) {
    const bytes = readFileSync(path)
    bytes[18] = 1
    bytes[19] = 1
    db = new Database(bytes, { readonly: true })
  } else {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 })
  }
  try {
    db.pragma('trusted_schema = OFF')
    return fn(db)
  } catch (err) {
    // The holder's lock stood (another machine's, which cannot be checked) but its journal is
    // hot after all: recover it in a copy, as for a local crash.
    const recovered = (err as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK' ? withRecoveredCopy(path, fn) : null
    if (recovered) return recovered.value
    throw err
  } finally {
    db.close()
  }
}

function notAProject(path: string, why: string): NeedleError {
  return new NeedleError(
    'not_a_project',
    `${path} is not a Needle project: ${why}. It was left untouched. Open a .needle file made by Needle, or import this file as a source instead.`,
  )
}

export function damaged(path: string, detail: string): NeedleError {
  const backups = listBackups(path)
  const offer = backups.length
    ? ` The newest backup is ${basename(backups[0])}: restore it with "needle restore ${path}" or from the Open dialog's offer.`
    : ' There is no backup beside it to restore.'
  // SQLite's reports span lines; a refusal is one line (the CLI prints it as is).
  const oneLine = detail.replace(/\s+/g, ' ').trim()
  return new NeedleError('corrupt', `${path} is damaged (${oneLine}).${offer}`, { path, backups })
}

/** application_id and user_version as SQLite sees them, including commits still in a WAL. */
function identity(path: string, header: SqliteHeader): { applicationId: number; userVersion: number } {
  // The header lags behind commits that are still in a WAL (a crash while open), or holds
  // half a write (a crash mid-commit, with a hot journal), so then SQLite itself is asked.
  if (!hasLiveWal(path) && !hasHotJournal(path)) return { applicationId: header.applicationId, userVersion: header.userVersion }
  return withReadOnlyView(path, header, (db) => ({
    applicationId: (db.pragma('application_id', { simple: true }) as number) >>> 0,
    userVersion: db.pragma('user_version', { simple: true }) as number,
  }))
}

function missingTables(db: Database.Database): string[] {
  const present = new Set(
    (db.prepare(`SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')`).all() as Array<{ name: string }>).map((r) => r.name),
  )
  return REQUIRED_TABLES.filter((t) => !present.has(t))
}

function sqliteProblem(err: unknown): string {
  const code = (err as { code?: string }).code
  return code ? `${code}: ${(err as Error).message}` : (err as Error).message
}

/** Refuses, with a clear message, anything that is not a Needle project this Needle can read. */
export function checkIdentity(path: string): { header: SqliteHeader; schemaVersion: number } {
  if (!existsSync(path)) throw new NeedleError('not_found', `${path} does not exist. Check the path and the file name.`)
  if (!statSync(path).isFile()) throw notAProject(path, 'it is a folder')
  const header = readSqliteHeader(path)
  if (!header.isSqlite) throw notAProject(path, 'it is not an SQLite database at all')
  let id: { applicationId: number; userVersion: number }
  try {
    id = identity(path, header)
  } catch (err) {
    throw damaged(path, sqliteProblem(err))
  }
  if (id.applicationId !== APPLICATION_ID) {
    throw notAProject(path, `it is an SQLite database of another program (application_id 0x${id.applicationId.toString(16)})`)
  }
  if (id.userVersion > SCHEMA_VERSION) {
    throw new NeedleError(
      'future_version',
      `${path} was saved by a newer Needle (project schema v${id.userVersion}); this Needle reads up to schema v${SCHEMA_VERSION}. ` +
        'Update Needle to open it. The file was left untouched.',
      { fileVersion: id.userVersion, supportedVersion: SCHEMA_VERSION },
    )
  }
  return { header, schemaVersion: id.userVersion }
}

/** Problems quick_check (or a full integrity_check) and the table list find; empty when sound. */
export function structuralProblems(db: Database.Database, schemaVersion: number, full = false): string[] {
  const pragma = full ? 'integrity_check' : 'quick_check'
  const rows = db.pragma(pragma) as Array<Record<string, string>>
  const problems = rows.map((r) => Object.values(r)[0]).filter((m) => m !== 'ok')
  if (problems.length === 0 && schemaVersion === SCHEMA_VERSION) {
    const missing = missingTables(db)
    if (missing.length) problems.push(`missing tables: ${missing.join(', ')}`)
  }
  return problems
}

/**
 * References that point nowhere and highlights or turns that end past their document's text:
 * what a file edited by hand or by another program carries, and what new work would be built
 * on. `needle check` lists these and opening refuses on them, from this one function, so the
 * two never disagree. Offsets count UTF-16 code units (JavaScript's string length), so the
 * bound is each text's length in that same unit. SQLite counts neither: length() gives code
 * points (an emoji is 1 where a highlight counts 2) and a BLOB's length gives UTF-8 bytes
 * (an Arabic letter is 2 where a highlight counts 1), so JavaScript measures each document
 * that has highlights or turns, once.
 */
export function referenceProblems(db: Database.Database, limit = 20): { problems: string[]; total: number } {
  const broken = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number | null; parent: string }>
  const problems = broken.slice(0, limit).map((b) => `${b.table} row ${b.rowid ?? '?'} points to a missing ${b.parent} row`)
  let total = broken.length
  for (const r of outOfRangeSpans(db)) {
    total++
    if (problems.length < limit)
      problems.push(`${r.table} row ${r.id} spans ${r.start}-${r.stop}, outside its document's text (${r.length} characters)`)
  }
  if (total > problems.length) problems.push(`and ${total - problems.length} more broken references or offsets`)
  return { problems, total }
}

export interface OutOfRangeSpan {
  table: 'highlights' | 'utterances'
  id: number
  documentId: number
  start: number
  stop: number
  /** The document's text length in UTF-16 code units, the unit of the offsets. */
  length: number
}

/** Highlights and utterances whose span is not inside their document's text, in UTF-16 code units. */
export function outOfRangeSpans(db: Database.Database): OutOfRangeSpan[] {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[])
  if (!tables.has('documents')) return []
  const spanTables = (['highlights', 'utterances'] as const).filter((t) => tables.has(t))
  if (spanTables.length === 0) return []
  db.function('needle_utf16_length', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.length : 0))
  const lengths = new Map<number, number>()
  const referenced = spanTables.map((t) => `SELECT document_id FROM "${t}"`).join(' UNION ')
  for (const r of db.prepare(`SELECT id, needle_utf16_length(text) AS n FROM documents WHERE id IN (${referenced})`).iterate() as Iterable<{
    id: number
    n: number
  }>)
    lengths.set(r.id, r.n)
  db.function('needle_document_length', { deterministic: true }, (id: unknown) => lengths.get(Number(id)) ?? 0)
  const found: OutOfRangeSpan[] = []
  for (const table of spanTables) {
    const rows = db
      .prepare(
        `SELECT t.rowid AS id, t.document_id AS documentId, t.start, t."end" AS stop, needle_document_length(d.id) AS length
           FROM "${table}" t JOIN documents d ON d.id = t.document_id
          WHERE t.start < 0 OR t."end" < t.start OR t."end" > needle_document_length(d.id) ORDER BY t.rowid`,
      )
      .all() as Omit<OutOfRangeSpan, 'table'>[]
    for (const r of rows) found.push({ table, ...r })
  }
  return found
}

/** Validation before use: identity, quick_check, references and offsets. Returns the file's schema version or throws. */
export function inspectProjectFile(path: string): { schemaVersion: number } {
  const { header, schemaVersion } = checkIdentity(path)
  let problems: string[]
  let hostile: { type: string; name: string }[]
  let references: { problems: string[]; total: number }
  try {
    ;[problems, hostile, references] = withReadOnlyView(path, header, (db) => {
      const structural = structuralProblems(db, schemaVersion)
      // A file whose tables are not its label's fails inside the upgrade: refused here, in check's words.
      return [structural.length ? structural : labelProblems(db, schemaVersion), executableSchema(db), referenceProblems(db, 3)] as const
    })
  } catch (err) {
    throw damaged(path, sqliteProblem(err))
  }
  if (problems.length > 0) throw damaged(path, problems.slice(0, 3).join('; '))
  if (references.total > 0)
    throw damaged(
      path,
      `${references.total} broken references or offsets (${references.problems.slice(0, 3).join('; ')}); run "needle check" for the list`,
    )
  if (hostile.length > 0) {
    // trusted_schema=OFF stops schema SQL from calling functions, but a trigger would still
    // run on the researcher's own writes: such a file is refused, never opened.
    const what = hostile.map((h) => `${h.type} "${h.name}"`).join(', ')
    throw new NeedleError(
      'not_a_project',
      `${path} is not safe to open: it contains ${what}, which Needle's projects never have. It was not opened and was left untouched; run "needle check" on it for details, and ask whoever sent it for a clean copy.`,
    )
  }
  return { schemaVersion }
}

/** Triggers and views: schema objects that run SQL. Needle has no triggers, and only its own views. */
export function executableSchema(db: Database.Database): { type: string; name: string }[] {
  const rows = db.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE type IN ('trigger', 'view') ORDER BY type, name`).all() as {
    type: string
    name: string
    sql: string | null
  }[]
  return rows
    .filter((r) => !(r.type === 'view' && Object.hasOwn(NEEDLE_VIEWS, r.name) && squash(NEEDLE_VIEWS[r.name]) === squash(r.sql)))
    .map(({ type, name }) => ({ type, name }))
}

/** Why a backup cannot be restored, or null when it is a sound project this Needle reads. */
export function validateBackupFile(path: string): string | null {
  try {
    inspectProjectFile(path)
    return null
  } catch (err) {
    return err instanceof NeedleError ? err.code : sqliteProblem(err)
  }
}
