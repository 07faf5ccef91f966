/**
 * The one HTML document both printers print (Chromium through playwright-core, Electron's
 * printToPDF): fonts embedded, a content security policy that lets nothing load or run but the
 * fit script (by nonce), and the sheets.
 */
import { randomBytes } from 'node:crypto'
import { printCss, type PageSize } from './css'
import { FIT_SCRIPT } from './fitScript'
import { fontFaceCss } from './fonts'

export function printDocument(body: string, opts: { page: PageSize; language: string; dir: 'ltr' | 'rtl'; title: string }): string {
  const nonce = randomBytes(12).toString('base64')
  const csp = `default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; script-src 'nonce-${nonce}'`
  const title = opts.title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))
  return `<!doctype html>
<html lang="${opts.language}" dir="${opts.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${title}</title>
<style>${fontFaceCss(`${opts.title} ${body}`)}</style>
<style>${printCss(opts.page)}</style>
</head>
<body>
${body}
<script nonce="${nonce}">${FIT_SCRIPT}</script>
</body>
</html>`
}
