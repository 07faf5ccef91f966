/** What the import dialog shows before anything is written, for each kind of file. */
import type { Direction, SourceKind } from '../domain'
import type { Delimiter, HeaderStyle, TableMapping } from './mapping'
import type { SkippedRow } from './types'

export interface QuoteProblem {
  suspected: true
  detail: string
}

export interface TablePreview {
  headers: string[]
  headerRows: number
  headerStyle: HeaderStyle
  delimiter: Delimiter
  quoting: boolean
  encoding: string
  /** The first data rows, as strings, one per column. */
  rows: string[][]
  mapping: TableMapping
  warnings: string[]
  /** Bad rows among the rows read for the preview (the import lists them all). */
  badRows: SkippedRow[]
  quoteProblem?: QuoteProblem
  /** Exact when the whole file fit in the preview's prefix, else the prefix's rows per byte times the file size. */
  totalRowsEstimate: number
  totalRowsExact: boolean
}

export interface TranscriptPreview {
  format: string
  encoding: string
  direction: Direction
  speakers: { name: string; turns: number; interviewer: boolean }[]
  /** The first turns as they will be stored. */
  turns: { speaker: string | null; text: string; timeStartMs: number | null }[]
  totalTurns: number
  warnings: string[]
  skipped: SkippedRow[]
  /** The interview's date as the file states it (null when it does not), and where it was read. */
  date: string | null
  dateFrom: string | null
}

export interface ImportPreview {
  file: string
  fileName: string
  kind: SourceKind
  bytes: number
  /** The same bytes were imported before: the dialog asks before importing them again. */
  earlier: { name: string; importedAt: string } | null
  /** A saved mapping from an earlier import of a table with these headers, already applied. */
  reusedMappingFrom: string | null
  table?: TablePreview
  transcript?: TranscriptPreview
}
