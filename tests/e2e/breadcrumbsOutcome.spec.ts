/**
 * The Breadcrumbs screen in Arabic on the sample: the outcome picker offers event types and dated
 * attribute values (Lifecycle stage = churned), and what the analysis left out is said in Arabic,
 * worded from the notes' codes and numbers. Screenshot in test-results/screens/ for a human.
 */
import AxeBuilder from '@axe-core/playwright'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ar from '../../src/renderer/src/i18n/ar.json' with { type: 'json' }
import { expect, test, setLook } from './fixtures'
import { goTo, openSample } from './codingHelpers'

const sheet = fileURLToPath(new URL('../../test-results/screens/', import.meta.url))

test('an attribute value as the outcome, and the left-out notes in Arabic', async ({ page, needle }) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1440, height: 1000 })
  await openSample(page, needle.url)
  await setLook(page, { language: 'ar' })
  await goTo(page, ar.breadcrumbs.nav)

  const picker = page.getByTestId('breadcrumbs-outcome')
  await expect(picker).toHaveValue('Subscription cancelled')
  await picker.click()
  // Both kinds of outcome, under their Arabic group headings.
  await expect(page.getByText(ar.crumbs.outcome.events, { exact: true })).toBeVisible()
  await expect(page.getByText(ar.crumbs.outcome.attributes, { exact: true })).toBeVisible()
  await page.getByRole('option', { name: 'Lifecycle stage = churned' }).click()
  await page.getByTestId('breadcrumbs-run').click()
  await expect(page.getByTestId('breadcrumbs-summary')).toContainText('Lifecycle stage = churned')

  const notes = page.getByTestId('breadcrumbs-left-out').locator('p')
  await expect(notes.first()).toBeVisible()
  const texts = await notes.allTextContents()
  expect(texts.length).toBeGreaterThan(0)
  for (const text of texts) {
    expect(text).toMatch(/[\u0600-\u06FF]/)
    expect(text).not.toMatch(/counted|participant|events? /i)
  }
  // Events after the day the stage became churned are left out, and said so in Arabic.
  expect(texts.join(' ')).toMatch(/بعد نتيجة العميل/)
  // The screen with its results and notes, in Arabic: no serious or critical accessibility finding.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`)).toEqual([])
  await page.mouse.move(0, 0)
  await page.screenshot({ path: join(sheet, 'breadcrumbs-attribute-outcome-ar.png'), fullPage: true })
})
