/**
 * A lock file beside the project says who has it open. A second opener is given
 * read-only access and told who holds it; a lock left by a dead process on this host
 * is taken over. Locks held by this same process are shared (the web server and the
 * CLI tests may open one project twice), counted so the last close removes the file.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { hostname, userInfo } from 'node:os'
import type { LockHolder } from '../../shared/domain'

const heldHere = new Map<string, number>()

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

export function readLock(projectPath: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPathFor(projectPath), 'utf8')) as Partial<LockHolder>
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null
    return { user: String(parsed.user ?? 'unknown'), host: parsed.host, pid: parsed.pid, since: String(parsed.since ?? '') }
  } catch {
    return null
  }
}

export type LockResult = { acquired: true } | { acquired: false; holder: LockHolder }

export function acquireLock(projectPath: string): LockResult {
  const lockPath = lockPathFor(projectPath)
  const me: LockHolder = { user: currentUser(), host: hostname(), pid: process.pid, since: new Date().toISOString() }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify(me, null, 2), { flag: 'wx' })
      heldHere.set(lockPath, 1)
      return { acquired: true }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    const holder = readLock(projectPath)
    if (holder && holder.host === me.host && holder.pid === me.pid) {
      heldHere.set(lockPath, (heldHere.get(lockPath) ?? 0) + 1)
      return { acquired: true }
    }
    const stale = !holder || (holder.host === me.host && !isAlive(holder.pid))
    if (!stale) return { acquired: false, holder: holder! }
    try {
      unlinkSync(lockPath)
    } catch {
      /* another process took it over first; the next attempt will see its lock */
    }
  }
  const holder = readLock(projectPath)
  return holder ? { acquired: false, holder } : { acquired: false, holder: { user: 'unknown', host: 'unknown', pid: 0, since: '' } }
}

export function releaseLock(projectPath: string): void {
  const lockPath = lockPathFor(projectPath)
  const count = heldHere.get(lockPath) ?? 0
  if (count > 1) {
    heldHere.set(lockPath, count - 1)
    return
  }
  heldHere.delete(lockPath)
  const holder = readLock(projectPath)
  if (holder && holder.pid === process.pid && holder.host === hostname()) {
    try {
      unlinkSync(lockPath)
    } catch {
      /* already gone */
    }
  }
}
