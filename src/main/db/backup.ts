/**
 * Backups live in `<name>.needle.backups/` beside the project. They are taken before
 * migrations and once a day on open, so a damaged file always has a recent copy to
 * fall back on. VACUUM INTO writes a compact, self-contained copy inside SQLite's own
 * locking; it writes to a temporary name first, so a backup cut short (disk full, power
 * loss) is never mistaken for the newest good one.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { basename, join } from 'node:path'
import type Database from 'better-sqlite3'
import { NeedleError } from '../../shared/errors'

const KEEP = 10
const DAY_MS = 24 * 60 * 60 * 1000
const STAMP = /(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)/

export function backupDirFor(projectPath: string): string {
  return `${projectPath}.backups`
}

/** The time in a backup's or a kept-aside file's name: sortable, and legal in every file system. */
export function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-')
}

export function baseName(projectPath: string): string {
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
