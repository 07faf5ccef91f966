/** Which importer reads a file: the researcher's choice first, then the file's extension (and, for .txt, its lines). */
import { closeSync, openSync, readSync } from 'node:fs'
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
  // Tables without a chosen kind are read as 'survey', and the table importer tells survey from feedback.
  if (ext === '.txt' && isTabTable(file)) return 'survey'
  if (TRANSCRIPT_EXTENSIONS.includes(ext)) return 'interview'
  throw new NeedleError(
    'unreadable_file',
    `${basename(file)}: Needle does not know the "${ext || 'no extension'}" format. Transcripts: .txt .md .vtt .srt .docx; surveys and feedback: .csv .tsv.`,
    { file },
  )
}

const SNIFF_BYTES = 64 * 1024
/** A clock time or a [00:01] mark: a transcript's timestamp column, never a table's. */
const TIMESTAMP = /^\[?\(?\d{1,2}:\d{2}(:\d{2})?([.,]\d+)?\]?\)?$/

/**
 * Is this .txt a tab-separated table ("text<TAB>label" per line: labelled tweets, reviews, exports
 * saved as text)? Its lines, nearly all of them, hold the same number of tabs, and no column is a
 * transcript's timestamps ("00:01:10<TAB>Maya<TAB>…" is a transcript laid out in columns).
 * Only the first 64 KB are read; an unreadable file is left for the import to report.
 */
export function isTabTable(file: string): boolean {
  let text: string
  try {
    const fd = openSync(file, 'r')
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES)
      text = buffer.toString('utf8', 0, readSync(fd, buffer, 0, SNIFF_BYTES, 0))
    } finally {
      closeSync(fd)
    }
  } catch {
    return false
  }
  const lines = text.split(/\r?\n/)
  if (text.length === SNIFF_BYTES) lines.pop() // cut mid-line
  const filled = lines.filter((l) => l.trim() !== '').slice(0, 500)
  if (filled.length < 5) return false
  const tabs = new Map<number, number>()
  for (const l of filled) {
    const n = l.split('\t').length - 1
    tabs.set(n, (tabs.get(n) ?? 0) + 1)
  }
  const [width, count] = [...tabs].sort((a, b) => b[1] - a[1])[0]
  if (width < 1 || count < 0.9 * filled.length) return false
  const stamped = filled.filter((l) => l.split('\t').some((cell) => TIMESTAMP.test(cell.trim()))).length
  return stamped < 0.2 * filled.length
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
