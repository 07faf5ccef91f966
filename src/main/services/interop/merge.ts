/**
 * Merging a teammate's copy: their file is validated and opened READ-ONLY (it is never
 * changed), refused when it carries triggers, views or a drifted schema, read whole, and
 * added to the open project in ONE transaction.
 */
import { basename, resolve } from 'node:path'
import type { MergeReport } from '../../../shared/contract/interop'
import { NeedleError } from '../../../shared/errors'
import { schemaFindings } from '../../db/check'
import { openProject } from '../../db/open'
import { SCHEMA_VERSION } from '../../db/migrations'
import type Database from 'better-sqlite3'
import { applyBundle } from './apply'
import { readBundle } from './fromDb'

/** `db` is a writable connection to the project at `projectPath`; `beforeCommit` may throw to cancel (the transaction rolls back). */
export function mergeProjectFile(db: Database.Database, projectPath: string, rawPath: string, beforeCommit = () => {}): MergeReport {
  const other = resolve(rawPath)
  if (other === projectPath)
    throw new NeedleError('invalid_input', `${basename(other)} is the open project itself. Choose your teammate's copy.`)
  const theirs = openProject(other, { readOnly: true })
  let bundle
  try {
    const version = theirs.db.pragma('user_version', { simple: true }) as number
    if (version !== SCHEMA_VERSION) {
      throw new NeedleError(
        'read_only',
        `${basename(other)} is at schema v${version}; open it once in this Needle (it upgrades, after a backup), then merge it.`,
      )
    }
    const findings = schemaFindings(theirs.db)
    if (findings.length) {
      throw new NeedleError('corrupt', `${basename(other)} was not merged: ${findings[0]}. Nothing was changed.`, { file: other, findings })
    }
    bundle = readBundle(theirs.db)
  } finally {
    theirs.close()
  }
  const { dropped, ...report } = db
    .transaction(() => {
      const applied = applyBundle(db, bundle, other)
      // The last word before COMMIT: a job cancelled by now throws here, and everything rolls back.
      beforeCommit()
      return applied
    })
    .immediate()
  void dropped
  return report
}
