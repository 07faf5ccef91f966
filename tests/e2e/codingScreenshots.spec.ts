/**
 * Screenshots of the coding workbench in English and Arabic for docs/screenshots (looked at
 * by a person, not compared by pixels). Run: npx playwright test tests/e2e/codingScreenshots.spec.ts
 */
import { mkdirSync } from 'node:fs'
import { expect, test } from './fixtures'
import { confirmCoder, goTo, openDocument, openSample } from './codingHelpers'

const OUT = 'docs/screenshots'

test('coding screenshots, English and Arabic', async ({ page, needle }) => {
  test.setTimeout(300_000)
  mkdirSync(OUT, { recursive: true })
  await page.setViewportSize({ width: 1440, height: 900 })
  await openSample(page, needle.url)
  await goTo(page, 'Coding')
  await confirmCoder(page)
  await openDocument(page, 'interview-hackney-hare-couriers.vtt')
  await expect(page.locator('.needle-hl').first()).toBeVisible()
  await page
    .locator('.needle-overlap')
    .first()
    .scrollIntoViewIfNeeded()
    .catch(() => {})
  await page.locator('.needle-hl').first().click()
  await page.screenshot({ path: `${OUT}/coding-en.png` })

  await page.getByRole('button', { name: 'Close' }).click()
  await openDocument(page, 'interview-nasma-ac-riyadh.vtt')
  await expect(page.locator('.needle-hl').first()).toBeVisible()
  await page.screenshot({ path: `${OUT}/coding-rtl-doc-en.png` })

  await goTo(page, 'Search')
  await page.getByTestId('search-input').fill('deadline')
  await expect(page.getByTestId('search-hit').first()).toBeVisible()
  await page.screenshot({ path: `${OUT}/coding-search-en.png` })
  await goTo(page, 'Codebook')
  await page.getByTestId('code-tree').locator('[role=treeitem]').nth(1).click()
  await page.screenshot({ path: `${OUT}/coding-codebook-en.png` })

  // Arabic interface.
  await page.getByText('العربية').first().click()
  await goTo(page, 'الترميز')
  await openDocumentAr(page, 'interview-nasma-ac-riyadh.vtt')
  await expect(page.locator('.needle-hl').first()).toBeVisible()
  await page.locator('.needle-hl').nth(2).click()
  await page.screenshot({ path: `${OUT}/coding-ar.png` })
  await goTo(page, 'البحث')
  await page.getByTestId('search-input').fill('مدرسة')
  await expect(page.getByTestId('search-hit').first()).toBeVisible()
  await page.screenshot({ path: `${OUT}/coding-search-ar.png` })
})

async function openDocumentAr(page: import('@playwright/test').Page, title: string) {
  await page.getByRole('navigation', { name: 'مستندات للترميز' }).getByText(title, { exact: true }).click()
}
