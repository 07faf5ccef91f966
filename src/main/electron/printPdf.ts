/**
 * The desktop app prints persona cards with Electron's own Chromium: the same HTML document as the
 * CLI and the browser edition (exports/personas/page.ts), loaded in a hidden, sandboxed window
 * from a temporary file (a data: URL of a few hundred kB of embedded fonts is slow to parse), fitted by
 * the page's own script, then printToPDF / capturePage.
 */
import { BrowserWindow } from 'electron'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PAGE_MM } from '../services/exports/personas/css'
import type { Printer, PrintJob } from '../services/exports/personas/printJob'

const MM_TO_CSS_PX = 96 / 25.4

async function withWindow<T>(job: PrintJob, scale: number, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-print-'))
  const file = join(dir, 'card.html')
  writeFileSync(file, job.html)
  const { width, height } = PAGE_MM[job.page]
  const win = new BrowserWindow({
    show: false,
    width: Math.round(width * MM_TO_CSS_PX),
    height: Math.round(height * MM_TO_CSS_PX),
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, zoomFactor: scale, spellcheck: false },
  })
  // The card never navigates or opens windows; a link click in a printed page is not a journey.
  win.webContents.on('will-navigate', (e) => e.preventDefault())
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  try {
    await win.loadFile(file)
    const started = Date.now()
    while (!(await win.webContents.executeJavaScript('document.documentElement.dataset.fitted === "true"'))) {
      if (Date.now() - started > 15_000) throw new Error('the persona card did not finish laying out within 15 s')
      await new Promise((r) => setTimeout(r, 20))
    }
    return await use(win)
  } finally {
    win.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function printPdfWithElectron(job: PrintJob): Promise<Buffer> {
  return withWindow(job, 1, (win) =>
    win.webContents.printToPDF({
      pageSize: job.page === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    }),
  )
}

export async function capturePngWithElectron(job: PrintJob & { selector: string }): Promise<Buffer> {
  return withWindow(job, 2, async (win) => {
    const rect = (await win.webContents.executeJavaScript(
      `(() => { const r = document.querySelector(${JSON.stringify(job.selector)}).getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height } })()`,
    )) as { x: number; y: number; width: number; height: number }
    const image = await win.webContents.capturePage({
      x: Math.floor(rect.x),
      y: Math.floor(rect.y),
      width: Math.ceil(rect.width),
      height: Math.ceil(rect.height),
    })
    return image.toPNG()
  })
}

export const electronPrinter: Printer = {
  pdf: printPdfWithElectron,
  png: capturePngWithElectron,
  release: async () => {},
}
