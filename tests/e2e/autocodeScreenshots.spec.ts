/**
 * Screenshots of the auto-code screen with its rules panel, English and Arabic, for a person
 * to look at (not compared by pixels). A tool, run on purpose:
 * NEEDLE_SCREENSHOTS=1 npx playwright test tests/e2e/autocodeScreenshots.spec.ts
 * Writes /tmp/autocode-*.png (NEEDLE_SHOTS_DIR to put them elsewhere).
 */
import { expect, test } from './fixtures'
import { goTo, openSample } from './codingHelpers'

const OUT = process.env.NEEDLE_SHOTS_DIR ?? '/tmp'

test('auto-code rules panel screenshots, English and Arabic', async ({ page, needle }) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  await openSample(page, needle.url)
  await goTo(page, 'Suggestions')
  const panel = page.getByTestId('rules-panel')
  await expect(panel.getByTestId('rule').first()).toBeVisible()

  const add = async (code: string, text: string) => {
    await panel.getByTestId('rule-code').fill(code.slice(0, 10))
    await page.getByRole('option', { name: code, exact: true }).click()
    await panel.getByTestId('rule-text').fill(text)
    await panel.getByTestId('rule-add').click()
    await expect(panel.getByTestId('rule-pattern').getByText(text, { exact: true })).toBeVisible()
  }
  await add('Dispatches over WhatsApp', 'واتساب')
  await add('Spreadsheet scheduling', 'spreadsheet')
  await page.screenshot({ path: `${OUT}/autocode-en.png` })
  await panel.screenshot({ path: `${OUT}/autocode-panel-en.png` })

  await panel.getByTestId('rules-run').click()
  await expect(panel.getByTestId('rules-changed')).toHaveCount(0)
  await panel.getByTestId('rule-kind-choice').getByText('Pattern', { exact: true }).click()
  await panel.getByTestId('rule-text').fill('(server|system down')
  await expect(panel.getByTestId('rule-problem')).toBeVisible()
  await page.screenshot({ path: `${OUT}/autocode-invalid-en.png` })

  await page.getByText('العربية').first().click()
  await expect(panel.getByRole('heading', { name: 'القواعد' })).toBeVisible()
  await panel.getByTestId('rule-text').fill('(عاجل|طارئ')
  await expect(panel.getByTestId('rule-problem')).toBeVisible()
  await page.screenshot({ path: `${OUT}/autocode-invalid-ar.png` })
  await panel.getByTestId('rule-kind-choice').getByText('كلمة', { exact: true }).click()
  await panel.getByTestId('rule-text').fill('')
  await add('Dispatches over WhatsApp', 'الواتس')
  await page.screenshot({ path: `${OUT}/autocode-ar.png` })
  await panel.screenshot({ path: `${OUT}/autocode-panel-ar.png` })
  // The rules further down the list, starters included.
  await panel.getByTestId('rule').last().scrollIntoViewIfNeeded()
  await panel.screenshot({ path: `${OUT}/autocode-panel-ar-end.png` })
  // A smaller window, scrolled down the queue: the panel stays whole beside it.
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.mouse.wheel(0, 1500)
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${OUT}/autocode-ar-small.png` })
})
