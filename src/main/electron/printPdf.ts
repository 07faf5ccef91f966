/**
 * The desktop app prints persona cards with Electron's own Chromium: the same HTML document as the
 * CLI and the browser edition (exports/personas/page.ts), loaded in a hidden, sandboxed window
 * from a temporary file (a data: URL of a few hundred kB of embedded fonts is slow to parse), fitted by
 * the page's own script, then printToPDF / capturePage (geometry in captureGeometry.ts).
 */
import { BrowserWindow } from 'electron'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PAGE_MM } from '../services/exports/personas/css'
import type { PrintJob } from '../services/exports/personas/printJob'
import { capturePlan, pageWindowSize, PNG_SCALE } from './captureGeometry'

/** `deviceScaleFactor` set: an offscreen window (no size limit from the screen) rendering at that scale, for PNGs. */
async function withWindow<T>(job: PrintJob, deviceScaleFactor: number | null, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-print-'))
  const file = join(dir, 'card.html')
  writeFileSync(file, job.html)
  const size = pageWindowSize(PAGE_MM[job.page])
  const win = new BrowserWindow({
    show: false,
    useContentSize: true,
    ...size,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      zoomFactor: 1,
      spellcheck: false,
      ...(deviceScaleFactor ? { offscreen: { deviceScaleFactor } } : {}),
    },
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
  return withWindow(job, null, (win) =>
    win.webContents.printToPDF({
      pageSize: job.page === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    }),
  )
}

export async function capturePngWithElectron(job: PrintJob & { selector: string }): Promise<Buffer> {
  return withWindow(job, PNG_SCALE, async (win) => {
    const card = (await win.webContents.executeJavaScript(
      `(() => { const r = document.querySelector(${JSON.stringify(job.selector)}).getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height } })()`,
    )) as { x: number; y: number; width: number; height: number }
    const [width, height] = win.getContentSize()
    const plan = capturePlan({ width: width!, height: height! }, card)
    if (plan.window.width > width! || plan.window.height > height!) win.setContentSize(plan.window.width, plan.window.height)
    let image = await win.webContents.capturePage(plan.rect)
    // Offscreen rendering is experimental: if it ignored the scale factor, still hand back the promised size.
    const got = image.getSize()
    if (got.width !== plan.output.width || got.height !== plan.output.height) image = image.resize({ ...plan.output, quality: 'best' })
    return image.toPNG()
  })
}
