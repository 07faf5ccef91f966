/**
 * What the mapping step shows before anything is written: the first rows as the file will
 * be read, the proposed (or given) mapping, and every problem found on the way.
 */
import type { TablePreview } from '../../../shared/import/preview'
import type { ImportOptions, SkippedRow } from '../../../shared/import/types'

export type { TablePreview }
import { decodeBytes } from '../decode'
import { planTable } from './plan'
import { shapeRow } from './rowShape'

export const PREVIEW_ROWS = 20

function countLines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return text.endsWith('\n') ? n : n + 1
}

export async function previewTable(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<TablePreview> {
  const decoded = decodeBytes(bytes, file)
  const { layout, mapping, warnings } = await planTable(decoded.text, file, options)
  const rows: string[][] = []
  const badRows: SkippedRow[] = []
  for (const rec of layout.sample) {
    const shaped = shapeRow(rec, layout.width)
    if ('reason' in shaped) badRows.push({ row: rec.line, reason: shaped.reason })
    else if (rows.length < PREVIEW_ROWS) rows.push(shaped.fields)
  }
  let totalRowsEstimate = layout.sample.length
  const exact = layout.sampleIsWhole
  if (!exact && layout.sample.length > 0) {
    const first = layout.sample[0].line
    const last = layout.sample[layout.sample.length - 1].endLine
    const linesPerRow = (last - first + 1) / layout.sample.length
    totalRowsEstimate = Math.round((countLines(decoded.text) - first + 1) / linesPerRow)
  }
  return {
    headers: layout.headers,
    headerRows: layout.headerRows,
    headerStyle: layout.headerStyle,
    delimiter: layout.delimiter,
    quoting: layout.quoting,
    encoding: decoded.encoding,
    rows,
    mapping,
    warnings: [...decoded.warnings, ...warnings],
    badRows,
    quoteProblem: layout.quoteProblem,
    totalRowsEstimate,
    totalRowsExact: exact,
  }
}
