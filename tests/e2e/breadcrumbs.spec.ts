/**
 * The done-when path in the app, on the sample project: one customer's trail, the breadcrumbs that
 * precede cancelling with their sentence, the at-risk group saved; then the same screens in Arabic.
 * Screenshots go to test-results/screens/ for a human to look at.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ar from '../../src/renderer/src/i18n/ar.json' with { type: 'json' }
import en from '../../src/renderer/src/i18n/en.json' with { type: 'json' }
import { expect, test, setLook } from './fixtures'
import { goTo, openSample } from './codingHelpers'

const sheet = fileURLToPath(new URL('../../test-results/screens/', import.meta.url))

test('a customer trail, the breadcrumbs before cancelling and the at-risk group, in English and Arabic', async ({ page, needle }) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1440, height: 1000 })
  await openSample(page, needle.url)

  for (const language of ['en', 'ar'] as const) {
    if (language === 'ar') await setLook(page, { language: 'ar' })
    const b = (language === 'en' ? en : ar).breadcrumbs

    await goTo(page, b.timeline.nav)
    await page.getByTestId('timeline-participant').click()
    await page.getByTestId('timeline-participant').fill('TW-2003')
    await page.getByRole('option', { name: 'TW-2003' }).click()
    const entries = page.getByTestId('timeline-entry')
    await expect(entries.last()).toContainText('Subscription cancelled')
    await expect(entries.filter({ hasText: 'proof-of-delivery' })).toHaveCount(1)
    const all = await entries.count()
    await page.getByText(b.timeline.zooms['30'], { exact: true }).click()
    await expect.poll(() => entries.count()).toBeLessThan(all)
    await expect(entries.last()).toContainText('Subscription cancelled')
    await page.screenshot({ path: join(sheet, `timeline-${language}.png`) })

    await goTo(page, b.nav)
    await expect(page.getByTestId('breadcrumbs-outcome')).toHaveValue('Subscription cancelled')
    await page.getByTestId('breadcrumbs-run').click()
    const first = page.getByTestId('breadcrumb-row').first()
    await expect(first).toContainText('Payment failed')
    const sentence = first.getByTestId('breadcrumb-sentence')
    if (language === 'en')
      await expect(sentence).toHaveText(
        /^100% of customers who had “Subscription cancelled” had “Payment failed” in the 60 days before \(12% of those who stayed; 8\.5×\)$/,
      )
    else
      await expect(sentence).toHaveText(
        /^100% من العملاء الذين حدث لهم «Subscription cancelled» كان لديهم «Payment failed» خلال 60 يوماً قبله \(12% ممن بقوا؛ 8\.5×\)$/,
      )
    await page.mouse.move(0, 0)
    await page.screenshot({ path: join(sheet, `breadcrumbs-${language}.png`), fullPage: true })

    if (language === 'en') {
      await first.getByRole('button', { name: b.saveAtRisk }).click()
      await first.getByRole('textbox', { name: b.segmentName }).fill('At risk: failed payment')
      await first.getByRole('button', { name: b.save, exact: true }).click()
      await expect(page.getByText('Saved “At risk: failed payment”: 2 customers who stayed and have it now.').first()).toBeVisible()
      await expect(page.getByRole('button', { name: b.exportCsv })).toBeVisible()
    }
  }
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
})
