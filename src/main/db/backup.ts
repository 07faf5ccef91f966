/**
 * Backups live in `<name>.needle.backups/` beside the project. They are taken before
 * migrations and once a day on open, so a damaged file always has a recent copy to
 * fall back on. VACUUM INTO writes a compact, self-contained copy inside SQLite's own
 * locking; it writes to a temporary name first, so a backup cut short (disk full, power
 * loss) is never mistaken for the newest good one.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { NeedleError } from '../../shared/errors'
import { validateBackupFile } from './inspect'
import { acquireLock, releaseLock } from './lock'

const KEEP = 10
const DAY_MS = 24 * 60 * 60 * 1000
const STAMP = /(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)/

export function backupDirFor(projectPath: string): string {
  return `${projectPath}.backups`
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-')
}

function baseName(projectPath: string): string {
  return basename(projectPath).replace(/\.needle$/i, '')
}

/** Newest first. The time in the name wins over mtime, which a copied folder does not keep. */
export function listBackups(projectPath: string): string[] {
  const dir = backupDirFor(projectPath)
  if (!existsSync(dir)) return []
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.needle'))
    .map((f) => {
      const path = join(dir, f)
      return { path, stamp: STAMP.exec(f)?.[1] ?? '', mtime: statSync(path).mtimeMs }
    })
  return entries.sort((a, b) => b.stamp.localeCompare(a.stamp) || b.mtime - a.mtime || b.path.localeCompare(a.path)).map((e) => e.path)
}

export function writeBackup(db: Database.Database, projectPath: string, reason: string): string {
  const dir = backupDirFor(projectPath)
  mkdirSync(dir, { recursive: true })
  const target = join(dir, `${baseName(projectPath)}-${stamp()}-${reason}.needle`)
  const partial = `${target}.partial`
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    renameSync(partial, target)
  } catch (err) {
    if (existsSync(partial)) unlinkSync(partial)
    throw new NeedleError(
      'internal',
      `Could not write a backup of ${basename(projectPath)} into ${dir}: ${(err as Error).message}. Free some disk space or check the folder's permissions.`,
    )
  }
  for (const old of listBackups(projectPath).slice(KEEP)) unlinkSync(old)
  return target
}

export function backupIsDue(projectPath: string): boolean {
  const newest = listBackups(projectPath)[0]
  return !newest || Date.now() - statSync(newest).mtimeMs > DAY_MS
}

export interface RestoreResult {
  restoredFrom: string
  /** Where the replaced file now is (null when there was no file to replace). */
  damagedKeptAt: string | null
}

/**
 * Puts the newest backup that is itself sound in place of a damaged project. The damaged
 * file is kept aside (as `<name>.damaged-<time>.needle`, openable for salvage), never deleted.
 * Refused while another process has the project open: replacing a file under a live
 * connection would damage it for real.
 */
export function restoreLatestBackup(projectPath: string): RestoreResult {
  const name = basename(projectPath)
  const backups = listBackups(projectPath)
  if (backups.length === 0) {
    throw new NeedleError('not_found', `There is no backup of ${name} to restore (looked in ${backupDirFor(projectPath)}).`)
  }
  const lock = acquireLock(projectPath)
  if (!lock.acquired) {
    const who = lock.holder
      ? `${lock.holder.user} on ${lock.holder.host} (process ${lock.holder.pid}) has it open since ${lock.holder.since}`
      : 'its folder is not writable'
    throw new NeedleError('read_only', `Cannot restore ${name}: ${who}. Close it there first, then restore again.`)
  }
  try {
    const rejected: string[] = []
    const good = backups.find((b) => {
      const problem = validateBackupFile(b)
      if (problem) rejected.push(`${basename(b)}: ${problem}`)
      return !problem
    })
    if (!good) {
      throw new NeedleError('corrupt', `None of the backups of ${name} is usable (${rejected.join('; ')}).`, { rejected })
    }
    // Copied under a temporary name first, so the project name never points at half a file.
    const incoming = join(dirname(projectPath), `.${name}.restoring-${process.pid}`)
    try {
      copyFileSync(good, incoming)
    } catch (err) {
      if (existsSync(incoming)) unlinkSync(incoming)
      throw new NeedleError('internal', `Could not copy the backup ${basename(good)} beside ${name}: ${(err as Error).message}.`)
    }
    let damagedKeptAt: string | null = null
    if (existsSync(projectPath)) {
      damagedKeptAt = join(dirname(projectPath), `${baseName(projectPath)}.damaged-${stamp()}.needle`)
      renameSync(projectPath, damagedKeptAt)
    }
    // Sidecars belong to the damaged file: left in place they would be replayed into the restored one.
    for (const side of ['-wal', '-shm', '-journal']) {
      if (!existsSync(projectPath + side)) continue
      if (damagedKeptAt) renameSync(projectPath + side, damagedKeptAt + side)
      else unlinkSync(projectPath + side)
    }
    renameSync(incoming, projectPath)
    return { restoredFrom: good, damagedKeptAt }
  } finally {
    releaseLock(projectPath)
  }
}
