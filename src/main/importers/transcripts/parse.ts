/** Chooses the parser by file extension (and by content, for cues saved as .txt). */
import { extname } from 'node:path'
import { parseSrt } from './srt'
import { parseTextTranscript } from './text'
import type { ParsedTranscript, TranscriptFormat } from './types'
import { parseVtt } from './vtt'

export function transcriptFormat(file: string, text?: string): TranscriptFormat {
  const ext = extname(file).toLowerCase()
  if (ext === '.vtt') return 'vtt'
  if (ext === '.srt') return 'srt'
  if (ext === '.docx') return 'docx'
  if (ext === '.md' || ext === '.markdown') return 'md'
  // A caption file saved as .txt is still a caption file.
  if (text !== undefined) {
    if (/^\uFEFF?WEBVTT(?:[ \t]|\r|\n|$)/.test(text)) return 'vtt'
    if (/^\uFEFF?\s*\d+[ \t]*\r?\n[^\n]*-->/.test(text)) return 'srt'
  }
  return 'txt'
}

/** Parses decoded text (every format but docx, which needs the bytes). */
export function parseTranscriptText(text: string, format: Exclude<TranscriptFormat, 'docx'>): ParsedTranscript {
  if (format === 'vtt') return parseVtt(text)
  if (format === 'srt') return parseSrt(text)
  return parseTextTranscript(text, { markdown: format === 'md' })
}
