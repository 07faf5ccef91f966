/**
 * Create, open and close `.needle` project files.
 *
 * Opening validates before it writes (inspect.ts: the header by hand, then SQLite on a
 * read-only view for application_id, user_version and quick_check). Only a file that
 * passes all of that is opened for writing, backed up and migrated, so a foreign or
 * future file is never modified. While open the file is in WAL mode; closing folds the
 * WAL back in and returns to rollback mode, so the closed file travels alone.
 */
import Database from 'better-sqlite3'
import { existsSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { NeedleError } from '../../shared/errors'
import type { LockHolder } from '../../shared/domain'
import { backupDirFor, backupIsDue, writeBackup } from './backup'
import { APPLICATION_ID } from './fileFormat'
import { damaged, inspectProjectFile } from './inspect'
import { watchContentLanguage } from './languageCache'
import { acquireLock, lockPathFor, releaseLock } from './lock'
import { migrate } from './migrate'
import { SCHEMA_VERSION } from './migrations'
import { ensureSearchIndexCurrent, recordNormaliser } from './searchIndex'

export { inspectProjectFile } from './inspect'

export interface ProjectDb {
  readonly db: Database.Database
  readonly path: string
  readonly readOnly: boolean
  readonly lockedBy: LockHolder | null
  close(): void
}

const BUSY_TIMEOUT_MS = 5000

function applyConnectionPragmas(db: Database.Database): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  // Schema-embedded SQL (views, triggers) may not call functions with side effects:
  // a project file is a document from someone else, not trusted code.
  db.pragma('trusted_schema = OFF')
  db.pragma('foreign_keys = ON')
}

function errorCode(err: unknown): string | undefined {
  return (err as { code?: string })?.code
}

function safeClose(db: Database.Database | null): void {
  try {
    if (db?.open) db.close()
  } catch {
    /* closing after a failure: the original error is the one worth reporting */
  }
}

/** Switches the closed file out of WAL mode; false when another connection still has it open. */
function leaveWal(path: string): boolean {
  let db: Database.Database | null = null
  try {
    db = new Database(path, { fileMustExist: true, timeout: 0 })
    db.pragma('journal_mode = DELETE')
    return true
  } catch {
    return false
  } finally {
    safeClose(db)
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4))
/** How long a closing holder waits for a viewer that is closing at the same moment. */
const VIEWER_RETRIES = 10
const VIEWER_RETRY_MS = 50

/**
 * A read-only connection cannot fold a WAL back in, so a viewer that outlives the holder
 * (or a read-only open of a file left in WAL mode) would leave -wal and -shm beside the
 * project. When nobody holds the project any more, the viewer tidies up: a checkpoint
 * changes how the file is stored, never what it holds.
 */
function tidyAfterViewer(path: string): void {
  if (!existsSync(`${path}-wal`) && !existsSync(`${path}-shm`)) return
  if (existsSync(lockPathFor(path))) return // the holder's own close does it
  const lock = acquireLock(path)
  if (!lock.acquired) return
  try {
    leaveWal(path) // if someone opened it meanwhile, their close tidies up instead
  } finally {
    releaseLock(path)
  }
}

function handle(db: Database.Database, path: string, readOnly: boolean, lockedBy: LockHolder | null): ProjectDb {
  // Every write to the content through this connection forgets the kept language (languageCache.ts).
  if (!readOnly) watchContentLanguage(db)
  let closed = false
  return {
    db,
    path,
    readOnly,
    lockedBy,
    close() {
      if (closed) return
      closed = true
      let inWal = false
      try {
        if (!readOnly && db.open) {
          // Fold the WAL back in and leave WAL mode, so the closed file travels alone:
          // no -wal or -shm beside it on a shared drive or in an e-mail.
          // main only: an unqualified checkpoint also visits temp, and fails with "database table is
          // locked" on a connection whose TEMP triggers (languageCache.ts, undo) ran nothing since they were made.
          db.pragma('main.wal_checkpoint(TRUNCATE)')
          try {
            db.pragma('journal_mode = DELETE')
          } catch {
            // A read-only viewer still has it open; the checkpoint already put every commit
            // into the file, so only the empty -wal and -shm are left to remove.
            inWal = true
          }
        }
      } finally {
        safeClose(db)
        if (readOnly) tidyAfterViewer(path)
        else {
          // A viewer closing at this same moment sees our lock and leaves the tidying to
          // us, so we retry briefly while still holding it. A viewer that stays open tidies
          // up when it closes, once our lock is gone.
          for (let i = 0; inWal && i < VIEWER_RETRIES; i++) {
            Atomics.wait(pause, 0, 0, VIEWER_RETRY_MS)
            inWal = !leaveWal(path)
          }
          releaseLock(path)
        }
      }
    },
  }
}

function creationError(path: string, err: unknown): NeedleError {
  if (err instanceof NeedleError) return err
  const code = errorCode(err)
  if (code === 'EEXIST') return new NeedleError('already_exists', `${path} already exists. Choose another name, or open it instead.`)
  if (code === 'ENOENT') return new NeedleError('not_found', `Cannot create ${path}: the folder ${dirname(path)} does not exist.`)
  if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
    return new NeedleError('read_only', `Cannot create ${path}: the folder ${dirname(path)} is not writable. Choose another folder.`)
  }
  return new NeedleError('internal', `Could not create ${path}: ${(err as Error)?.message ?? String(err)}`)
}

