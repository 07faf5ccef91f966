/**
 * Backups live in `<name>.needle.backups/` beside the project. They are taken before
 * migrations and once a day on open, so a damaged file always has a recent copy to
 * fall back on. VACUUM INTO writes a compact, self-contained copy inside SQLite's own
 * locking, so a backup is never a torn file.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { basename, join } from 'node:path'
import type Database from 'better-sqlite3'

const KEEP = 10
const DAY_MS = 24 * 60 * 60 * 1000

export function backupDirFor(projectPath: string): string {
  return `${projectPath}.backups`
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-')
}

export function listBackups(projectPath: string): string[] {
  const dir = backupDirFor(projectPath)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.needle'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs || b.localeCompare(a))
}

export function writeBackup(db: Database.Database, projectPath: string, reason: string): string {
  const dir = backupDirFor(projectPath)
  mkdirSync(dir, { recursive: true })
  const target = join(dir, `${basename(projectPath, '.needle')}-${stamp()}-${reason}.needle`)
  db.prepare('VACUUM INTO ?').run(target)
  for (const old of listBackups(projectPath).slice(KEEP)) unlinkSync(old)
  return target
}

export function backupIsDue(projectPath: string): boolean {
  const newest = listBackups(projectPath)[0]
  return !newest || Date.now() - statSync(newest).mtimeMs > DAY_MS
}

/** Puts the newest backup in place of a damaged project; the damaged file is kept aside, never deleted. */
export function restoreLatestBackup(projectPath: string): { restoredFrom: string; damagedKeptAt: string } {
  const newest = listBackups(projectPath)[0]
  if (!newest) throw new Error('no backup')
  const damagedKeptAt = `${projectPath}.damaged-${stamp()}`
  renameSync(projectPath, damagedKeptAt)
  for (const side of ['-wal', '-shm']) if (existsSync(projectPath + side)) renameSync(projectPath + side, damagedKeptAt + side)
  copyFileSync(newest, projectPath)
  return { restoredFrom: newest, damagedKeptAt }
}
