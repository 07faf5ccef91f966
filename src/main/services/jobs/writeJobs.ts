/**
 * The long writes (transcript and table imports, REFI-QDA imports, merges) as plain jobs over a
 * database handle: the job worker (jobWorker.ts) runs them on its own connection to the project
 * file, and the same function runs in-process where no worker can start. Each job is one
 * transaction, so a cancel or a failure leaves the project exactly as it was.
 */
import type Database from 'better-sqlite3'
import type { MergeReport, QdpxImportReport } from '../../../shared/contract/interop'
import type { ImportOutcome } from '../../importers/types'
import { importFiles, type ImportProgress, type ImportRequest } from '../imports/run'
import { mergeProjectFile } from '../interop/merge'
import { importRefiFile } from '../interop/qdpx/import'

export type WriteJob =
  | { kind: 'import'; projectPath: string; files: ImportRequest[] }
  | { kind: 'refi'; projectPath: string; path: string }
  | { kind: 'merge'; projectPath: string; path: string }

export type WriteValue = ImportOutcome[] | QdpxImportReport | MergeReport

export interface WriteHooks {
  /** Read between rows by the importers (the in-process path's cancel). */
  signal: AbortSignal
  onProgress?: (p: ImportProgress) => void
  /** The last word before COMMIT: a throw rolls the whole job back (jobWorker.ts decides cancel against commit here). */
  beforeCommit: () => void
}

export function runWriteJob(db: Database.Database, job: WriteJob, hooks: WriteHooks): Promise<WriteValue> {
  switch (job.kind) {
    case 'import':
      return importFiles(db, job.files, hooks)
    case 'refi':
      return Promise.resolve().then(() => importRefiFile(db, job.path, hooks.beforeCommit))
    case 'merge':
      return Promise.resolve().then(() => mergeProjectFile(db, job.projectPath, job.path, hooks.beforeCommit))
  }
}
