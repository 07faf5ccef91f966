/**
 * The exports that can grow with the project (REFI-QDA .qdpx, the codings and matrix CSVs), as
 * plain jobs over a database handle: the export worker runs them on its own read-only connection,
 * and the same function runs in-process where no worker can start.
 */
import type Database from 'better-sqlite3'
import type { ExportResult } from '../../../shared/contract/interop'
import { exportTarget, writeAtomically } from './files'
import { exportQdpx } from './qdpx/export'
import { codingsCsv, matrixCsv } from './tables'

export type ExportJob =
  { kind: 'qdpx'; path: string; projectPath: string } | { kind: 'csv'; path: string; projectPath: string; table: 'codings' | 'matrix' }

export type ExportValue = ExportResult | { path: string; rows: number }

export function runExportJob(db: Database.Database, job: ExportJob): ExportValue {
  if (job.kind === 'qdpx') return exportQdpx(db, job.path, job.projectPath)
  const target = exportTarget(job.path, '.csv', job.projectPath)
  const { csv, rows } = job.table === 'matrix' ? matrixCsv(db) : codingsCsv(db)
  writeAtomically(target, csv)
  return { path: target, rows }
}

/** Where a job writes before renaming into place (files.ts's temporary name), to remove after a cancel. */
export function targetOf(job: ExportJob): string {
  return exportTarget(job.path, job.kind === 'qdpx' ? '.qdpx' : '.csv', job.projectPath)
}