export function createProject(rawPath: string, name?: string): ProjectDb {
  const path = resolve(rawPath)
  // Claiming the name with an exclusive create means two creators racing, or a file that
  // appears meanwhile, can never be overwritten. An empty file is an empty SQLite database.
  try {
    writeFileSync(path, '', { flag: 'wx' })
  } catch (err) {
    throw creationError(path, err)
  }
  let db: Database.Database | null = null
  let locked = false
  try {
    const lock = acquireLock(path)
    if (!lock.acquired) throw new NeedleError('read_only', `Cannot create ${path}: a lock for it is held by another process.`)
    locked = true
    db = new Database(path, { fileMustExist: true })
    applyConnectionPragmas(db)
    const now = new Date().toISOString()
    migrate(db, 0, (tx) => {
      tx.pragma(`application_id = ${APPLICATION_ID}`)
      const meta = tx.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?)')
      meta.run('name', name ?? basename(path).replace(/\.needle$/i, ''))
      meta.run('created_at', now)
      recordNormaliser(tx)
    })
    db.pragma('journal_mode = WAL')
    return handle(db, path, false, null)
  } catch (err) {
    safeClose(db)
    if (locked) releaseLock(path)
    // The half-made file is ours (created above), so it goes rather than confusing the next open.
    for (const f of [path, `${path}-journal`, `${path}-wal`, `${path}-shm`]) {
      try {
        unlinkSync(f)
      } catch {
        /* not there */
      }
    }
    throw creationError(path, err)
  }
}

/**
 * A second writable connection to a project this process already holds open (and so has in WAL
 * mode): a job worker writes through it while the holder's connection keeps reading. It takes no
 * lock and leaves the journal mode alone: the holder's close folds the WAL back in.
 */
export function openJobConnection(rawPath: string): Database.Database {
  const db = new Database(resolve(rawPath), { fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
  applyConnectionPragmas(db)
  // The job writes content (imports, merges): like every writable connection it forgets the kept language.
  watchContentLanguage(db)
  return db
}

export interface OpenOptions {
  /** Open read-only even when nobody else holds the project. */
  readOnly?: boolean
}

function openReadOnly(path: string, schemaVersion: number, lockedBy: LockHolder | null, asked: boolean): ProjectDb {
  if (schemaVersion < SCHEMA_VERSION) {
    const why = lockedBy
      ? `${lockedBy.user} on ${lockedBy.host} has it open since ${lockedBy.since}. Try again when it is closed`
      : asked
        ? 'it was opened read-only. Open it normally to upgrade it'
        : 'its folder is not writable. Copy it somewhere writable first'
    throw new NeedleError('read_only', `${path} needs an upgrade from schema v${schemaVersion} to v${SCHEMA_VERSION}, but ${why}.`)
  }
  let db: Database.Database | null = null
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
    applyConnectionPragmas(db)
    // Proves the connection can read (the holder's WAL included) before anyone relies on it.
    db.prepare('SELECT count(*) FROM sqlite_schema').get()
  } catch (err) {
    safeClose(db)
    if (errorCode(err) === 'SQLITE_READONLY_ROLLBACK') {
      throw new NeedleError(
        'read_only',
        `${path} was left in the middle of a write by a program that stopped (a crash or power loss). ` +
          'Open it normally (not read-only) once, so Needle can roll the unfinished write back.',
      )
    }
    throw errorCode(err) === 'SQLITE_CORRUPT' || errorCode(err) === 'SQLITE_NOTADB'
      ? damaged(path, (err as Error).message)
      : new NeedleError('internal', `Could not open ${path} read-only: ${(err as Error).message}`)
  }
  return handle(db, path, true, lockedBy)
}

export function openProject(rawPath: string, options: OpenOptions = {}): ProjectDb {
  const path = resolve(rawPath)
  const { schemaVersion } = inspectProjectFile(path)

  const lock = options.readOnly ? null : acquireLock(path)
  if (!lock || !lock.acquired) return openReadOnly(path, schemaVersion, lock && !lock.acquired ? lock.holder : null, !lock)

  let db: Database.Database | null = null
  try {
    db = new Database(path, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
    applyConnectionPragmas(db)
    if (schemaVersion < SCHEMA_VERSION) {
      writeBackup(db, path, `before-v${SCHEMA_VERSION}`)
      try {
        migrate(db, schemaVersion)
      } catch (err) {
        throw new NeedleError(
          'internal',
          `Could not upgrade ${path} from schema v${schemaVersion} to v${SCHEMA_VERSION}: ${(err as Error).message}. ` +
            `The file was left at v${schemaVersion}; a backup is in ${backupDirFor(path)}.`,
        )
      }
    } else if (backupIsDue(path)) {
      try {
        writeBackup(db, path, 'daily')
      } catch {
        /* a missed daily backup must not lock a researcher out of their project; the next open tries again */
      }
    }
    ensureSearchIndexCurrent(db)
    db.pragma('journal_mode = WAL')
  } catch (err) {
    safeClose(db)
    releaseLock(path)
    if (err instanceof NeedleError) throw err
    if (errorCode(err) === 'SQLITE_CORRUPT' || errorCode(err) === 'SQLITE_NOTADB') throw damaged(path, (err as Error).message)
    throw new NeedleError('internal', `Could not open ${path}: ${(err as Error).message}`)
  }
  return handle(db, path, false, null)
}
