/** Import options and reports shared by the app's import dialog, the CLI and the services. */
import type { SourceKind } from '../domain'

export interface SkippedRow {
  /** 1-based line or row number in the file as a spreadsheet would show it. */
  row: number
  reason: string
}

export interface ImportOptions {
  kind?: SourceKind
  /** Tables: the column mapping (see ./mapping.ts); inferred when absent. */
  mapping?: unknown
  /** Tables: is the first row a header? Default: detected. */
  header?: boolean
  /** Tables: read without quote handling (for files whose stray quotes merge rows). */
  noQuotes?: boolean
  /** Import the readable rows and list the others, instead of refusing the file. */
  skipBadRows?: boolean
  /** Import even though the same file (by checksum) was imported before. */
  allowDuplicate?: boolean
  /** The file's encoding as the researcher names it (e.g. windows-1252); detected when absent. */
  encoding?: string
  /** Transcripts: the day the interview took place (YYYY-MM-DD), instead of the date the file states. */
  date?: string
}
