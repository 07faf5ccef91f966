/**
 * What the mapping step shows before anything is written: the first rows as the file will
 * be read, the proposed (or given) mapping, and every problem found on the way. It reads the
 * start of the file only (prefix.ts), so previewing a 500 MB export costs a few megabytes.
 */
import type { TablePreview } from '../../../shared/import/preview'
import type { ImportOptions, SkippedRow } from '../../../shared/import/types'

export type { TablePreview }
import { decodeBytes } from '../decode'
import type { TableLayout } from './layout'
import { planTable } from './plan'
import type { TableText } from './prefix'
import { readTable } from './readTable'
import { shapeRow } from './rowShape'

export const PREVIEW_ROWS = 20

/** Data records in `text` as the import will read them (header rows not counted). */
async function countRows(text: string, layout: TableLayout, file: string): Promise<number> {
  let n = 0
  for await (const _ of readTable(text, { delimiter: layout.delimiter, newline: layout.newline, quoting: layout.quoting, file })) n++
  return Math.max(0, n - layout.headerRows)
}

/** A preview of decoded text: the whole file, or a prefix of it that ends after a line break. */
export async function previewTableText(input: TableText, file: string, options: ImportOptions = {}): Promise<TablePreview> {
  const { layout, mapping, warnings } = await planTable(input.text, file, options)
  const rows: string[][] = []
  const badRows: SkippedRow[] = []
  for (const rec of layout.sample) {
    const shaped = shapeRow(rec, layout.width)
    if ('reason' in shaped) badRows.push({ row: rec.line, reason: shaped.reason })
    else if (rows.length < PREVIEW_ROWS) rows.push(shaped.fields)
  }
  const whole = input.bytes >= input.totalBytes
  let totalRowsEstimate: number
  if (whole && layout.sampleIsWhole) totalRowsEstimate = layout.sample.length
  else {
    const counted = await countRows(input.text, layout, file)
    // A prefix's rows per byte, times the file's bytes: rows of one export are alike in length.
    totalRowsEstimate = whole ? counted : Math.round((counted * input.totalBytes) / Math.max(1, input.bytes))
  }
  return {
    headers: layout.headers,
    headerRows: layout.headerRows,
    headerStyle: layout.headerStyle,
    delimiter: layout.delimiter,
    quoting: layout.quoting,
    encoding: input.encoding,
    rows,
    mapping,
    warnings: [...input.warnings, ...warnings],
    badRows,
    quoteProblem: layout.quoteProblem,
    totalRowsEstimate,
    totalRowsExact: whole,
  }
}

/** A preview of a whole file already in memory (tests, the sample project). */
export async function previewTable(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<TablePreview> {
  const decoded = decodeBytes(bytes, file, options.encoding)
  return previewTableText({ ...decoded, bytes: bytes.byteLength, totalBytes: bytes.byteLength }, file, options)
}
