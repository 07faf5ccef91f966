/**
 * Pure layout of a reader: which spans of which documents are shown as paragraphs, grouped
 * into chunks that each become one read-only Tiptap view, and the exact map between a
 * document's UTF-16 offsets and ProseMirror positions inside a chunk.
 *
 * Why the map is exact: each paragraph holds the document's own characters for its span,
 * with every "\n" turned into a hard break (a node of size 1, like the character it
 * replaces), so position = paragraph start + 1 + (offset - span start). Speaker names and
 * timestamps are widgets, which take no positions. Emoji are two code units in both worlds.
 */
import type { DocumentView } from '../../../../../shared/contract/sources'
import { letterDirection } from '../../../../../shared/text/arabic'

export interface Span {
  documentId: number
  /** Offsets into that document's text, end exclusive. */
  start: number
  end: number
  text: string
  dir: 'ltr' | 'rtl'
  speaker?: string | null
  timeMs?: number | null
  interviewer?: boolean
  /** A heading shown above the span (a respondent or a note's account in the response list). */
  caption?: string | null
}

export interface Chunk {
  index: number
  spans: Span[]
  /** Position of each span's paragraph (before its opening token) in the chunk's doc. */
  paraPos: number[]
  /** Rough height before it is measured, so the scrollbar is right from the start. */
  estimate: number
}

export const TURNS_PER_CHUNK = 50

/** Paragraphs of one document: its preamble (a transcript's header), its speaker turns, its tail. */
export function documentSpans(doc: DocumentView): Span[] {
  // Each paragraph reads in the direction of most of its letters (a bilingual transcript has
  // turns of both), a paragraph without letters in the document's; never by its first word.
  const slice = (start: number, end: number): Span => {
    const text = doc.text.slice(start, end)
    return { documentId: doc.id, start, end, text, dir: letterDirection(text) ?? doc.direction }
  }
  if (doc.utterances.length === 0) return doc.text.length ? [slice(0, doc.text.length)] : []
  const spans: Span[] = []
  const first = doc.utterances[0]
  if (isPreamble(doc.text.slice(0, first.start), first.speaker)) spans.push(slice(0, trimEnd(doc.text, 0, first.start)))
  for (const u of doc.utterances) {
    spans.push({ ...slice(u.start, u.end), speaker: u.speaker, timeMs: u.timeStartMs, interviewer: u.isInterviewer })
  }
  const last = doc.utterances[doc.utterances.length - 1]
  if (doc.text.slice(last.end).trim()) spans.push(slice(last.end, doc.text.length))
  return spans
}

/** Text before the first turn is shown only when it is more than that turn's label ("Maya Chen  0:03"). */
function isPreamble(text: string, speaker: string | null): boolean {
  const rest = speaker ? text.replace(speaker, '') : text
  return /\p{L}/u.test(rest)
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--
  return end
}

export function chunkSpans(spans: Span[], perChunk = TURNS_PER_CHUNK): Chunk[] {
  const chunks: Chunk[] = []
  for (let i = 0; i < spans.length; i += perChunk) {
    const part = spans.slice(i, i + perChunk)
    const paraPos: number[] = []
    let pos = 0
    let chars = 0
    for (const s of part) {
      paraPos.push(pos)
      pos += s.text.length + 2
      chars += s.text.length
    }
    // ~90 characters a line at 26px, plus the speaker line and the gap of every turn.
    chunks.push({ index: chunks.length, spans: part, paraPos, estimate: Math.ceil(chars / 90) * 26 + part.length * 44 })
  }
  return chunks
}

/** ProseMirror JSON of a chunk: one paragraph per span, "\n" as hard breaks. */
export function chunkDoc(chunk: Chunk) {
  return {
    type: 'doc',
    content: chunk.spans.map((s) => ({ type: 'paragraph', content: inline(s.text) })),
  }
}

function inline(text: string) {
  const out: ({ type: 'text'; text: string } | { type: 'hardBreak' })[] = []
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push({ type: 'hardBreak' })
    if (line) out.push({ type: 'text', text: line })
  })
  return out
}

/** Position in the chunk of a document offset inside span `i` (clamped to the span). */
export function posOf(chunk: Chunk, i: number, offset: number): number {
  const s = chunk.spans[i]
  return chunk.paraPos[i] + 1 + Math.min(Math.max(offset, s.start), s.end) - s.start
}

/** The document and offset a position in a chunk stands for. */
export function offsetAt(chunk: Chunk, pos: number): { documentId: number; offset: number } | null {
  let lo = 0
  let hi = chunk.paraPos.length - 1
  if (hi < 0) return null
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (chunk.paraPos[mid] <= pos) lo = mid
    else hi = mid - 1
  }
  const s = chunk.spans[lo]
  const inner = Math.min(Math.max(pos - chunk.paraPos[lo] - 1, 0), s.text.length)
  return { documentId: s.documentId, offset: s.start + inner }
}
