/**
 * A project's content in a form independent of row ids: what a merge reads from a teammate's
 * copy and what a REFI-QDA file is read into. Keys are local to one bundle; applyBundle
 * matches them to this project's rows (sources by content, codes by name and kind,
 * participants by label, coders by name) so the same bundle applied twice adds nothing.
 */
import type { AttributeType, CodeKind, Direction, SourceKind } from '../../../shared/domain'

export interface BundleCode {
  key: string
  name: string
  kind: CodeKind
  color: string | null
  description: string
  parentKey: string | null
}

export interface BundleParticipant {
  key: string
  label: string
  displayName: string | null
  interviewer: boolean
  /** Attribute name -> value. */
  values: Record<string, string | null>
}

export interface BundleUtterance {
  seq: number
  speaker: string | null
  participantKey: string | null
  start: number
  end: number
  timeStartMs: number | null
  timeEndMs: number | null
}

export interface BundleDocument {
  key: string
  title: string
  text: string
  direction: Direction
  participantKey: string | null
  question: string | null
  rowNumber: number | null
  occurredAt: string | null
  utterances: BundleUtterance[]
}

/** One row of an event log (DESIGN.md "event"); dates as stored (events.at, events.day). */
export interface BundleEvent {
  participantKey: string
  at: string
  day: number
  type: string
  channel: string | null
  amount: number | null
  /** The event's text (a ticket body) as one of the source's documents. */
  documentKey: string | null
  rowNumber: number
}

/** A stage attribute's dated value (attribute_history), by the attribute's name. */
export interface BundleHistory {
  participantKey: string
  attribute: string
  day: number
  value: string
}

export interface BundleSource {
  key: string
  kind: SourceKind
  name: string
  fileName: string | null
  /** The imported file's sha256 when known; matching falls back to the documents' text. */
  checksum: string | null
  encoding: string | null
  rowCount: number | null
  documents: BundleDocument[]
  /** What the researcher should know about how this source was read (kept in its import report). */
  warnings?: string[]
  /** An event log's rows (REFI-QDA has no place for them: only Needle's own merge carries them). */
  events?: BundleEvent[]
  /** The dated values of the source's stage columns. */
  history?: BundleHistory[]
}

export interface BundleHighlight {
  documentKey: string
  /** UTF-16 code units, end exclusive (already converted at the REFI boundary). */
  start: number
  end: number
  codeKeys: string[]
  coder: string | null
  memo: string | null
  dueDate: string | null
  severity: number | null
  whatHappened: string | null
  /** Who said it (the speaker of the turn it covers); absent when read from another tool's file. */
  participantKey?: string | null
}

export type MemoTargetKind = 'project' | 'document' | 'code' | 'participant' | 'highlight'

export interface BundleMemo {
  targetKind: MemoTargetKind
  /** Key of the document, code or participant; for highlights the index into highlights; null for the project. */
  targetKey: string | null
  text: string
  coder: string | null
}

export interface Bundle {
  coders: string[]
  attributes: { name: string; type: AttributeType }[]
  codes: BundleCode[]
  participants: BundleParticipant[]
  sources: BundleSource[]
  highlights: BundleHighlight[]
  memos: BundleMemo[]
}

export function emptyBundle(): Bundle {
  return { coders: [], attributes: [], codes: [], participants: [], sources: [], highlights: [], memos: [] }
}
