/**
 * Who prints the card. The one place the choice is made:
 * - the desktop app: the printer its session carries. The session lives on the desktop app's session
 *   worker, whose printer asks the main thread to print with Electron's own printToPDF on a hidden
 *   window; so no service imports Electron;
 * - the browser edition (a long-running server): one headless Chromium kept alive between exports
 *   and closed when the process exits;
 * - anything else (the CLI, tests, benches): a Chromium started for the job and closed after it.
 */
import type { Session } from '../../../session'
import type { Printer } from './printJob'

export async function printerFor(session: Session): Promise<Printer> {
  if (session.printer) return session.printer
  // Loaded on demand: playwright-core is for the CLI and the browser edition; the installers leave it out.
  const { ChromiumPrinter, sharedChromiumPrinter } = await import('./chromium')
  if (session.edition === 'browser') return sharedChromiumPrinter()
  const printer = new ChromiumPrinter()
  printer.start()
  return printer
}
