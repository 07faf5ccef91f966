import { z } from 'zod'
import type { Direction, SourceKind } from '../domain'
import { channel } from './channel'
import { isoDay } from './day'

const id = z.number().int().positive()

export interface SourceDetail {
  id: number
  kind: SourceKind
  name: string
  fileName: string | null
  encoding: string | null
  importedAt: string
  rows: number | null
  documents: number
  participants: number
  utterances: number
  /** The import report kept in the project: what was imported, from where, warnings, skipped rows. */
  report: {
    importedFrom?: string
    warnings?: string[]
    skipped?: { row: number; reason: string }[]
    speakers?: string[]
    [key: string]: unknown
  } | null
}

export interface SourceRowsPage {
  total: number
  /** The questions/columns that have text documents, in file order (for table views). */
  questions: string[]
  rows: {
    documentId: number
    participant: string | null
    question: string | null
    rowNumber: number | null
    text: string
    direction: Direction
  }[]
}

export interface Utterance {
  id: number
  seq: number
  speaker: string | null
  participantId: number | null
  isInterviewer: boolean
  start: number
  end: number
  timeStartMs: number | null
  timeEndMs: number | null
}

export interface DocumentView {
  id: number
  sourceId: number
  title: string
  text: string
  direction: Direction
  participant: string | null
  question: string | null
  occurredAt: string | null
  utterances: Utterance[]
}

export const sourceChannels = {
  'sources.get': channel<SourceDetail>()(z.object({ id }).strict()),
  /** Documents of a source in file order, paged so a 100,000-row survey stays smooth. */
  'sources.rows': channel<SourceRowsPage>()(
    z
      .object({
        id,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
        question: z.string().optional(),
      })
      .strict(),
  ),
  'sources.documents': channel<{ id: number; title: string; direction: Direction; participant: string | null }[]>()(
    z.object({ id }).strict(),
  ),
  /** Removes a source with its documents, utterances, highlights and ratings, in one transaction. */
  'sources.remove': channel<null>()(z.object({ id }).strict()),
  'documents.get': channel<DocumentView>()(z.object({ id }).strict()),
  /** Sets (or clears, with null) the day a document's words were said: relative deadlines in it resolve against this date. */
  'documents.setDate': channel<{ id: number; occurredAt: string | null }>()(
    z
      .object({
        id,
        date: isoDay.nullable(),
      })
      .strict(),
  ),
  /** Every interview document with its date, for `needle date`. */
  'documents.dates': channel<{ id: number; source: string; title: string; kind: SourceKind; occurredAt: string | null }[]>()(
    z.object({}).strict(),
  ),
} as const
