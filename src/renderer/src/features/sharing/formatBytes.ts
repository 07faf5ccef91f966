/** A file size in the reader's language: KB under a megabyte, MB with one decimal above. */
export function formatBytes(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024)
  const [value, unit] = mb >= 1 ? [mb, 'megabyte'] : [Math.max(bytes / 1024, 0.1), 'kilobyte']
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value)
}
