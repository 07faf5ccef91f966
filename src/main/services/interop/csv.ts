/** CSV cells for spreadsheets: quoted when needed, and never read as a formula by Excel or LibreOffice. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let s = typeof value === 'number' ? String(value) : String(value)
  // A cell starting with = + - @ would run as a formula when opened: text from transcripts must not.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',')
}

/** UTF-8 with a byte-order mark, so Excel reads Arabic and emoji correctly; CRLF as RFC 4180 says. */
export function csvDocument(lines: string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
