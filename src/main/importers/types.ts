/**
 * What every importer receives and returns. The import service (src/main/services/imports)
 * owns the transaction, the checksum, progress and cancellation; an importer only turns
 * one file's bytes into rows through the ImportStore it is handed (the service's SourceStore),
 * inside that transaction. Importers import no service: what they need comes in the job.
 * The bytes come as FileContent, not as one buffer: tables stream them piece by piece
 * (a 500 MB export must import in less memory than its own size); transcripts read them whole.
 */
import type Database from 'better-sqlite3'
import type { AttributeType, Direction, SourceKind } from '../../shared/domain'
import type { ImportOptions } from '../../shared/import/types'
import type { ImportedSource } from '../../shared/contract/imports'
import type { FileContent } from './content'

export type { FileContent }

export interface NewSource {
  kind: SourceKind
  name: string
  fileName: string | null
  checksum: string | null
  encoding: string | null
  rowCount: number | null
  mapping?: unknown
  report?: unknown
}

export interface NewDocument {
  sourceId: number
  participantId: number | null
  title: string
  text: string
  direction: Direction
  question?: string | null
  rowNumber?: number | null
  occurredAt?: string | null
}

export interface NewUtterance {
  documentId: number
  seq: number
  speaker: string | null
  participantId: number | null
  start: number
  end: number
  timeStartMs?: number | null
  timeEndMs?: number | null
}

/** The writes an importer makes: services/sources/store.ts (SourceStore) is the one implementation. */
export interface ImportStore {
  addSource(s: NewSource): number
  setReport(sourceId: number, report: unknown, rowCount: number | null): void
  /** Finds or creates the participant with this label (respondent id, account id). */
  participant(label: string, opts?: { displayName?: string; interviewer?: boolean }): number
  /** A new participant under this label, or "label (2)"… when it is taken: a row that is a person of its own. */
  newParticipant(label: string, opts?: { displayName?: string }): number
  /** The participant a transcript's speaker belongs to, honouring the researcher's earlier merges. */
  speaker(label: string, interviewer: boolean): number
  /** Records that a participant came from this source (a survey row, an event's customer); documents and turns record it themselves. */
  linkSource(sourceId: number, participantId: number): void
  attribute(name: string, type: AttributeType): number
  setAttributes(participantId: number, ids: readonly number[], values: ReadonlyArray<string | null>, count?: number): void
  /** `index` false leaves the document out of the full-text index until indexDocuments runs. */
  addDocument(d: NewDocument, index?: boolean): number
  indexDocuments(sourceId: number, afterId: number, limit: number): number | null
  addUtterance(u: NewUtterance): void
}

export interface ImportJob {
  db: Database.Database
  store: ImportStore
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
