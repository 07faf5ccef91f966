/**
 * Sniffing a table from the start of its text: delimiter, line breaks, quoting, header
 * rows and column names. Everything here reads at most the first couple of megabytes, so a
 * 500 MB export is sized up as fast as a small one.
 */
import { basename } from 'node:path'
import type { Delimiter, HeaderStyle, TableMapping } from '../../../shared/import/mapping'
import { DELIMITERS } from '../../../shared/import/mapping'
import { combineHeaders, detectHeaderShape, disambiguate } from './headers'
import { detectNewline, readTable, type RawRecord } from './readTable'

import type { QuoteProblem } from '../../../shared/import/preview'

export type { QuoteProblem }

export interface TableLayout {
  delimiter: Delimiter
  newline: '\n' | '\r\n' | '\r'
  quoting: boolean
  headerRows: number
  headerStyle: HeaderStyle
  /** Unique column names, one per column. */
  headers: string[]
  /** Fields a data row must have (a trailing empty column without a header is not counted). */
  width: number
  warnings: string[]
  quoteProblem?: QuoteProblem
  /** Data records from the sample (header rows removed), for preview and inference. */
  sample: RawRecord[]
  /** The sample reached the end of the text. */
  sampleIsWhole: boolean
}

export interface SniffOptions {
  header?: boolean
  noQuotes?: boolean
  mapping?: TableMapping
}

/** Characters of text sniffed for layout and mapping; importers stream the rest. */
export const SAMPLE_CHARS = 2 * 1024 * 1024
const SAMPLE_RECORDS = 1000

async function records(
  text: string,
  delimiter: string,
  newline: TableLayout['newline'],
  quoting: boolean,
  limit: number,
): Promise<RawRecord[]> {
  const out: RawRecord[] = []
  // Layout only tries readings of a bounded sample; the cell limit is the import's to enforce.
  for await (const r of readTable(text, { delimiter, newline, quoting, maxFieldChars: Number.POSITIVE_INFINITY })) {
    out.push(r)
    if (out.length >= limit) break
  }
  return out
}

function modeCount(recs: RawRecord[]): { mode: number; share: number } {
  const counts = new Map<number, number>()
  for (const r of recs) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1)
  let mode = 0
  let best = -1
  for (const [n, c] of counts) if (c > best || (c === best && n > mode)) [mode, best] = [n, c]
  return { mode, share: recs.length ? best / recs.length : 0 }
}

/** The delimiter that splits the first records into the most consistent number of fields (>1). */
export async function detectDelimiter(sample: string, newline: TableLayout['newline'], quoting: boolean): Promise<Delimiter> {
  let best: { d: Delimiter; share: number; mode: number } | null = null
  const head = sample.slice(0, 256 * 1024)
  for (const d of DELIMITERS) {
    const recs = await records(head, d, newline, quoting, 200)
    // The last record may be cut off by the sample boundary.
    if (recs.length > 2 && head.length < sample.length) recs.pop()
    const { mode, share } = modeCount(recs)
    if (mode < 2) continue
    if (!best || share > best.share + 0.001 || (Math.abs(share - best.share) <= 0.001 && mode > best.mode)) best = { d, share, mode }
  }
  return best?.d ?? ','
}

/** A cell whose lines look like whole rows of the table: a quote swallowed the rows after it. */
function swallowsRows(r: RawRecord, delimiter: string, width: number): boolean {
  if (r.endLine === r.line || width < 3) return false
  let rowLike = 0
  for (const f of r.fields) {
    if (!f.includes('\n')) continue
    for (const l of f.split('\n')) if (l.split(delimiter).length >= width) rowLike++
  }
  return rowLike >= 2
}

/** Signs that quote-aware reading merged lines: quote errors, or cells holding whole rows. */
function quoteTrouble(recs: RawRecord[], width: number, delimiter: string): string | null {
  const err = recs.find((r) => r.quoteError)
  if (err) return `line ${err.line}: ${err.quoteError?.toLowerCase()}`
  const runaway = recs.find((r) => swallowsRows(r, delimiter, width))
  if (runaway) return `lines ${runaway.line}–${runaway.endLine} were read as one row because of a quote character`
  const merged = recs.filter((r) => r.endLine > r.line && r.fields.length !== width)
  if (merged.length > 0)
    return `line ${merged[0].line}: a quote character joins ${merged[0].endLine - merged[0].line + 1} lines into one row with ${merged[0].fields.length} fields`
  return null
}

