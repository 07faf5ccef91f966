/**
 * The Chromium Needle prints with runs no address bar: headless Chromium is the whole browser with
 * unseen windows, and each print's new window loaded the address bar's WebUI popup in a renderer of its
 * own (0.3-0.6 s of CPU per export on a two-core machine, seen in Chromium traces of the bench). The real
 * Chromium's command line, read back from /proc: the one --disable-features Chromium honours (the last)
 * turns the popup off and still carries the features playwright-core disables itself.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, NO_ADDRESS_BAR_FEATURES } from '../../src/main/services/exports/personas/chromium'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Command lines of the Chromium browser processes this test process started. */
function chromiumCommandLines(): string[][] {
  const lines: string[][] = []
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      if (ppid === process.pid && argv.some((a) => a.startsWith('--remote-debugging-pipe'))) lines.push(argv)
    } catch {
      // A process that ended while being read is not ours to check.
    }
  }
  return lines
}

describe('the printing Chromium', () => {
  it('keeps playwright-core’s disabled features in the one --disable-features Chromium honours', () => {
    const lines = chromiumCommandLines()
    expect(lines.length).toBeGreaterThan(0)
    for (const argv of lines) {
      const switches = argv.filter((a) => a.startsWith('--disable-features='))
      const last = switches.at(-1)!.slice('--disable-features='.length).split(',')
      for (const feature of [...NO_ADDRESS_BAR_FEATURES, 'PaintHolding', 'DestroyProfileOnBrowserClose']) expect(last).toContain(feature)
    }
  })
})
