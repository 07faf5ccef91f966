/**
 * Printing with the system Chromium through playwright-core (no browser download: the machine's
 * /usr/bin/chromium, or NEEDLE_CHROMIUM). The browser's start (~0.5-1 s) is most of a one-card
 * export, so start() begins it at once and the caller builds the page meanwhile.
 */
import { existsSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { NeedleError } from '../../../../shared/errors'
import { PAGE_MM } from './css'
import type { Printer, PrintJob } from './printJob'

/**
 * Headless Chromium is the whole browser with windows nobody sees, and every new window (each print's
 * context) loads the address bar's popup, a WebUI page, in a renderer of its own: 0.3-0.6 s of CPU per
 * export competing with the print on a two-core machine. Turned off here. Chromium keeps only the last
 * --disable-features it is given, so this one also carries the features playwright-core disables itself
 * (its chromiumSwitches.ts, as of 1.65), which it would otherwise drop.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]
export const NO_ADDRESS_BAR_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup']

const ARGS = [
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...NO_ADDRESS_BAR_FEATURES].join(',')}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
]
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
const MM_TO_CSS_PX = 96 / 25.4

export function chromiumPath(): string {
  const path = process.env.NEEDLE_CHROMIUM || CANDIDATES.find((p) => existsSync(p))
  if (!path || !existsSync(path)) {
    throw new NeedleError(
      'internal',
      'No Chromium to print with. Install it (apt-get install chromium) or set NEEDLE_CHROMIUM to its path.',
    )
  }
  return path
}

/** playwright-core is loaded on the first print: it costs ~0.3 s that no other command should pay. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath()
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath, args: ARGS, headless: true })
}

interface Tab {
  context: BrowserContext
  page: Page
}

export class ChromiumPrinter implements Printer {
  private browser: Promise<Browser> | null = null
  /**
   * A blank page opened ahead of the next PDF (its renderer process started), so a print does not
   * wait for one: opened with the browser, and again after each print by a printer that stays up.
   */
  private spare: Promise<Tab | null> | null = null

  constructor(private readonly keepAlive = false) {}

  /** Starts the browser, and a page for the first PDF, without waiting for them. */
  start(): void {
    if (this.browser) return
    this.browser = launchChromium()
    // A launch failure is reported by the print call that awaits it, not as an unhandled rejection.
    this.browser.catch(() => {})
    this.openSpare()
  }

  private openSpare(): void {
    const browser = this.browser
    if (!browser) return
    this.spare = browser.then((b) => this.tab(b, 'a4', 1)).catch(() => null)
  }

  private async tab(browser: Browser, size: PrintJob['page'], scale: number): Promise<Tab> {
    const { width, height } = PAGE_MM[size]
    const context = await browser.newContext({
      viewport: { width: Math.round(width * MM_TO_CSS_PX), height: Math.round(height * MM_TO_CSS_PX) },
      deviceScaleFactor: scale,
      offline: true,
    })
    return { context, page: await context.newPage() }
  }

  private async page(job: PrintJob, scale = 1) {
    this.start()
    const browser = await this.browser!
    // The spare serves PDFs (scale 1); its viewport is set to the job's page size.
    const spare = scale === 1 && this.spare ? await this.spare : null
    if (scale === 1) this.spare = null
    let tab: Tab
    if (spare) {
      tab = spare
      const { width, height } = PAGE_MM[job.page]
      await tab.page.setViewportSize({ width: Math.round(width * MM_TO_CSS_PX), height: Math.round(height * MM_TO_CSS_PX) })
    } else tab = await this.tab(browser, job.page, scale)
    const { context, page } = tab
    if (this.keepAlive && scale === 1) this.openSpare()
    await page.setContent(job.html, { waitUntil: 'load' })
    // A string, not a function: it runs in the page, and this file is type-checked for Node.
    await page.waitForFunction('document.documentElement.dataset.fitted === "true"', null, { timeout: 15_000 })
    return { page, close: () => context.close() }
  }

  async pdf(job: PrintJob): Promise<Buffer> {
    const { page, close } = await this.page(job)
    try {
      // No emulateMedia('print') first: printing lays the page out for print media itself, and switching the
      // screen page to print media first restyled and relaid it out once more (a deck: ~15% of the renderer's work).
      return await page.pdf({ printBackground: true, preferCSSPageSize: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } })
    } finally {
      await close()
    }
  }

  async png(job: PrintJob & { selector: string }): Promise<Buffer> {
    const { page, close } = await this.page(job, 2)
    try {
      return await page.locator(job.selector).first().screenshot({ type: 'png' })
    } finally {
      await close()
    }
  }

  async release(): Promise<void> {
    if (this.keepAlive || !this.browser) return
    await this.close()
  }

  async close(): Promise<void> {
    const browser = this.browser
    this.browser = null
    this.spare = null
    if (browser) await (await browser.catch(() => null))?.close()
  }
}

let shared: ChromiumPrinter | null = null

/** The browser edition's printer: one Chromium for the life of the process. */
export function sharedChromiumPrinter(): ChromiumPrinter {
  if (!shared) {
    shared = new ChromiumPrinter(true)
    shared.start()
    // playwright-core kills its browsers when Node exits, whatever the way out; closing on
    // beforeExit (the event loop ran dry: the server stopped) lets Chromium shut down in order.
    const close = () => void closeSharedChromium()
    process.once('beforeExit', close)
  }
  return shared
}

export async function closeSharedChromium(): Promise<void> {
  const printer = shared
  shared = null
  await printer?.close()
}
