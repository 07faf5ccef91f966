/** What every transcript parser returns, whatever the file format. */
import type { SkippedRow } from '../../../shared/import/types'

export interface ParsedUtterance {
  speaker: string | null
  /** UTF-16 offsets of the turn's words in ParsedTranscript.text, end exclusive. */
  start: number
  end: number
  timeStartMs?: number
  timeEndMs?: number
}

export interface ParsedTranscript {
  /**
   * The document text. For txt, md and docx it is the decoded text exactly as the file has it;
   * for vtt and srt it is built from the cues, one line per cue ("Speaker: words" or the words).
   */
  text: string
  utterances: ParsedUtterance[]
  /** Speaker names in order of first appearance. */
  speakers: string[]
  warnings: string[]
  /** Cues that could not be read, with the 1-based line where they start. */
  skipped: SkippedRow[]
}

export type TranscriptFormat = 'txt' | 'md' | 'vtt' | 'srt' | 'docx'
