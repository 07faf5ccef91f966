/**
 * The reader's coding stripes on the sample: every painted highlight has a stripe in the margin
 * named by its codes; switching a code off hides its highlights and stripes; clicking a fresh
 * highlight opens its panel (not the tag popover); a highlight names its codes for screen readers.
 */
import { confirmCoder, goTo, openSample, selectText } from './codingHelpers'
import { expect, test } from './fixtures'

test('coding stripes name the codes, follow the code switches, and a fresh highlight opens its panel', async ({ page, needle }) => {
  test.setTimeout(150_000)
  await openSample(page, needle.url)
  await goTo(page, 'Coding')
  await confirmCoder(page)
  const reader = page.getByTestId('reader')

  // Code a fresh passage; its stripe appears beside it, named by the code.
  await selectText(page, 'Mornings are fine actually')
  await page.keyboard.type('Morning calm')
  await page.keyboard.press('Enter')
  const mark = reader.locator('.needle-hl', { hasText: 'Mornings are fine actually' })
  await expect(mark).toBeVisible()
  await expect(mark).toHaveAttribute('aria-description', /Morning calm/)
  const stripe = reader.locator('[data-stripe]', { hasText: 'Morning calm' })
  await expect(stripe).toBeVisible()
  const [m, s] = [(await mark.boundingBox())!, (await stripe.boundingBox())!]
  // Beside the lines it covers, in the margin after the text.
  expect(Math.abs(s.y - m.y)).toBeLessThan(12)
  expect(s.x).toBeGreaterThan(m.x + m.width)

  // A click on the fresh highlight opens its panel, not the tag popover.
  await mark.click()
  await expect(page.getByTestId('tag-popover')).toHaveCount(0)
  await expect(page.getByText('Coded by Amal')).toBeVisible()

  // Every painted highlight in view has its stripe.
  const painted = await reader
    .locator('[data-hl]')
    .evaluateAll((els) => new Set(els.flatMap((e) => (e as HTMLElement).dataset.hl!.split(' '))).size)
  const stripes = await reader.locator('[data-stripe]').count()
  expect(stripes).toBe(painted)

  // Switch the code off: its highlight and stripe go; on again: back.
  await page.getByTestId('code-toggles').click()
  await page.getByRole('checkbox', { name: /Morning calm/ }).click()
  await expect(mark).toHaveCount(0)
  await expect(stripe).toHaveCount(0)
  await page.getByRole('checkbox', { name: /Morning calm/ }).click()
  await expect(mark).toBeVisible()
  await expect(stripe).toBeVisible()
})
