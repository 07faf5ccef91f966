/** Which importer reads a file: the researcher's choice first, then the file's extension. */
import { basename, extname } from 'node:path'
import type { SourceKind } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'

export const TRANSCRIPT_EXTENSIONS = ['.txt', '.md', '.markdown', '.vtt', '.srt', '.docx']
export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.tab', '.txt']

export function resolveKind(file: string, chosen?: SourceKind): SourceKind {
  const ext = extname(file).toLowerCase()
  if (ext === '.doc') {
    throw new NeedleError(
      'unreadable_file',
      `${basename(file)} is a Word 97-2003 .doc file, which Needle does not read. Open it in Word or LibreOffice, save it as .docx or .txt, and import that.`,
      { file },
    )
  }
  if (ext === '.xlsx' || ext === '.xls' || ext === '.ods') {
    throw new NeedleError(
      'unreadable_file',
      `${basename(file)} is a spreadsheet workbook. Export the sheet as CSV (UTF-8) from your spreadsheet tool and import the CSV.`,
      { file },
    )
  }
  if (chosen === 'interview' && TRANSCRIPT_EXTENSIONS.includes(ext)) return 'interview'
  if (chosen !== undefined && chosen !== 'interview' && TABLE_EXTENSIONS.includes(ext)) return chosen
  if (chosen) {
    throw new NeedleError(
      'invalid_input',
      `${basename(file)} cannot be imported as ${chosen}: ${chosen === 'interview' ? 'transcripts are .txt, .md, .vtt, .srt or .docx' : 'tables are .csv, .tsv or .txt'}.`,
      { file },
    )
  }
  if (ext === '.csv' || ext === '.tsv' || ext === '.tab') return 'survey'
  if (TRANSCRIPT_EXTENSIONS.includes(ext)) return 'interview'
  throw new NeedleError(
    'unreadable_file',
    `${basename(file)}: Needle does not know the "${ext || 'no extension'}" format. Transcripts: .txt .md .vtt .srt .docx; surveys and feedback: .csv .tsv.`,
    { file },
  )
}

/** A transcript is read whole (speaker turns need the full text); nothing this big is one interview. */
export const MAX_TRANSCRIPT_BYTES = 200 * 1024 * 1024

/** Refuses, before anything is read, a file to be imported as a transcript that cannot be one. */
export function checkTranscriptSize(file: string, kind: SourceKind, bytes: number): void {
  if (kind !== 'interview' || bytes <= MAX_TRANSCRIPT_BYTES) return
  throw new NeedleError(
    'unreadable_file',
    `${basename(file)} is ${Math.round(bytes / 1024 / 1024)} MB, far larger than any interview transcript (Needle reads transcripts up to ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB). If it is a table, import it as a survey or feedback table; if it is a transcript, split it into one file per interview.`,
    { file, bytes },
  )
}
