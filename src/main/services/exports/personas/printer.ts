/**
 * Who prints the card. The one place the choice is made:
 * - the desktop app's session worker sets session.printer: it asks the main thread, which prints with Electron;
 * - inside Electron (the desktop app): Electron's own printToPDF on a hidden window;
 * - the browser edition (a long-running server): one headless Chromium kept alive between exports
 *   and closed when the process exits;
 * - anything else (the CLI, tests, benches): a Chromium started for the job and closed after it.
 * The choice is by runtime, not by session.edition alone: the CLI's session says "desktop" but
 * runs in plain Node, where there is no Electron to print with.
 */
import type { Session } from '../../../session'
import type { PageSize } from './css'

export interface PrintJob {
  html: string
  page: PageSize
}

export interface Printer {
  pdf(job: PrintJob): Promise<Buffer>
  /** A PNG of the first element matching `selector` (the card), at 2× for sharp text. */
  png(job: PrintJob & { selector: string }): Promise<Buffer>
  /** Done with this printer for now: a per-job printer closes its browser, a shared one stays. */
  release(): Promise<void>
}

export async function printerFor(session: Session): Promise<Printer> {
  if (session.printer) return session.printer
  if (process.versions.electron) {
    // Loaded only inside Electron, so plain Node never resolves the electron module.
    const { electronPrinter } = await import('../../../electron/printPdf')
    return electronPrinter
  }
  // Loaded on demand: playwright-core is for the CLI and the browser edition; the installers leave it out.
  const { ChromiumPrinter, sharedChromiumPrinter } = await import('./chromium')
  if (session.edition === 'browser') return sharedChromiumPrinter()
  const printer = new ChromiumPrinter()
  printer.start()
  return printer
}
