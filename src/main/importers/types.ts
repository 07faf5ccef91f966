/**
 * What every importer receives and returns. The import service (src/main/services/imports)
 * owns the transaction, the checksum, progress and cancellation; an importer only turns
 * one file's bytes into rows through the SourceStore, inside that transaction.
 * The bytes come as FileContent, not as one buffer: tables stream them piece by piece
 * (a 500 MB export must import in less memory than its own size); transcripts read them whole.
 */
import type Database from 'better-sqlite3'
import type { ImportOptions } from '../../shared/import/types'
import type { ImportedSource } from '../../shared/contract/imports'
import type { SourceStore } from '../services/sources/store'
import type { FileContent } from './content'

export type { FileContent }

export interface ImportJob {
  db: Database.Database
  store: SourceStore
  /** Absolute path; error messages name basename(file). */
  file: string
  content: FileContent
  checksum: string
  /** Whether the bytes are valid UTF-8, when the service already knows (its checksum pass finds out). */
  validUtf8?: boolean
  options: ImportOptions
  /** Report progress; cheap to call often (the service throttles). */
  progress(done: { rows?: number; bytes?: number; totalBytes?: number }): void
  /** Aborted when the researcher cancels: throw NeedleError('cancelled') at the next row. */
  signal: AbortSignal
}

/** What one file's import did: the same shape the import channel returns to the app and the CLI. */
export type ImportOutcome = ImportedSource

export type Importer = (job: ImportJob) => Promise<ImportOutcome>
