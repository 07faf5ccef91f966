import { z } from 'zod'
import type { CodeKind } from '../domain'
import { channel } from './channel'

const id = z.number().int().positive()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
const offset = z.number().int().min(0)

export interface HighlightCode {
  id: number
  name: string
  kind: CodeKind
  color: string
}

export interface HighlightView {
  id: number
  documentId: number
  /** UTF-16 code units into the document text, end exclusive. */
  start: number
  end: number
  text: string
  codes: HighlightCode[]
  coder: string | null
  memo: string | null
  /** Deadlines: ISO date (YYYY-MM-DD). */
  dueDate: string | null
  /** Emergencies: 1 (minor) to 4 (critical). */
  severity: number | null
  whatHappened: string | null
  createdAt: string
  updatedAt: string
}

export interface ParsedDate {
  /** ISO date, or null when nothing in the text reads as a date. */
  date: string | null
  /** The words that gave the date. */
  matched: string | null
  /** The reference date relative phrases were resolved against; null when the document has no date (only dated phrases are read). */
  reference: string | null
}

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
  undoLabel: string | null
  redoLabel: string | null
}

export interface CodedSegment {
  /** One highlight, or two overlapping ones when two codes are asked for together. */
  highlightIds: number[]
  codes: string[]
  documentId: number
  documentTitle: string
  source: string
  participant: string | null
  coder: string | null
  /** For two codes: the union of both highlights. */
  start: number
  end: number
  text: string
  /** The text around it (~200 characters each side), for reading the segment in place. */
  before: string
  after: string
  memo: string | null
  dueDate: string | null
  severity: number | null
}

const details = {
  memo: z.string().max(100_000).nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  severity: z.number().int().min(1).max(4).nullable().optional(),
  whatHappened: z.string().max(10_000).nullable().optional(),
}

export const codingChannels = {
  /** One document's highlights, or several documents' at once (a response list of survey answers), by start. */
  'highlights.list': channel<HighlightView[]>()(
    z
      .object({ documentId: id.optional(), documentIds: z.array(id).max(20_000).optional() })
      .strict()
      .refine((v) => (v.documentId === undefined) !== (v.documentIds === undefined), { message: 'give documentId or documentIds' }),
  ),
  /**
   * Codes a span. With a deadline code and no dueDate given, the due date is parsed from the
   * highlighted text against the document's date; the returned dueDate is there to confirm.
   */
  'highlights.create': channel<HighlightView>()(
    z.object({ documentId: id, start: offset, end: offset, codeIds: z.array(id).max(50).default([]), ...details }).strict(),
  ),
  /** Fields left out stay; null clears. codeIds replaces the set of codes. */
  'highlights.update': channel<HighlightView>()(z.object({ id, codeIds: z.array(id).max(50).optional(), ...details }).strict()),
  'highlights.delete': channel<null>()(z.object({ id }).strict()),
  /** Reads a due date from text ("by Friday", "before Q3", "بحلول نهاية الشهر"). Reference: an ISO date, or the document's date. */
  'dates.parse': channel<ParsedDate>()(
    z.object({ text: z.string().max(10_000), reference: isoDate.optional(), documentId: id.optional() }).strict(),
  ),
  'undo.undo': channel<UndoState>()(z.object({}).strict()),
  'undo.redo': channel<UndoState>()(z.object({}).strict()),
  'undo.state': channel<UndoState>()(z.object({}).strict()),
  /** Every highlight of one code, or of two codes overlapping in the same document. */
  'coding.segments': channel<CodedSegment[]>()(z.object({ codeIds: z.array(id).min(1).max(2) }).strict()),
  'coding.segmentsCsv': channel<{ csv: string; rows: number }>()(z.object({ codeIds: z.array(id).min(1).max(2) }).strict()),
} as const
