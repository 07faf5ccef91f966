/**
 * Export for sharing: a compact single file made with VACUUM INTO from the open project (a
 * consistent snapshot even while it is in use), optionally anonymised. Anonymisation works on
 * the copy only, then the copy is vacuumed again so the original text is not left in its free
 * pages, and only then renamed to the name asked for: the open project is never written.
 */
import Database from 'better-sqlite3'
import { existsSync, rmSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { AnonymiseCounts, SharingCopy } from '../../../shared/contract/interop'
import { NeedleError } from '../../../shared/errors'
import { watchContentLanguage } from '../../db/languageCache'
import type { ProjectDb } from '../../db/open'
import { anonymiseCopy, type AnonymiseOptions } from './anonymise'
import { exportTarget, temporaryBeside } from './files'
import { renameSync } from 'node:fs'

export function exportForSharing(project: ProjectDb, rawPath: string, anonymise: boolean, options: AnonymiseOptions = {}): SharingCopy {
  const target = exportTarget(rawPath, '.needle', project.path)
  if (existsSync(target)) throw new NeedleError('already_exists', `${target} already exists. Choose another name for the copy.`)
  const tmp = temporaryBeside(target)
  rmSync(tmp, { force: true })
  let replaced: AnonymiseCounts | null = null
  try {
    project.db.prepare('VACUUM INTO ?').run(tmp)
    const copy = new Database(tmp, { fileMustExist: true })
    try {
      copy.pragma('trusted_schema = OFF')
      copy.pragma('foreign_keys = ON')
      // Anonymising rewrites text the kept language was worked out from.
      watchContentLanguage(copy)
      if (anonymise) {
        // The originals must not survive anywhere in the file: freed pages are zeroed, the rollback journal
        // stays in memory (never a file on disk beside the copy), and VACUUM rewrites the file from live rows only.
        copy.pragma('secure_delete = ON')
        copy.pragma('journal_mode = MEMORY')
        replaced = anonymiseCopy(copy, options)
        copy.exec('VACUUM')
      }
      // Rollback mode, so the copy that travels is one file with no -wal beside it.
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    renameSync(tmp, target)
  } catch (err) {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true })
    if (err instanceof NeedleError) throw err
    throw new NeedleError(
      'unreadable_file',
      `Could not write the copy ${basename(target)}: ${(err as Error).message}. The project itself was not changed.`,
    )
  }
  return {
    path: target,
    anonymised: anonymise,
    pseudonyms: replaced?.participants ?? 0,
    maskedEmails: replaced?.emails ?? 0,
    maskedPhones: replaced?.phones ?? 0,
    replaced,
    bytes: statSync(target).size,
  }
}
