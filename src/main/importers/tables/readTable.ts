/**
 * Streaming CSV/TSV reading over decoded text: papaparse's raw Parser fed one chunk at a
 * time, so a 100,000-row export never becomes one array of row objects, and a caller that
 * holds the file in pieces (the import service for very large files) can hand them over
 * as an async iterable. Every record carries the 1-based line of the file it starts on.
 */
import Papa from 'papaparse'
import { basename } from 'node:path'
import { NeedleError } from '../../../shared/errors'

export interface RawRecord {
  /** 1-based line in the file where the record starts (what an editor shows). */
  line: number
  /** 1-based line where it ends (differs when quoted cells hold line breaks). */
  endLine: number
  fields: string[]
  /** papaparse found a quote it could not match in this record. */
  quoteError?: string
}

export interface ReadOptions {
  delimiter: string
  newline: '\n' | '\r\n' | '\r'
  /** false: quote characters are ordinary text. */
  quoting: boolean
  /** Characters per parse step; tests use small chunks to exercise the joins. */
  chunkSize?: number
  /** Called after each chunk with the characters consumed so far. */
  onChunk?: (charsDone: number) => void
  /** The longest cell read before the file is refused (default MAX_FIELD_CHARS); tests lower it. */
  maxFieldChars?: number
  /** Named in the refusal. */
  file?: string
}

/**
 * The longest cell Needle reads. No spreadsheet can hold more in one cell than Excel's 32,767
 * characters (Google Sheets: 50,000), and survey tools cap long answers lower still, so a
 * megabyte is thirty times any real cell; past it the cell is a stray quote swallowing the file,
 * or a hostile one, and reading on (a 1 GB cell) would take minutes for nothing.
 */
export const MAX_FIELD_CHARS = 1024 * 1024

