/**
 * The review queue as a new user meets it on the sample: each passage once (a sentence that is a
 * need and a deadline carries both codes), no kind said twice, rules by readable name with the
 * raw pattern only on demand, and "Accept all" asking first and saying how many.
 */
import { expect, test } from './fixtures'
import { goTo, openSample } from './codingHelpers'

test('suggestions: one card per passage, kinds said once, rules by name, accept all confirmed with the count', async ({ page, needle }) => {
  test.setTimeout(90_000)
  await openSample(page, needle.url)
  await goTo(page, 'Suggestions')
  const cards = page.getByTestId('suggestion')
  await expect(cards.first()).toBeVisible()

  const shown = await cards.evaluateAll((els) =>
    els.map((el) => ({
      text: el.querySelector('p')!.textContent!,
      doc: el.querySelector('[role=listitem]:last-child')!.textContent!,
      chips: [...el.querySelectorAll('[data-testid=suggestion-code], [data-testid=suggestion-kind]')].map((c) =>
        c.textContent!.trim().toLowerCase(),
      ),
      rules: el.querySelector('[data-testid=suggestion-rules]')?.textContent ?? '',
    })),
  )
  // The same sentence of the same document is never two cards.
  const keys = shown.map((s) => `${s.doc}|${s.text}`)
  expect(keys.length).toBeGreaterThan(20)
  expect(new Set(keys).size).toBe(keys.length)
  // The sample has sentences that are a need and a deadline: one card with both codes.
  const both = shown.filter((s) => s.chips.includes('deadline') && s.chips.includes('need'))
  expect(both.length).toBeGreaterThan(0)
  // No chip repeats within a card ("NEED NEED").
  for (const s of shown) expect(new Set(s.chips).size, `chips of “${s.text}”`).toBe(s.chips.length)
  // Rules read as names, never as a raw regular expression.
  for (const s of shown) expect(s.rules, `rule of “${s.text}”`).not.toMatch(/\\b|\(\?|\|/)

  // A starter pattern is named; its pattern shows on demand.
  const dated = cards.filter({ hasText: 'a date after “by”, “before” or “until”' }).first()
  await expect(dated.getByTestId('suggestion-pattern')).toHaveCount(0)
  await dated.getByTestId('show-pattern').click()
  await expect(dated.getByTestId('show-pattern')).toHaveAttribute('aria-expanded', 'true')
  await expect(dated.getByTestId('suggestion-pattern')).toContainText('(?:by|before|until')

  // Accept all asks first, with the number of passages; cancelling applies nothing.
  const total = page.getByTestId('autocode-total')
  const before = await total.textContent()
  const n = Number(before!.match(/\d[\d,]*/)![0].replace(/,/g, ''))
  expect(n).toBeGreaterThan(20)
  await page.getByRole('button', { name: `Accept all ${n}` }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(`This codes ${n} passages at once.`)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(total).toHaveText(before!)
  // Confirmed, all of them are coded at once.
  await page.getByRole('button', { name: `Accept all ${n}` }).click()
  await page.getByTestId('confirm-bulk').click()
  await expect(total).toHaveText('0 suggestions to review')
})
