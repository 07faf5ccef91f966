/**
 * A print page is laid out once its fonts are in: a card laid out first in a fallback font and again when
 * Inter or Noto Sans Arabic arrives doubled the browser's work (a 20-card deck spent a third of its time
 * on layouts thrown away). Real Chromium, the real print document of an English and an Arabic card; a
 * ResizeObserver added beside the fit script (with the page's own nonce) notes which faces are still
 * loading each time the card gets a size.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../src/main/services/exports/personas/chromium'
import { printDocument } from '../../src/main/services/exports/personas/page'

// Each time the card gets a size: the faces not loaded yet (document.fonts.status lags the faces themselves).
const WATCH = `window.__sizes = [];
new ResizeObserver(function (entries) {
  entries.forEach(function (e) {
    if (e.contentRect.height === 0) return;
    var pending = [];
    document.fonts.forEach(function (f) { if (f.status !== 'loaded') pending.push(f.family + ' ' + f.weight); });
    window.__sizes.push(pending);
  });
}).observe(document.querySelector('.sheet.card'));`

function withObserver(html: string): string {
  const nonce = /'nonce-([^']+)'/.exec(html)![1]
  return html.replace(`<script nonce="${nonce}">`, `<script nonce="${nonce}">${WATCH}</script>\n<script nonce="${nonce}">`)
}

const card = (text: string) =>
  `<section class="sheet card"><div class="flow"><div class="block"><h2>Needs</h2><div class="body"><ul><li><p>${text}</p></li></ul></div></div></div></section>`

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('a print page', () => {
  it.each([
    ['English', 'en', 'ltr', 'Same-day dispatch before noon, every weekday'],
    ['Arabic', 'ar', 'rtl', 'نحتاج إلى توصيل في اليوم نفسه قبل الظهر'],
  ] as const)('lays an %s card out only once every font has loaded, and is fitted', async (_name, language, dir, text) => {
    const html = withObserver(printDocument(card(text), { page: 'a4', language, dir, title: 'Dana' }))
    const page = await browser.newPage()
    try {
      await page.setContent(html, { waitUntil: 'load' })
      await page.waitForFunction('document.documentElement.dataset.fitted === "true"', null, { timeout: 15_000 })
      const sizes = (await page.evaluate('window.__sizes')) as string[][]
      expect(sizes.length).toBeGreaterThan(0)
      expect(sizes[0]).toEqual([])
      // The card is shown (not left hidden) and uses the embedded face.
      expect(await page.evaluate(`document.querySelector('.sheet.card').getBoundingClientRect().height > 0`)).toBe(true)
      const font = `16px ${language === 'ar' ? "'Noto Sans Arabic'" : 'Inter'}`
      expect(await page.evaluate(([f, t]) => document.fonts.check(f, t), [font, text])).toBe(true)
    } finally {
      await page.close()
    }
  })
})