function fieldTooLarge(file: string | undefined, line: number, column: number, chars: number, limit: number): NeedleError {
  const name = file ? basename(file) : 'The table'
  const mb = (n: number) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${n.toLocaleString('en')} characters`)
  return new NeedleError(
    'unreadable_file',
    `${name} line ${line}, column ${column}: one cell holds more than ${mb(limit)} of text (${mb(chars)} read so far), more than any spreadsheet cell can hold. ` +
      'If a quote character in that cell is never closed, read the file without quotes (app: "Read without quotes"; CLI: --no-quotes); otherwise shorten or remove the cell. Nothing was imported.',
    { file, line, column, chars },
  )
}

/**
 * Where the cell still being read starts, in the text of a record not yet complete: its
 * 1-based column and its length so far. Quoted cells may hold delimiters and doubled quotes.
 */
function openField(pending: string, delimiter: string, quoting: boolean): { column: number; chars: number } {
  let column = 1
  let start = 0
  for (;;) {
    let i = start
    if (quoting && pending[start] === '"') {
      i = start + 1
      for (;;) {
        const close = pending.indexOf('"', i)
        if (close === -1) return { column, chars: pending.length - start }
        if (pending[close + 1] === '"') i = close + 2
        else {
          i = close + 1
          break
        }
      }
    }
    const next = pending.indexOf(delimiter, i)
    if (next === -1) return { column, chars: pending.length - start }
    column++
    start = next + delimiter.length
  }
}

/** A quoted cell this large means a stray quote has swallowed the rest of the file. */
export const RUNAWAY_FIELD_CHARS = 16 * 1024 * 1024

// A character that never occurs in decoded text, so "no quoting" really means none.
const NO_QUOTE = '\uFFFF'

function countBreaks(s: string): number {
  let n = 0
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++
  // A lone \r (old Mac files, or \r\n split by the parser) also starts a new line.
  for (let i = s.indexOf('\r'); i !== -1; i = s.indexOf('\r', i + 1)) if (s[i + 1] !== '\n') n++
  return n
}

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size)
}

/**
 * The line break that ends records: the one most lines end with in the first megabyte.
 * Bare \n in a CRLF file is assumed to sit inside quoted cells (Google Forms exports).
 */
export function detectNewline(sample: string): '\n' | '\r\n' | '\r' {
  const head = sample.slice(0, 1024 * 1024)
  const crlf = head.split('\r\n').length - 1
  const lf = head.split('\n').length - 1 - crlf
  const cr = head.split('\r').length - 1 - crlf
  if (crlf === 0 && lf === 0 && cr > 0) return '\r'
  return crlf > 0 && crlf >= lf ? '\r\n' : '\n'
}

/**
 * Every record of the file, header rows included, blank lines skipped (but counted).
 * Runs on plain strings or on an async iterable of consecutive pieces of the text.
 */
export async function* readTable(input: string | AsyncIterable<string>, opts: ReadOptions): AsyncGenerator<RawRecord> {
  const size = opts.chunkSize ?? 1024 * 1024
  const source = typeof input === 'string' ? chunksOf(input, size) : input
  const parser = new Papa.Parser({
    delimiter: opts.delimiter,
    newline: opts.newline,
    quoteChar: opts.quoting ? '"' : NO_QUOTE,
    fastMode: opts.quoting ? undefined : true,
  } as Papa.ParseConfig)
  const stripCr = opts.newline === '\n'
  const maxField = opts.maxFieldChars ?? MAX_FIELD_CHARS
  let pending = ''
  let line = 1
  let consumed = 0
  const iterator = source[Symbol.asyncIterator]()
  let next = await iterator.next()
  while (!next.done || pending) {
    const last = next.done === true
    const buffer = last ? pending : pending + next.value
    if (!last) next = await iterator.next()
    // Parse everything but a possibly partial last record, unless this is the end.
    const atEnd = next.done === true
    const result = parser.parse(buffer, 0, !atEnd) as Papa.ParseResult<string[]>
    const cursor = atEnd ? buffer.length : result.meta.cursor
    const quoteErrors = new Map<number, string>()
    for (const e of result.errors) {
      if (e.type === 'Quotes' && e.row !== undefined) quoteErrors.set(e.row, e.message)
    }
    for (let i = 0; i < result.data.length; i++) {
      const fields = result.data[i]
      if (stripCr && fields.length > 0) {
        const lastField = fields[fields.length - 1]
        if (lastField.endsWith('\r')) fields[fields.length - 1] = lastField.slice(0, -1)
      }
      let breaks = 0
      for (const f of fields) if (f.length > 0 && (f.includes('\n') || f.includes('\r'))) breaks += countBreaks(f)
      for (let c = 0; c < fields.length; c++)
        if (fields[c].length > maxField) throw fieldTooLarge(opts.file, line, c + 1, fields[c].length, maxField)
      const start = line
      line += breaks + 1
      if (fields.length === 1 && fields[0] === '') continue
      const rec: RawRecord = { line: start, endLine: start + breaks, fields }
      const qe = quoteErrors.get(i)
      if (qe) rec.quoteError = qe
      yield rec
    }
    consumed += cursor
    pending = buffer.slice(cursor)
    opts.onChunk?.(consumed)
    if (atEnd) break
    if (pending.length > maxField) {
      // A record still open after this much text: refuse as soon as its open cell is too long,
      // rather than re-reading an ever longer remainder until a 1 GB cell ends.
      const open = openField(pending, opts.delimiter, opts.quoting)
      if (open.chars > maxField) throw fieldTooLarge(opts.file, line, open.column, open.chars, maxField)
    }
    if (pending.length > RUNAWAY_FIELD_CHARS) {
      // One record has grown past any real cell: hand it over as a broken record instead of
      // re-scanning an ever longer remainder (which would make the read quadratic).
      yield { line, endLine: line + countBreaks(pending), fields: [pending], quoteError: 'a quote character is never closed' }
      line += countBreaks(pending)
      consumed += pending.length
      pending = ''
    }
  }
}
