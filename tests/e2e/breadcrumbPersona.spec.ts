/**
 * A breadcrumb as evidence on a persona, from the keyboard: on a generated log whose planted
 * "Payment failed" precedes cancelling (~40% of those who left, ~5% of those who stayed), the
 * breadcrumb's "Add to persona" menu is opened and a persona chosen with the keyboard, the success
 * is announced, and the persona's card (print preview) and editor show the sentence with its figures.
 */
import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ar from '../../src/renderer/src/i18n/ar.json' with { type: 'json' }
import en from '../../src/renderer/src/i18n/en.json' with { type: 'json' }
import { syntheticEventLog } from '../../src/main/services/breadcrumbs/synthetic'
import { expect, openApp, test, setLook } from './fixtures'
import { goTo } from './codingHelpers'

const NEEDLE = fileURLToPath(new URL('../../bin/needle.mjs', import.meta.url))
const sheet = fileURLToPath(new URL('../../test-results/screens/', import.meta.url))

function needleCli(home: string, ...args: string[]): string {
  return execFileSync(process.execPath, [NEEDLE, ...args], { env: { ...process.env, NEEDLE_HOME: home }, encoding: 'utf8' })
}

test('a breadcrumb goes on a persona from the keyboard, and the persona shows its sentence', async ({ page, needle }) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1440, height: 1000 })
  const project = join(needle.projectsDir, 'Churn.needle')
  const csv = join(needle.home, 'events.csv')
  writeFileSync(csv, syntheticEventLog({ customers: 300, seed: 9 }).csv)
  needleCli(needle.home, 'new', project)
  needleCli(needle.home, 'import', project, csv, '--kind', 'events')
  // A persona to add it to: drafted from the at-risk group (those who stayed and had a failed payment lately).
  const analysis = JSON.parse(
    needleCli(
      needle.home,
      'breadcrumbs',
      project,
      '--outcome',
      'Subscription cancelled',
      '--breadcrumb',
      'Payment failed',
      '--save-segment',
      'At risk',
      '--json',
    ),
  )
  needleCli(needle.home, 'personas', project, '--from-segments')
  const [persona] = JSON.parse(needleCli(needle.home, 'personas', project, '--json')).personas
  const failed = analysis.breadcrumbs.find((b: { label: string }) => b.label === 'Payment failed')
  expect(failed.churnedShare).toBeGreaterThan(0.3)
  const pct = (x: number) => `${Math.round(x * 100)}%`
  const sentence = `${pct(failed.churnedShare)} of customers who had 'Subscription cancelled' had 'Payment failed' in the 60 days before (${pct(failed.retainedShare)} of those who stayed; ${failed.lift.toFixed(1)}×)`

  await openApp(page, needle.url)
  await page.getByRole('button', { name: 'Open project' }).first().click()
  const picker = page.getByRole('dialog', { name: 'Open project' })
  await picker.getByRole('listitem', { name: 'Needle project: Churn.needle' }).click()
  await picker.getByRole('button', { name: 'Open' }).click()
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 15_000 })

  await goTo(page, en.breadcrumbs.nav)
  await page.getByTestId('breadcrumbs-run').click()
  const row = page.getByTestId('breadcrumb-row').filter({ hasText: 'Payment failed' }).first()
  await expect(row).toBeVisible()
  // Keyboard only: focus the row's button, open its menu, pick the persona.
  const add = row.getByRole('button', { name: `Add to persona: Payment failed` })
  await add.focus()
  await page.keyboard.press('Enter')
  const item = page.getByRole('menuitem', { name: new RegExp(persona.name) })
  await expect(item).toBeVisible()
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`)).toEqual([])
  await page.screenshot({ path: join(sheet, 'breadcrumb-add-to-persona.png') })
  // The first persona has the focus as the menu opens; an arrow keeps it there (the only one, the menu loops).
  await expect(item).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(item).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('live-region')).toHaveText(`Added to ${persona.name}: ${sentence}`)

  await goTo(page, en.personas.nav)
  await page.getByRole('button', { name: `Edit ${persona.name}`, exact: true }).click()
  await expect(page.getByTestId('persona-editor')).toBeVisible()
  // In the editor, apart from the quotes, with its counts.
  const facts = page.getByTestId('persona-breadcrumb-facts')
  await expect(facts).toContainText(sentence)
  await expect(facts).toContainText(`${failed.churnedCount} of ${analysis.churned} who left`)
  await expect(facts.getByRole('button', { name: 'Remove breadcrumb “Payment failed” from the card' })).toBeVisible()
  const editorAxe = await new AxeBuilder({ page })
    .include('[data-testid="persona-breadcrumb-facts"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(editorAxe.violations.map((v) => v.id)).toEqual([])
  // On the card as it prints, under its own heading.
  await page.getByText(en.personas.editor.preview, { exact: true }).click()
  const onCard = page.getByTestId('persona-sheet').getByTestId('persona-breadcrumbs')
  await expect(onCard.getByRole('heading')).toHaveText('What came before they left')
  await expect(onCard.getByRole('listitem')).toHaveText([sentence])
  await page.screenshot({ path: join(sheet, 'persona-breadcrumb-card.png'), fullPage: true })

  // The same editor in Arabic: the list is labelled in Arabic and laid out right-to-left around the English sentence.
  await setLook(page, { language: 'ar' })
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await goTo(page, ar.personas.nav)
  await page.getByRole('button', { name: ar.personas.gallery.editNamed.replace('{{name}}', persona.name), exact: true }).click()
  const arabicFacts = page.getByRole('region', { name: ar.crumbPersona.onCard })
  await expect(arabicFacts).toContainText(sentence)
  await expect(arabicFacts.getByRole('button', { name: 'إزالة الأثر «Payment failed» من البطاقة' })).toBeVisible()
  await arabicFacts.screenshot({ path: join(sheet, 'persona-breadcrumb-facts-ar.png') })
})
