/**
 * Who prints the card. The one place the choice is made:
 * - the desktop app: the printer its session carries (Electron's own printToPDF on a hidden
 *   window, set by the shell as it sets the native dialogs), so no service imports Electron;
 * - the browser edition (a long-running server): one headless Chromium kept alive between exports
 *   and closed when the process exits;
 * - anything else (the CLI, tests, benches): a Chromium started for the job and closed after it.
 */
import type { Session } from '../../../session'
import { ChromiumPrinter, sharedChromiumPrinter } from './chromium'
import type { Printer } from './printJob'

export async function printerFor(session: Session): Promise<Printer> {
  if (session.printer) return session.printer
  if (session.edition === 'browser') return sharedChromiumPrinter()
  const printer = new ChromiumPrinter()
  printer.start()
  return printer
}
