/**
 * The full health check behind `needle check`: everything opening checks, plus the slow
 * checks opening skips (integrity_check reads every page and index; foreign_key_check
 * every reference). Read-only, like all validation: checking a file never changes it.
 */
import type { ProjectFileCheck } from '../../shared/contract/app'
import { NeedleError } from '../../shared/errors'
import { listBackups } from './backup'
import { checkIdentity, structuralProblems, withReadOnlyView } from './inspect'
import { SCHEMA_VERSION } from './migrations'

const MAX_LISTED = 20

export function checkProjectFile(path: string): ProjectFileCheck {
  // Not a project, or from a newer Needle: those are refusals, not findings.
  const { header, schemaVersion } = checkIdentity(path)
  const problems: string[] = []
  try {
    withReadOnlyView(path, header, (db) => {
      problems.push(...structuralProblems(db, schemaVersion, true).slice(0, MAX_LISTED))
      if (problems.length > 0) return // references in a broken file are not worth reading
      const broken = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number | null; parent: string }>
      for (const b of broken.slice(0, MAX_LISTED)) {
        problems.push(`${b.table} row ${b.rowid ?? '?'} points to a missing ${b.parent} row`)
      }
      if (broken.length > MAX_LISTED) problems.push(`and ${broken.length - MAX_LISTED} more broken references`)
    })
  } catch (err) {
    if (err instanceof NeedleError) throw err
    problems.push(String((err as Error)?.message ?? err))
  }
  return {
    path,
    ok: problems.length === 0,
    schemaVersion,
    needsUpgrade: schemaVersion < SCHEMA_VERSION,
    problems: problems.map((p) => p.replace(/\s+/g, ' ').trim()),
    backups: listBackups(path),
  }
}
