/**
 * Screenshots of the Segments screen (playwright.config.ts runs *Screenshots.spec.ts only with NEEDLE_SCREENSHOTS=1).
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ar from '../../src/renderer/src/i18n/ar.json' with { type: 'json' }
import en from '../../src/renderer/src/i18n/en.json' with { type: 'json' }
import { expect, test, setLook } from './fixtures'
import { goTo, openSample } from './segmentsHelpers'

/**
 * Not a check: screenshots of the run preview, an explanation, the heatmap and the landscape in
 * English and Arabic (and one dark), for a human to look at. Run on purpose:
 *   NEEDLE_SCREENSHOTS=1 npx playwright test segments
 */
test('segments screenshots', async ({ page, needle }) => {
  test.setTimeout(120_000)
  const docs = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
  const sheet = fileURLToPath(new URL('../../test-results/screens/', import.meta.url))
  const labels = { en, ar }
  await page.setViewportSize({ width: 1440, height: 1000 })
  await openSample(page, needle.url)

  for (const [language, theme] of [
    ['en', 'light'],
    ['ar', 'light'],
    ['en', 'dark'],
  ] as const) {
    await setLook(page, { language, theme })
    const s = labels[language].segments
    await goTo(page, s.nav)
    await page.getByRole('tab', { name: s.tabs.run }).click()
    await page.getByRole('button', { name: s.run.start, exact: true }).click()
    await expect(page.getByTestId('run-preview')).toBeVisible({ timeout: 30_000 })
    await page.mouse.move(0, 0)
    const name = `${language}-${theme}`
    await page.screenshot({ path: join(sheet, `segments-preview-${name}.png`) })
    if (theme === 'light') await page.screenshot({ path: join(docs, `segments-${language}.png`) })
    if (theme === 'dark') continue

    await page.getByRole('tab', { name: s.tabs.saved }).click()
    await page.getByTestId('segment-card').first().getByRole('button', { name: s.card.explain }).click()
    await expect(page.getByTestId('segment-detail')).toBeVisible()
    await page.waitForTimeout(400)
    await page.screenshot({ path: join(sheet, `segments-explain-${name}.png`) })
    await page.keyboard.press('Escape')

    await goTo(page, s.charts.nav)
    await expect(page.getByTestId('chart-heatmap')).toBeVisible()
    await page.getByTestId('chart-heatmap').screenshot({ path: join(sheet, `segments-heatmap-${name}.png`) })
    await page.getByTestId('chart-landscape').screenshot({ path: join(sheet, `segments-landscape-${name}.png`) })
    await page.screenshot({ path: join(sheet, `segments-charts-${name}.png`), fullPage: true })

    await goTo(page, s.scores.nav)
    await page.getByRole('button', { name: s.scores.compute }).click()
    await expect(page.getByRole('table', { name: s.scores.tableTitle })).toBeVisible()
    await page.screenshot({ path: join(sheet, `segments-scores-${name}.png`) })

    await goTo(page, s.nav)
    await page.getByRole('tab', { name: s.tabs.rules }).click()
    await page.getByRole('button', { name: s.rules.addCondition }).click()
    await page.getByRole('menuitem', { name: s.rules.type.rating }).click()
    await page.screenshot({ path: join(sheet, `segments-rules-${name}.png`) })
  }
})
