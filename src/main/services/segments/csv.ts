/**
 * CSV for the chart exports: quoted when needed, never read as a formula by a spreadsheet (segment
 * and need names are typed by people), UTF-8 with a BOM so Excel shows Arabic, CRLF per RFC 4180.
 */
function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let s = typeof value === 'number' ? String(Math.round(value * 1e4) / 1e4) : String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csv(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`
}
