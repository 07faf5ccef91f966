/**
 * Restoring a damaged project from its backups (backup.ts writes them). Apart from backup.ts
 * because it needs inspect.ts to judge each backup, and inspect.ts needs backup.ts to offer them.
 */
import { copyFileSync, existsSync, renameSync, unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { NeedleError } from '../../shared/errors'
import { backupDirFor, baseName, listBackups, stamp } from './backup'
import { validateBackupFile } from './inspect'
import { acquireLock, releaseLock } from './lock'

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
