/**
 * On a busy machine the server's answers come back in another order than they were asked. Here a
 * list's answer is held back (the server answers at once, the page receives it later), as a slow
 * link or a busy server does, and what the researcher just did must still be on screen.
 */
import type { Page } from '@playwright/test'
import { confirmCoder, goTo, highlightOf, openDocument, openSample, selectText } from './codingHelpers'
import { expect, test } from './fixtures'

/** The answers to `channel` reach the page the given number of ms after the server gave them, in turn (later ones at once). */
async function holdBack(page: Page, channel: string, delays: number[]): Promise<void> {
  await page.route(`**/api/invoke/${channel}`, async (route) => {
    const response = await route.fetch()
    await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0))
    await route.fulfill({ response })
  })
}

test('a highlight list that answers late does not wipe the highlight just made', async ({ page, needle }) => {
  await openSample(page, needle.url)
  await goTo(page, 'Coding')
  await confirmCoder(page)
  await openDocument(page, 'interview-nasma-ac-riyadh.vtt')
  // A new code makes the reader reload its highlights while the highlight is still being made: here the
  // server reads the list first (the highlight's request leaves a moment later) and the page gets it last,
  // after any list asked later.
  await holdBack(page, 'highlights.list', [1_500])
  await page.route('**/api/invoke/highlights.create', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300))
    await route.continue()
  })

  await selectText(page, 'مدرسة أهلية في حي النرجس')
  await page.keyboard.type('عميل حرج')
  await page.getByTestId('new-code-kind').selectOption('emergency')
  await page.getByTestId('tag-input').press('Enter')
  await page.waitForTimeout(2_500)
  await expect(highlightOf(page, 'مدرسة أهلية في حي النرجس')).toHaveCount(1)
  await expect(page.getByTestId('highlight-panel')).toBeVisible()
  await expect(page.getByTestId('highlight-text')).toHaveText('مدرسة أهلية في حي النرجس')
})

test('coded segments say they are loading, never "0 coded segments", until the code has answered', async ({ page, needle }) => {
  await openSample(page, needle.url)
  await goTo(page, 'Search')
  await holdBack(page, 'coding.segments', [1_000])
  await page.getByRole('tab', { name: 'Coded segments' }).click()
  await page.getByTestId('segments-code').click()
  await page.getByRole('option', { name: 'Re-route live when plans change' }).click()

  await expect(page.getByTestId('segments-loading')).toBeVisible()
  await expect(page.getByText(/^0 coded segments$/)).toHaveCount(0)
  const count = page.getByText(/^\d+ coded segments?$/)
  await expect(count).toBeVisible()
  const shown = Number((await count.textContent())!.match(/\d+/)![0])
  expect(shown).toBeGreaterThan(0)
  await expect(page.getByTestId('segment')).toHaveCount(shown)
})

test('two codes added one after the other both stay in the codebook when the first reload answers last', async ({ page, needle }) => {
  await openSample(page, needle.url)
  await goTo(page, 'Codebook')
  const tree = page.getByTestId('code-tree')
  await expect(tree.getByRole('treeitem').first()).toBeVisible()
  // The reload after the first new code reaches the page last, after the second code's reload.
  await holdBack(page, 'codes.list', [1_500])
  const name = page.getByRole('textbox', { name: 'New code name' })
  for (const code of ['Late answer one', 'Late answer two']) {
    const created = page.waitForResponse((r) => r.url().endsWith('/api/invoke/codes.create'))
    await name.fill(code)
    await name.press('Enter')
    await created
  }
  await page.waitForTimeout(2_000)
  await expect(tree.getByRole('treeitem', { name: /Late answer one/ })).toHaveCount(1)
  await expect(tree.getByRole('treeitem', { name: /Late answer two/ })).toHaveCount(1)
})

test('two quick edits of a persona: the card keeps the last one when the first edit answers last', async ({ page, needle }) => {
  await openSample(page, needle.url)
  await goTo(page, 'Personas')
  const card = page.getByTestId('persona-card').and(page.locator('[dir=ltr]')).first()
  const name = (await card.getByRole('heading').textContent())!.trim()
  await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click()
  await expect(page.getByTestId('persona-editor')).toBeVisible()
  const initials = page.getByRole('radio', { name: 'Initials', exact: true })
  if (!(await initials.isChecked())) await page.getByRole('radiogroup', { name: 'Avatar', exact: true }).getByText('Initials').click()
  const colours = page.getByRole('radiogroup', { name: 'Avatar colour' }).getByRole('radio')
  const unchosen = colours.and(page.locator('[aria-checked=false]'))
  const first = (await unchosen.nth(0).getAttribute('aria-label'))!
  const last = (await unchosen.nth(1).getAttribute('aria-label'))!

  await holdBack(page, 'personas.update', [1_500])
  await page.getByRole('radio', { name: first, exact: true }).click()
  await page.getByRole('radio', { name: last, exact: true }).click()
  await page.waitForTimeout(2_000)
  await expect(page.getByRole('radio', { name: last, exact: true })).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('radio', { name: first, exact: true })).toHaveAttribute('aria-checked', 'false')
})
