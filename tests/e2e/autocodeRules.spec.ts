/**
 * The auto-code rules panel on the sample project: a researcher's own keyword rule finds
 * passages once run and takes its pending suggestions with it when deleted; a broken pattern
 * is explained and never saved; an Arabic rule reads right to left, in either interface.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { goTo, openSample } from './codingHelpers'

async function openRules(page: Page, url: string): Promise<Locator> {
  await openSample(page, url)
  await goTo(page, 'Suggestions')
  const panel = page.getByTestId('rules-panel')
  // The sample ships with the starter lexicons installed.
  await expect(panel.getByTestId('rule-starter').first()).toBeVisible()
  return panel
}

/** Types into the form's searchable code select and picks the code. */
async function pickCode(page: Page, panel: Locator, code: string): Promise<void> {
  await panel.getByTestId('rule-code').fill(code.slice(0, 12))
  await page.getByRole('option', { name: code, exact: true }).click()
  await expect(panel.getByTestId('rule-code')).toHaveValue(code)
}

const ruleOf = (panel: Locator, pattern: string) =>
  panel.getByTestId('rule').filter({ has: panel.page().getByTestId('rule-pattern').getByText(pattern, { exact: true }) })

test('a keyword rule: added to a code, listed, run for new suggestions, deleted with them, undone', async ({ page, needle }) => {
  // Opening the sample alone takes a good part of the default 30 s on a busy machine.
  test.setTimeout(60_000)
  const panel = await openRules(page, needle.url)
  const rules = panel.getByTestId('rule')
  const before = await rules.count()
  const fromRule = page.getByTestId('suggestion').filter({ hasText: 'Found by: the word “spreadsheet”' })
  await expect(fromRule).toHaveCount(0)

  await pickCode(page, panel, 'Spreadsheet scheduling')
  await panel.getByTestId('rule-text').fill('spreadsheet')
  await panel.getByTestId('rule-add').click()
  await expect(rules).toHaveCount(before + 1)
  const rule = ruleOf(panel, 'spreadsheet')
  await expect(rule.getByTestId('rule-kind')).toHaveText('Keyword')
  await expect(rule.getByTestId('rule-language')).toHaveText('English')
  await expect(rule.getByTestId('rule-starter')).toHaveCount(0)
  const group = panel.getByTestId('rule-group').filter({ has: page.getByTestId('rule-pattern').getByText('spreadsheet', { exact: true }) })
  await expect(group.getByTestId('rule-group-code')).toHaveText('Spreadsheet scheduling')
  await expect(panel.getByTestId('rule-text')).toHaveValue('')
  await expect(page.getByTestId('undo-label')).toHaveText('Undo: add rule “spreadsheet” to “Spreadsheet scheduling”')

  // Nothing is queued until the rules run again, which the panel offers for the code it changed.
  await expect(fromRule).toHaveCount(0)
  await expect(panel.getByTestId('rules-changed')).toContainText('Spreadsheet scheduling')
  await panel.getByTestId('rules-run').click()
  await expect(panel.getByTestId('rules-changed')).toHaveCount(0)
  await expect(fromRule.filter({ hasText: 'they just fell off the spreadsheet' })).toHaveCount(1)
  expect(await fromRule.count()).toBeGreaterThan(2)
  await expect(fromRule.first().locator('.mantine-Badge-root').first()).toHaveText('Spreadsheet scheduling')

  // Deleting the rule withdraws what it suggested and is still waiting.
  await rule.getByTestId('rule-delete').click()
  await expect(rule).toHaveCount(0)
  await expect(rules).toHaveCount(before)
  await expect(fromRule).toHaveCount(0)
  await expect(page.getByTestId('undo-label')).toHaveText('Undo: delete rule “spreadsheet” from “Spreadsheet scheduling”')

  // One undo brings back the rule and its suggestions.
  await page.getByTestId('undo').click()
  await expect(rule).toHaveCount(1)
  expect(await fromRule.count()).toBeGreaterThan(2)
})

test('an invalid pattern is explained and nothing is saved', async ({ page, needle }) => {
  const panel = await openRules(page, needle.url)
  const before = await panel.getByTestId('rule').count()
  await pickCode(page, panel, 'System outage')
  await panel.getByTestId('rule-kind-choice').getByText('Pattern', { exact: true }).click()
  await panel.getByTestId('rule-text').fill('(server|system down')
  await expect(panel.getByTestId('rule-problem')).toContainText('This is not a valid pattern')
  await expect(panel.getByTestId('rule-problem')).toContainText('Unterminated group')
  await expect(panel.getByTestId('rule-add')).toBeDisabled()
  await panel.getByTestId('rule-text').press('Enter')
  await expect(panel.getByTestId('rule')).toHaveCount(before)
  await expect(ruleOf(panel, '(server|system down')).toHaveCount(0)
  await expect(page.getByTestId('undo')).toBeDisabled()

  // Fixed, it may be added, and reads as a pattern.
  await panel.getByTestId('rule-text').fill('(server|system) down')
  await expect(panel.getByTestId('rule-problem')).toHaveCount(0)
  await panel.getByTestId('rule-add').click()
  await expect(ruleOf(panel, '(server|system) down').getByTestId('rule-kind')).toHaveText('Pattern')

  // A rule the code already has is explained the same way.
  await panel.getByTestId('rule-text').fill('(server|system) down')
  // (The code's name is isolated, so an Arabic name keeps its place in the sentence.)
  await expect(panel.getByTestId('rule-problem')).toHaveText('\u2068System outage\u2069 already has this rule.')
  await expect(panel.getByTestId('rule-add')).toBeDisabled()
})

test('an Arabic rule reads right to left, in the English and the Arabic interface', async ({ page, needle }) => {
  const panel = await openRules(page, needle.url)
  await pickCode(page, panel, 'Dispatches over WhatsApp')
  await panel.getByTestId('rule-text').fill('واتساب')
  await expect(panel.getByTestId('rule-text')).toHaveAttribute('dir', 'auto')
  await panel.getByTestId('rule-add').click()
  const rule = ruleOf(panel, 'واتساب')
  await expect(rule.getByTestId('rule-language')).toHaveText('Arabic')
  const isRtl = (l: Locator) => l.evaluate((el) => el.matches(':dir(rtl)') && getComputedStyle(el).direction === 'rtl')
  expect(await isRtl(rule.getByTestId('rule-pattern'))).toBe(true)
  expect(await isRtl(ruleOf(panel, 'deadline').getByTestId('rule-pattern'))).toBe(false)

  await page.getByText('العربية').first().click()
  await expect(panel.getByRole('heading', { name: 'القواعد' })).toBeVisible()
  await expect(rule.getByTestId('rule-language')).toHaveText('عربية')
  await expect(rule.getByTestId('rule-kind')).toHaveText('كلمة')
  expect(await isRtl(rule.getByTestId('rule-pattern'))).toBe(true)
  // An English rule inside the right-to-left interface stays left to right.
  expect(await isRtl(ruleOf(panel, 'deadline').getByTestId('rule-pattern'))).toBe(false)
  await expect(page.getByTestId('undo-label')).toHaveText('تراجع: إضافة القاعدة «واتساب» إلى «Dispatches over WhatsApp»')
})
