/**
 * Create, open and close `.needle` project files.
 *
 * Opening validates before it writes: the header is read by hand, then SQLite opens the
 * file read-only to check application_id, user_version and quick_check. Only a file that
 * passes all of that is opened for writing, backed up and migrated. A foreign or future
 * file is therefore never modified.
 */
import Database from 'better-sqlite3'
import { existsSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { NeedleError } from '../../shared/errors'
import type { LockHolder } from '../../shared/domain'
import { backupIsDue, listBackups, writeBackup } from './backup'
import { APPLICATION_ID, readSqliteHeader } from './fileFormat'
import { acquireLock, releaseLock } from './lock'
import { migrations, SCHEMA_VERSION } from './migrations'

export interface ProjectDb {
  readonly db: Database.Database
  readonly path: string
  readonly readOnly: boolean
  readonly lockedBy: LockHolder | null
  close(): void
}

function applyConnectionPragmas(db: Database.Database): void {
  db.pragma('busy_timeout = 5000')
  // Schema-embedded SQL (views, triggers) may not call functions with side effects:
  // a project file is a document from someone else, not trusted code.
  db.pragma('trusted_schema = OFF')
  db.pragma('foreign_keys = ON')
}

function migrate(db: Database.Database, from: number): void {
  db.transaction(() => {
    for (let v = from; v < SCHEMA_VERSION; v++) migrations[v].up(db)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  }).immediate()
}

function handle(db: Database.Database, path: string, readOnly: boolean, lockedBy: LockHolder | null): ProjectDb {
  let closed = false
  return {
    db,
    path,
    readOnly,
    lockedBy,
    close() {
      if (closed) return
      closed = true
      try {
        if (!readOnly) {
          // Fold the WAL back in and leave rollback-journal mode, so the closed file
          // travels alone: no -wal or -shm beside it on a shared drive or in an e-mail.
          db.pragma('wal_checkpoint(TRUNCATE)')
          try {
            db.pragma('journal_mode = DELETE')
          } catch {
            /* a read-only viewer still has it open; SQLite removes the WAL when it leaves */
          }
        }
      } finally {
        db.close()
        if (!readOnly) releaseLock(path)
      }
    },
  }
}

export function createProject(rawPath: string, name?: string): ProjectDb {
  const path = resolve(rawPath)
  if (existsSync(path)) {
    throw new NeedleError('already_exists', `${path} already exists. Choose another name, or open it instead.`)
  }
  let db: Database.Database
  try {
    db = new Database(path)
  } catch (err) {
    throw new NeedleError('not_found', `Cannot create ${path}: ${(err as Error).message}. Check that the folder exists and is writable.`)
  }
  const lock = acquireLock(path)
  try {
    applyConnectionPragmas(db)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    migrate(db, 0)
    const now = new Date().toISOString()
    const meta = db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?)')
    db.transaction(() => {
      meta.run('name', name ?? basename(path).replace(/\.needle$/i, ''))
      meta.run('created_at', now)
    })()
    db.pragma('journal_mode = WAL')
  } catch (err) {
    db.close()
    if (lock.acquired) releaseLock(path)
    throw err
  }
  return handle(db, path, false, null)
}

/** Validation that never writes: returns the file's schema version or throws a clear refusal. */
export function inspectProjectFile(path: string): { schemaVersion: number } {
  if (!existsSync(path)) throw new NeedleError('not_found', `${path} does not exist.`)
  if (!statSync(path).isFile()) throw new NeedleError('not_a_project', `${path} is a folder, not a Needle project file.`)
  const header = readSqliteHeader(path)
  const hasWal = existsSync(`${path}-wal`)
  if (!header.isSqlite) {
    throw new NeedleError(
      'not_a_project',
      `${basename(path)} is not a Needle project: it is not an SQLite database at all. It was left untouched. ` +
        'Open a .needle file made by Needle, or import this file as a source instead.',
    )
  }
  // The header can lag behind an un-checkpointed WAL (a crash right after creation),
  // so when a WAL is present SQLite itself is asked, read-only.
  let applicationId = header.applicationId
  let userVersion = header.userVersion
  let ro: Database.Database | null = null
  try {
    ro = new Database(path, { readonly: true, fileMustExist: true })
    if (hasWal) {
      applicationId = (ro.pragma('application_id', { simple: true }) as number) >>> 0
      userVersion = ro.pragma('user_version', { simple: true }) as number
    }
    if (applicationId !== APPLICATION_ID) {
      throw new NeedleError(
        'not_a_project',
        `${basename(path)} is an SQLite database but not a Needle project (application_id ${applicationId}). It was left untouched.`,
      )
    }
    if (userVersion > SCHEMA_VERSION) {
      throw new NeedleError(
        'future_version',
        `${basename(path)} was saved by a newer Needle (project schema v${userVersion}); this Needle reads up to v${SCHEMA_VERSION}. ` +
          'Update Needle to open it. The file was left untouched.',
        { fileVersion: userVersion, supportedVersion: SCHEMA_VERSION },
      )
    }
    const check = ro.pragma('quick_check', { simple: false }) as Array<{ quick_check: string }>
    const problems = check.map((r) => r.quick_check).filter((m) => m !== 'ok')
    if (problems.length > 0) throw damaged(path, problems.slice(0, 5).join('; '))
  } catch (err) {
    if (err instanceof NeedleError) throw err
    throw damaged(path, (err as Error).message)
  } finally {
    ro?.close()
  }
  return { schemaVersion: userVersion }
}

function damaged(path: string, detail: string): NeedleError {
  const backups = listBackups(path)
  const offer = backups.length
    ? ` The newest backup is ${basename(backups[0])}: restore it (File → Open shows the offer; CLI: needle restore ${basename(path)}).`
    : ' There is no backup beside it to restore.'
  return new NeedleError('corrupt', `${basename(path)} is damaged (${detail}).${offer}`, { backups })
}

export interface OpenOptions {
  /** Open read-only even when nobody else holds the project. */
  readOnly?: boolean
}

export function openProject(rawPath: string, options: OpenOptions = {}): ProjectDb {
  const path = resolve(rawPath)
  const { schemaVersion } = inspectProjectFile(path)

  const lock = options.readOnly ? null : acquireLock(path)
  if (!lock || !lock.acquired) {
    const lockedBy = lock && !lock.acquired ? lock.holder : null
    const db = new Database(path, { readonly: true, fileMustExist: true })
    applyConnectionPragmas(db)
    if (schemaVersion < SCHEMA_VERSION) {
      db.close()
      throw new NeedleError(
        'read_only',
        `${basename(path)} needs an upgrade to schema v${SCHEMA_VERSION}, but ${lockedBy ? `${lockedBy.user} on ${lockedBy.host} has it open` : 'it was opened read-only'}. Try again when it is closed.`,
      )
    }
    return handle(db, path, true, lockedBy)
  }

  let db: Database.Database
  try {
    db = new Database(path, { fileMustExist: true })
    applyConnectionPragmas(db)
    if (schemaVersion < SCHEMA_VERSION) {
      writeBackup(db, path, `before-v${SCHEMA_VERSION}`)
      migrate(db, schemaVersion)
    } else if (backupIsDue(path)) {
      writeBackup(db, path, 'daily')
    }
    db.pragma('journal_mode = WAL')
  } catch (err) {
    releaseLock(path)
    throw err instanceof NeedleError ? err : new NeedleError('internal', `Could not open ${basename(path)}: ${(err as Error).message}`)
  }
  return handle(db, path, false, null)
}
