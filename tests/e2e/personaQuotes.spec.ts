/**
 * A persona's identity and its members' uncoded words in the app: the editor shows the role and
 * tagline fields and the uncoded quotes marked as such; Keep pins a quote, Replace swaps it for
 * another member's words, and the print preview marks it "uncoded" on the card.
 */
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import en from '../../src/renderer/src/i18n/en.json' with { type: 'json' }
import { goTo, openSample } from './codingHelpers'
import { expect, test } from './fixtures'

test('uncoded quotes can be kept and replaced, and the card marks them', async ({ page, needle }) => {
  test.setTimeout(150_000)
  await page.setViewportSize({ width: 1440, height: 1100 })
  await openSample(page, needle.url)
  await goTo(page, 'Personas')
  const english = page.getByTestId('persona-card').and(page.locator('[dir=ltr]')).first()
  const name = (await english.getByRole('heading').textContent())!.trim()
  await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click()
  await expect(page.getByTestId('persona-editor')).toBeVisible()
  await expect(page.getByRole('textbox', { name: en.personaIdentity.role })).toBeVisible()
  await expect(page.getByRole('textbox', { name: en.personaIdentity.tagline })).not.toHaveValue('')

  const panel = page.getByTestId('uncoded-quotes')
  await expect(panel).toBeVisible()
  const first = panel.getByTestId('uncoded-quote').first()
  const before = (await first.locator('p').first().textContent())!.trim()
  await first.getByRole('button', { name: en.personaQuotes.keep, exact: true }).click()
  await expect(first.getByRole('button', { name: en.personaQuotes.kept, exact: true })).toHaveAttribute('aria-pressed', 'true')
  await first.getByRole('button', { name: en.personaQuotes.kept, exact: true }).click()
  await expect(first.getByRole('button', { name: en.personaQuotes.keep, exact: true })).toHaveAttribute('aria-pressed', 'false')
  await first.getByRole('button', { name: /^Replace the quote from / }).click()
  await expect(panel.getByTestId('uncoded-quote').first().locator('p').first()).not.toHaveText(before)
  await panel.scrollIntoViewIfNeeded()
  await page.screenshot({ path: fileURLToPath(new URL('../../test-results/screens/persona-uncoded-editor.png', import.meta.url)) })
  // The new controls are labelled and legible (axe, serious and critical findings).
  const axe = await new AxeBuilder({ page })
    .include('[data-testid=uncoded-quotes]')
    .include('[data-testid=persona-editor] input')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])

  await page.getByText(en.personas.editor.preview).click()
  const sheet = page.getByTestId('persona-sheet')
  await expect(sheet.locator('.uncoded').first()).toHaveText('uncoded')
  await sheet.screenshot({ path: fileURLToPath(new URL('../../test-results/screens/persona-uncoded-card.png', import.meta.url)) })
})
