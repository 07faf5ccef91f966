/**
 * Hands a CSV the service already built to the browser's download (or Electron's save dialog).
 * The BOM makes Excel read the UTF-8 (Arabic code names) correctly.
 */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
