/** What the Exchange section writes, with the extension each file gets and the channel that writes it. */
export type ExportKind = 'qdpx' | 'qdc' | 'codings' | 'matrix'

export const EXPORT_KINDS: ExportKind[] = ['qdpx', 'qdc', 'codings', 'matrix']

export const EXTENSION: Record<ExportKind, string> = { qdpx: 'qdpx', qdc: 'qdc', codings: 'csv', matrix: 'csv' }

export interface ExportDone {
  kind: ExportKind
  path: string
  /** REFI files: what went in; CSV tables: how many rows. */
  counts: { sources: number; codes: number; highlights: number; participants: number } | null
  rows: number | null
  /** REFI projects: event-log rows the standard has no place for (said, not dropped silently). */
  eventsLeftOut: number
}
