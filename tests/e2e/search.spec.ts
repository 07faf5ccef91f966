import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { confirmCoder, goTo, openSample } from './codingHelpers'

async function search(page: Page, query: string): Promise<{ total: string }> {
  await page.getByTestId('search-input').fill(query)
  const total = page.getByTestId('search-total')
  await expect(total).toHaveText(/match/)
  return { total: (await total.textContent())! }
}

test('Arabic search finds the same documents with and without harakat and alef forms; a hit opens at the match', async ({
  page,
  needle,
}) => {
  await openSample(page, needle.url)
  await goTo(page, 'Search')
  for (const [bare, marked] of [
    ['مدرسة', 'مَدْرَسَة'],
    ['اهلية', 'أَهْلِيَّة'],
  ]) {
    const plain = await search(page, bare)
    expect(plain.total).toMatch(/^[1-9]\d* documents? match/)
    const texts = await page.getByTestId('search-hit').allTextContents()
    expect((await search(page, marked)).total).toBe(plain.total)
    expect(await page.getByTestId('search-hit').allTextContents()).toEqual(texts)
  }

  await search(page, 'مدرسة')
  // The match is shown in context and opens in the reader, marked.
  const first = page.getByTestId('search-hit').first()
  await expect(first.locator('mark')).toHaveText(/مدرسة/)
  await first.click()
  await confirmCoder(page)
  await expect(page.getByTestId('coding-title')).toHaveText('interview-nasma-ac-riyadh.vtt')
  await expect(page.getByTestId('reader').locator('.needle-pending')).toContainText('مدرسة')
})

test('code all results is one step that undo takes back', async ({ page, needle }) => {
  await openSample(page, needle.url)
  await goTo(page, 'Search')
  await page.getByTestId('search-input').fill('karak')
  await expect(page.getByTestId('search-total')).toHaveText(/match/)
  const hits = await page.getByTestId('search-hit').count()
  expect(hits).toBeGreaterThan(1)

  const code = 'Re-route live when plans change'
  const segmentsWithKarak = async () => {
    await page.getByRole('tab', { name: 'Coded segments' }).click()
    await page.getByTestId('segments-code').click()
    await page.getByRole('option', { name: code }).click()
    await expect(page.getByText(/\d+ coded segments?/)).toBeVisible()
    const n = await page.getByTestId('segment').locator('mark', { hasText: /karak/i }).count()
    return n
  }
  const before = await segmentsWithKarak()
  await page.getByRole('tab', { name: 'Search' }).click()
  await expect(page.getByTestId('search-hit')).toHaveCount(hits)

  await page.getByTestId('code-all-code').click()
  await page.getByRole('option', { name: code }).click()
  await page.getByTestId('code-all').click()
  await expect(page.getByText(`Coded ${hits} results`)).toBeVisible()
  await expect(page.getByTestId('undo-label')).toHaveText(`Undo: code all results of “karak” as “${code}”`)

  // Every result is now a coded segment of that code.
  expect(await segmentsWithKarak()).toBe(before + hits)

  // One Ctrl+Z takes all of them back (outside a text box, whose Ctrl+Z undoes typing).
  await page.getByRole('heading', { name: 'Search' }).click()
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('segment').locator('mark', { hasText: /karak/i })).toHaveCount(before)
})