export async function sniffTable(text: string, file: string, options: SniffOptions = {}): Promise<TableLayout> {
  const name = basename(file)
  const sampleText = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  const sampleIsWhole = sampleText.length === text.length
  const newline = detectNewline(sampleText)
  const m = options.mapping
  const warnings: string[] = []
  let quoting = m ? m.quoting : options.noQuotes !== true
  const delimiter = m ? m.delimiter : await detectDelimiter(sampleText, newline, quoting)

  // The whole sample window is read (not only the records kept), so a stray quote a
  // thousand rows down is still found before anything is written.
  let recs = await records(sampleText, delimiter, newline, quoting, Number.MAX_SAFE_INTEGER)
  if (!sampleIsWhole && recs.length > 1) recs.pop()

  let quoteProblem: QuoteProblem | undefined
  if (quoting) {
    const trouble = quoteTrouble(recs, modeCount(recs).mode, delimiter)
    if (trouble) {
      quoteProblem = { suspected: true, detail: `${name} ${trouble}.` }
      const plain = await records(sampleText, delimiter, newline, false, Number.MAX_SAFE_INTEGER)
      if (!sampleIsWhole && plain.length > 1) plain.pop()
      const plainFit = modeCount(plain)
      // Read without quotes only when that gives every line the same shape; a file whose
      // quotes really hold delimiters would be split wrongly without them.
      if (!m && options.noQuotes !== false && plainFit.share >= 0.99 && plainFit.mode >= 2) {
        quoting = false
        recs = plain
        warnings.push(
          `${name}: quote characters do not pair up (${trouble}), so the file was read without quote handling and each line is one row. If cells really contain quoted line breaks, turn quoting back on in the mapping.`,
        )
      } else {
        warnings.push(`${name}: ${trouble}. If rows look merged, read the file without quote handling.`)
      }
    }
  }

  const shape = m
    ? { headerRows: m.headerRows, headerStyle: m.headerStyle }
    : detectHeaderShape(
        recs.slice(0, 200).map((r) => r.fields),
        options.header,
      )
  const headerRecs = recs.slice(0, shape.headerRows).map((r) => r.fields)
  const data = recs.slice(shape.headerRows, shape.headerRows + SAMPLE_RECORDS)
  const sampleIsWholeFile = sampleIsWhole && recs.length <= shape.headerRows + SAMPLE_RECORDS

  let width = Math.max(
    headerRecs.length ? Math.max(...headerRecs.map((r) => r.length)) : 0,
    shape.headerRows === 0 ? modeCount(data).mode : 0,
  )
  // Trailing delimiters: drop empty last columns that have no header and no data.
  while (width > 1 && headerRecs.every((r) => !r[width - 1]?.trim()) && data.every((r) => !r.fields[width - 1]?.trim())) width--

  let raw = combineHeaders(headerRecs, shape, width)
  if (m && m.columns.length === width) {
    // A saved mapping names the columns of a header-less file.
    raw = raw.map((h, i) => h || m.columns[i].header)
  }
  const { headers, warnings: nameWarnings } = disambiguate(raw)
  warnings.push(...nameWarnings.map((w) => `${name}: ${w}`))
  if (shape.headerStyle === 'surveymonkey')
    warnings.push(`${name}: two header rows (SurveyMonkey) combined into "Question — Answer" names.`)
  if (shape.headerStyle === 'qualtrics') warnings.push(`${name}: three header rows (Qualtrics) read; the ImportId row was skipped.`)
  if (shape.headerStyle === 'qualtrics_legacy')
    warnings.push(`${name}: two header rows (legacy Qualtrics) read; columns are named by the label row.`)
  if (shape.headerRows === 0)
    warnings.push(`${name}: the first row holds data, not column names; columns are named "Column 1", "Column 2", ….`)

  return {
    delimiter,
    newline,
    quoting,
    headerRows: shape.headerRows,
    headerStyle: shape.headerStyle,
    headers,
    width,
    warnings,
    quoteProblem,
    sample: data,
    sampleIsWhole: sampleIsWholeFile,
  }
}
