import { z } from 'zod'
import { SOURCE_KINDS, type SourceKind } from '../domain'
import type { ImportPreview } from '../import/preview'
import type { SkippedRow } from '../import/types'
import { channel, filePath } from './channel'
import { isoDay } from './day'

export const importOptionsSchema = z
  .object({
    kind: z.enum(SOURCE_KINDS).optional(),
    mapping: z.unknown().optional(),
    header: z.boolean().optional(),
    noQuotes: z.boolean().optional(),
    skipBadRows: z.boolean().optional(),
    allowDuplicate: z.boolean().optional(),
    encoding: z.string().trim().min(1).max(40).optional(),
    date: isoDay.optional(),
  })
  .strict()

export interface ImportedSource {
  file: string
  kind: SourceKind
  sourceId: number
  /** Data rows read (tables) or cues/turns read (transcripts); header rows excluded. */
  rows: number
  documents: number
  participants: number
  utterances: number
  speakers: string[]
  skipped: SkippedRow[]
  warnings: string[]
  /** How the file's bytes were read, e.g. "windows-1252" or "windows-1255 (chosen)". */
  encoding?: string
  /** Transcripts: the interview's date (YYYY-MM-DD) as stored, or null when neither the file nor the researcher gave one. */
  date?: string | null
}

export interface ImportProgressEvent {
  jobId: string
  file: string
  fileIndex: number
  files: number
  rows: number
  bytes: number
  totalBytes: number
  rowsPerSecond: number
}

const jobId = z.string().min(1).max(100)

export const importChannels = {
  'import.preview': channel<ImportPreview>()(z.object({ path: filePath, options: importOptionsSchema.optional() }).strict()),
  /** Imports every file in one transaction; progress arrives as 'import.progress' events. */
  'import.run': channel<{ sources: ImportedSource[] }>()(
    z
      .object({
        jobId,
        files: z
          .array(z.object({ path: filePath, options: importOptionsSchema.optional() }).strict())
          .min(1)
          .max(500),
      })
      .strict(),
  ),
  'import.cancel': channel<{ cancelled: boolean }>()(z.object({ jobId }).strict()),
  /** Writes a confirmed table mapping as JSON, for the next import or the CLI's --mapping. */
  'import.saveMapping': channel<{ path: string }>()(z.object({ path: filePath, mapping: z.unknown() }).strict()),
} as const
