/**
 * Teams and other tools: sharing a copy, merging a teammate's copy, agreement between coders,
 * and REFI-QDA (QDA-XML 1.0) exchange. Offsets inside Needle stay UTF-16 code units; the
 * REFI boundary converts to Unicode code points.
 */
import { z } from 'zod'
import { channel, filePath, none, pathOnly } from './channel'

const id = z.number().int().positive()
const coder = z.string().trim().min(1, 'name a coder').max(100)

/** What one merge or REFI import added, left out as already present, and could not reconcile. */
export interface MergeCounts {
  sources: number
  documents: number
  codes: number
  highlights: number
  participants: number
  memos: number
  /** Rows of event logs (their participants mapped by label). */
  events: number
}

export interface MergeConflict {
  /** What disagrees: a code's colour/description/parent, or a participant's attribute value. */
  kind: 'code' | 'participant' | 'source'
  name: string
  field: string
  /** The value kept (this project's). */
  ours: string | null
  /** The value the other file has, not taken. */
  theirs: string | null
}

export interface MergeReport {
  file: string
  added: MergeCounts
  skipped: MergeCounts
  conflicts: MergeConflict[]
}

export interface QdpxImportReport extends MergeReport {
  /** The tool that wrote the file (Project origin attribute), when it says. */
  origin: string | null
  /** Sources the project names but whose text is not in the archive; everything else was imported. */
  missingSources: string[]
  /** Elements Needle cannot hold (pictures, PDFs, audio, video, sets, graphs, links), with how many. */
  notImported: { element: string; count: number; note: string }[]
  /** Codings that could not be placed (their source is missing or their offsets are outside the text). */
  droppedCodings: number
  /**
   * How each text source's positions were counted (tools differ: code points, UTF-16 units, CRLF as
   * one) and on what evidence; 'ambiguous' sources list the codings that may sit on shifted text.
   * Sources whose every reading places the codings alike are not listed.
   */
  positions: {
    source: string
    convention: 'codepoints' | 'utf16' | 'codepoints-crlf1' | 'utf16-crlf1'
    basis: 'text' | 'application' | 'same' | 'ambiguous'
    doubtful: { start: number; end: number; text: string }[]
  }[]
}

/** What an anonymised copy replaced, counted per kind (the originals are never listed). */
export interface AnonymiseCounts {
  /** Participants renamed P001, P002… */
  participants: number
  /** Values of identifying attributes replaced ("Company name 3"). */
  attributeValues: number
  /** Sources and their files renamed ("interview-01.vtt"). */
  sources: number
  /** Names of other people and organisations the researcher confirmed ("[name 2]"). */
  names: number
  emails: number
  phones: number
  /** Replacements inside text (transcripts, memos, persona quotes, codes…), all kinds together. */
  mentions: number
}

export interface SharingCopy {
  path: string
  anonymised: boolean
  /** Participants renamed to P001... */
  pseudonyms: number
  maskedEmails: number
  maskedPhones: number
  /** Counts per kind, when anonymised. */
  replaced: AnonymiseCounts | null
  bytes: number
}

/** Before an anonymised copy is written: which attributes identify people, and the names found in the text. */
export interface SharingReview {
  attributes: { id: number; name: string; identifying: boolean }[]
  detected: { text: string; kind: 'name' | 'email' | 'phone'; count: number; context: string }[]
}

const names = z.array(z.string().trim().min(1).max(500)).max(100_000)

export interface CodeAgreement {
  codeId: number
  name: string
  kind: string
  /** Characters coded with this code by coder A, by coder B, and by both. */
  charsA: number
  charsB: number
  charsBoth: number
  /** Share of characters on which both made the same decision (0-100). */
  percentAgreement: number
  /** Cohen's kappa; null when chance agreement is total (neither, or both, coded everything). */
  kappa: number | null
}

export interface AgreementReport {
  coderA: string
  coderB: string
  /** Documents both coders coded (of those asked for): the characters compared are theirs. */
  documentIds: number[]
  /** Characters compared (Unicode code points, so an emoji counts once). */
  characters: number
  codes: CodeAgreement[]
  csv: string
}

/** A coder who coded in this project, with how much: the choices for an agreement check. */
export interface CoderRow {
  name: string
  highlights: number
  documents: number
}

export interface ExportResult {
  path: string
  bytes: number
  sources: number
  codes: number
  highlights: number
  participants: number
  notes: number
  /**
   * Rows of event logs the file does not carry: REFI-QDA (QDA-XML 1.0) has no place for dated events, so
   * they are left out and said (their ticket texts go as text sources; a Needle copy or merge keeps them).
   */
  eventsLeftOut: number
}

const exportJobId = z.string().min(1).max(100)

export const interopChannels = {
  /** A compact single-file copy (no -wal); with anonymise, the COPY gets pseudonyms and masked contacts. The open project is never changed. */
  /**
   * A compact single-file copy (no -wal). With anonymise, the COPY gets pseudonyms for participants, identifying attribute
   * values (`identifyingAttributes`, by name; defaults when absent), sources and files, the detected names in `maskNames`
   * (every detected name when absent), e-mails and phones. The open project is never changed.
   */
  'project.exportForSharing': channel<SharingCopy>()(
    z
      .object({ path: filePath, anonymise: z.boolean().optional(), identifyingAttributes: names.optional(), maskNames: names.optional() })
      .strict(),
  ),
  /** The review step of an anonymised copy: attributes with their default marking, and the names, e-mails and phones found in the text. */
  'project.sharingReview': channel<SharingReview>()(z.object({ identifyingAttributes: names.optional() }).strict()),
  /** Adds a teammate's copy to the open project in one transaction: the union without duplicates. */
  /** jobId: a name for import.cancel to stop it by (it rolls back: nothing is merged). */
  'project.merge': channel<MergeReport>()(z.object({ path: filePath, jobId: exportJobId.optional() }).strict()),
  /** Per code, percent agreement and Cohen's kappa at character level between two coders. */
  'coding.agreement': channel<AgreementReport>()(
    z.object({ coderA: coder, coderB: coder, documentIds: z.array(id).max(100_000).optional() }).strict(),
  ),
  /** Coders with at least one highlight, most highlights first. */
  'coding.coders': channel<CoderRow[]>()(none),
  /** jobId: a name for export.cancel to stop it by. */
  'interop.exportQdpx': channel<ExportResult>()(z.object({ path: filePath, jobId: exportJobId.optional() }).strict()),
  'interop.exportQdc': channel<ExportResult>()(pathOnly),
  /** .qdpx projects and .qdc codebooks from NVivo, ATLAS.ti, MAXQDA, QualCoder and Needle (by extension). */
  'interop.importQdpx': channel<QdpxImportReport>()(z.object({ path: filePath, jobId: exportJobId.optional() }).strict()),
  /** codings: one row per highlight and code; matrix: participants × codes (highlight counts). */
  'interop.exportCsv': channel<{ path: string; rows: number }>()(
    z.object({ path: filePath, table: z.enum(['codings', 'matrix']), jobId: exportJobId.optional() }).strict(),
  ),
  /** Stops a running export started with this jobId; it answers with error `cancelled` and leaves no file. */
  'export.cancel': channel<{ cancelled: boolean }>()(z.object({ jobId: exportJobId }).strict()),
} as const
