/** What a printer is asked to print, and what every printer (Chromium, Electron's) offers. */
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
