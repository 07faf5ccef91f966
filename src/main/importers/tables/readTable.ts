/**
 * Streaming CSV/TSV reading over decoded text: papaparse's raw Parser fed one chunk at a
 * time, so a 100,000-row export never becomes one array of row objects, and a caller that
 * holds the file in pieces (the import service for very large files) can hand them over
 * as an async iterable. Every record carries the 1-based line of the file it starts on.
 */
import Papa from 'papaparse'

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
