/**
 * A lock file beside the project says who has it open. A second opener is given
 * read-only access and told who holds it; a lock left by a dead process on this host
 * is taken over. Locks held by this same process are shared (the web server and the
 * CLI tests may open one project twice), counted so the last close removes the file.
 *
 * The lock file is written whole before it appears (temp file + hard link, which fails
 * if a lock exists), so another process never reads a half-written lock and mistakes it
 * for garbage. A stale lock is renamed aside before it is removed, so two processes
 * taking over at once cannot delete each other's fresh lock.
 */
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { hostname, userInfo } from 'node:os'
import type { LockHolder } from '../../shared/domain'

const heldHere = new Map<string, number>()

/** A lock file that cannot be parsed is only treated as abandoned once it is this old. */
const GARBAGE_GRACE_MS = 10_000

export function lockPathFor(projectPath: string): string {
  return `${projectPath}.lock`
}

function currentUser(): string {
  try {
    return process.env.NEEDLE_USER || userInfo().username
  } catch {
    return 'unknown'
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseLock(text: string): LockHolder | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null
    return { user: String(parsed.user ?? 'unknown'), host: parsed.host, pid: parsed.pid, since: String(parsed.since ?? '') }
  } catch {
    return null
  }
}

function readLockFile(lockPath: string): LockHolder | null {
  try {
    return parseLock(readFileSync(lockPath, 'utf8'))
  } catch {
    return null
  }
}

export function readLock(projectPath: string): LockHolder | null {
  return readLockFile(lockPathFor(projectPath))
}

/** Whether a live process holds the project: a lock that exists and is not stale. */
export function isHeldLive(projectPath: string): boolean {
  const lockPath = lockPathFor(projectPath)
  return !isStale(readLockFile(lockPath), lockPath, hostname())
}

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException)?.code
}

/** Creates the lock file with its full content, or returns false if a lock already exists. */
function tryCreate(lockPath: string, me: LockHolder): boolean {
  const body = JSON.stringify(me, null, 2)
  const tmp = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  writeFileSync(tmp, body, { flag: 'wx' })
  try {
    linkSync(tmp, lockPath)
    return true
  } catch (err) {
    if (errno(err) === 'EEXIST') return false
    // Some shared drives (FAT, some SMB mounts) have no hard links: exclusive create instead.
    if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errno(err) ?? '')) {
      try {
        writeFileSync(lockPath, body, { flag: 'wx' })
        return true
      } catch (err2) {
        if (errno(err2) === 'EEXIST') return false
        throw err2
      }
    }
    throw err
  } finally {
    try {
      unlinkSync(tmp)
    } catch {
      /* already gone */
    }
  }
}

function isStale(holder: LockHolder | null, lockPath: string, host: string): boolean {
  if (!holder) {
    try {
      return Date.now() - statSync(lockPath).mtimeMs > GARBAGE_GRACE_MS
    } catch {
      return true
    }
  }
  // A process on another machine cannot be checked: its lock stands until it is released.
  return holder.host === host && !isAlive(holder.pid)
}

/** Moves a stale lock out of the way; if what was moved turns out to be live, puts it back. */
function takeOver(lockPath: string, host: string): void {
  const aside = `${lockPath}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`
  try {
    renameSync(lockPath, aside)
  } catch {
    return // someone else moved or released it first; the caller tries again
  }
  try {
    const moved = readLockFile(aside)
    if (moved && !isStale(moved, aside, host)) {
      try {
        linkSync(aside, lockPath)
      } catch {
        /* a newer lock is already in place, and that one stands */
      }
    }
  } finally {
    try {
      unlinkSync(aside)
    } catch {
      /* already gone */
    }
  }
}

let exitHookInstalled = false

/** A process that exits without closing (an uncaught error in the CLI) still frees its projects. */
function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const lockPath of heldHere.keys()) {
      const holder = readLockFile(lockPath)
      if (holder && holder.pid === process.pid && holder.host === hostname()) {
        try {
          unlinkSync(lockPath)
        } catch {
          /* already gone */
        }
      }
    }
  })
}

/** holder null: nobody holds it, but no lock can be written here (a read-only folder or medium). */
export type LockResult = { acquired: true } | { acquired: false; holder: LockHolder | null }

const UNWRITABLE = ['EACCES', 'EROFS', 'EPERM']

export function acquireLock(projectPath: string): LockResult {
  const lockPath = lockPathFor(projectPath)
  const host = hostname()
  const me: LockHolder = { user: currentUser(), host, pid: process.pid, since: new Date().toISOString() }
  installExitHook()
  for (let attempt = 0; attempt < 5; attempt++) {
    let created: boolean
    try {
      created = tryCreate(lockPath, me)
    } catch (err) {
      if (UNWRITABLE.includes(errno(err) ?? '')) return { acquired: false, holder: readLockFile(lockPath) }
      throw err
    }
    if (created) {
      heldHere.set(lockPath, 1)
      return { acquired: true }
    }
    const holder = readLockFile(lockPath)
    if (holder && holder.host === host && holder.pid === process.pid) {
      heldHere.set(lockPath, (heldHere.get(lockPath) ?? 0) + 1)
      return { acquired: true }
    }
    if (!isStale(holder, lockPath, host)) {
      return { acquired: false, holder: holder ?? { user: 'unknown', host: 'unknown', pid: 0, since: '' } }
    }
    takeOver(lockPath, host)
  }
  const holder = readLockFile(lockPath)
  return { acquired: false, holder: holder ?? { user: 'unknown', host: 'unknown', pid: 0, since: '' } }
}

export function releaseLock(projectPath: string): void {
  const lockPath = lockPathFor(projectPath)
  const count = heldHere.get(lockPath) ?? 0
  if (count > 1) {
    heldHere.set(lockPath, count - 1)
    return
  }
  heldHere.delete(lockPath)
  const holder = readLockFile(lockPath)
  if (holder && holder.pid === process.pid && holder.host === hostname()) {
    try {
      unlinkSync(lockPath)
    } catch {
      /* already gone */
    }
  }
}
