/** One file of an import as the dialog holds it between picking and importing. */
import type { ImportPreview } from '../../../../shared/import/preview'
import type { ImportOptions } from '../../../../shared/import/types'
import type { TableMapping } from '../../../../shared/import/mapping'
import type { SourceKind } from '../../../../shared/domain'

export interface ImportDraft {
  path: string
  preview: ImportPreview | null
  /** Why the file cannot be imported at all (unreadable, missing); shown on its step. */
  error: unknown
  loading: boolean
  kind: SourceKind | null
  /** Tables: the switches that change how the file is read (a new preview; edited columns keep their edits). */
  header?: boolean
  noQuotes?: boolean
  /** The encoding the researcher named instead of the detected one (a new preview). */
  encoding?: string
  /** Transcripts: the interview's date the researcher gave (YYYY-MM-DD), instead of the file's. */
  date?: string
  /** Tables: the researcher's mapping, starting from the preview's. */
  mapping: TableMapping | null
  /** Transcripts: speaker name -> interviewer, starting from the preview's guess. */
  interviewers: Record<string, boolean>
  allowDuplicate: boolean
  skipBadRows: boolean
}

export function newDraft(path: string): ImportDraft {
  return {
    path,
    preview: null,
    error: null,
    loading: true,
    kind: null,
    mapping: null,
    interviewers: {},
    allowDuplicate: false,
    skipBadRows: false,
  }
}

/** The options import.run gets for this file: the confirmed kind, mapping and answers to earlier questions. */
export function runOptions(d: ImportDraft): ImportOptions {
  const o: ImportOptions = {}
  if (d.kind) o.kind = d.kind
  if (d.kind !== 'interview' && d.mapping) o.mapping = d.mapping
  if (d.skipBadRows) o.skipBadRows = true
  if (d.allowDuplicate) o.allowDuplicate = true
  if (d.encoding) o.encoding = d.encoding
  if (d.kind === 'interview' && d.date) o.date = d.date
  return o
}

/**
 * The options a new preview needs after a switch changed (kind, header, quotes). The mapping is
 * inferred again; the flow then carries the researcher's column edits over (carryEdits).
 */
export function previewOptions(d: Pick<ImportDraft, 'kind' | 'header' | 'noQuotes' | 'encoding'>): ImportOptions {
  const o: ImportOptions = {}
  if (d.encoding) o.encoding = d.encoding
  if (d.kind) o.kind = d.kind
  if (d.header !== undefined) o.header = d.header
  if (d.noQuotes !== undefined) o.noQuotes = d.noQuotes
  return o
}
