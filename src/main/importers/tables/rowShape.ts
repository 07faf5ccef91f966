/** Whether a record fits the table, and why not when it does not. */
import type { RawRecord } from './readTable'

/** A record's fields trimmed to the table's width, or the reason it cannot be used. */
export function shapeRow(rec: RawRecord, width: number): { fields: string[] } | { reason: string } {
  const span = rec.endLine > rec.line ? ` (lines ${rec.line}–${rec.endLine} were read as one row)` : ''
  if (rec.quoteError && (rec.endLine > rec.line || rec.fields.length !== width)) {
    return { reason: `an unmatched quote character${span}; read the file without quote handling if quotes are part of the text` }
  }
  const f = rec.fields
  if (f.length === width) return { fields: f }
  if (f.length > width) {
    // Trailing delimiters leave empty extra fields; anything else is a real extra value.
    for (let i = width; i < f.length; i++) {
      if (f[i].trim() !== '') return { reason: `${f.length} fields where the header has ${width}${span}` }
    }
    return { fields: f.slice(0, width) }
  }
  return { reason: `${f.length} ${f.length === 1 ? 'field' : 'fields'} where the header has ${width}${span}` }
}
