/**
 * Issue 12 in the app: a participant who was two people is split (chosen documents move to a new
 * participant) and the split is undone from the Participants screen; an anonymised copy is
 * written only after the review step, where the researcher decides which found names go.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const NEEDLE = fileURLToPath(new URL('../../bin/needle.mjs', import.meta.url))
const SHOTS = process.env.NEEDLE_SHOTS_DIR

function needleCli(home: string, ...args: string[]): string {
  return execFileSync(process.execPath, [NEEDLE, ...args], { env: { ...process.env, NEEDLE_HOME: home }, encoding: 'utf8' })
}

async function openProject(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Open project' }).first().click()
  const picker = page.getByRole('dialog', { name: 'Open project' })
  await picker.getByRole('listitem', { name: `Needle project: ${file}` }).click()
  await picker.getByRole('button', { name: 'Open' }).click()
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 15_000 })
}

test('split a participant and undo it; review the names before an anonymised copy is written', async ({ page, needle }) => {
  test.setTimeout(120_000)
  const project = join(needle.projectsDir, 'Tidewater.needle')
  needleCli(needle.home, 'demo', project)
  await openApp(page, needle.url)
  await openProject(page, 'Tidewater.needle')

  await page.getByTestId('navbar').getByText('Sources', { exact: true }).click()
  await page.getByRole('tab', { name: 'Participants' }).click()
  const panel = page.getByTestId('participants-table')
  await page.getByRole('textbox', { name: 'Filter by name' }).fill('Dan Okafor')
  await expect(panel.getByTestId('participant-row')).toHaveCount(1)

  await page.getByRole('button', { name: 'Split Dan Okafor into two participants' }).click()
  const split = page.getByRole('dialog', { name: 'Split “Dan Okafor”' })
  await expect(split.getByLabel('Name of the new participant')).toHaveValue('Dan Okafor (2)')
  await split
    .getByRole('checkbox', { name: /the whole document/ })
    .first()
    .check()
  if (SHOTS) await split.screenshot({ path: join(SHOTS, 'split.png') })
  await split.getByRole('button', { name: 'Move 1 item' }).click()
  await expect(panel.getByTestId('participant-row')).toHaveCount(2)
  await expect(panel).toContainText('Dan Okafor (2)')
  await expect(page.getByTestId('undo-label')).toHaveText('Undo: split of “Dan Okafor (2)” from “Dan Okafor”')
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'participants.png') })

  await page.getByTestId('undo').click()
  await expect(panel.getByTestId('participant-row')).toHaveCount(1)
  await expect(panel).not.toContainText('Dan Okafor (2)')

  // Export for sharing, anonymised: the review lists the names found in the text, all ticked.
  await page.getByRole('button', { name: 'File' }).click()
  await page.getByRole('menuitem', { name: 'Export for sharing…' }).click()
  const sharing = page.getByRole('dialog', { name: 'Export for sharing' })
  await sharing.getByRole('switch', { name: 'Anonymise for sharing outside the team' }).check()
  await sharing.getByRole('button', { name: 'Review before export' }).click()
  const review = sharing.getByTestId('sharing-review')
  await expect(review.getByRole('checkbox', { name: 'Company name (optional)' })).toBeChecked()
  await expect(review.getByRole('checkbox', { name: 'Business type' })).not.toBeChecked()
  const names = review.getByTestId('detected-names')
  await expect(names.getByRole('checkbox', { name: /^Onfleet ·/ })).toBeChecked()
  // The product's own name is no person: the researcher keeps it.
  await names.getByRole('checkbox', { name: /^Tidewater ·/ }).uncheck()
  if (SHOTS) await sharing.screenshot({ path: join(SHOTS, 'sharing-review.png') })
  await sharing.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(sharing.getByTestId('sharing-replaced')).toContainText('140 participants renamed to pseudonyms')
  await expect(sharing.getByTestId('sharing-replaced')).toContainText(/\d+ other names replaced/)

  const copy = readFileSync(join(needle.projectsDir, 'Tidewater (for sharing).needle'))
  expect(copy.includes(Buffer.from('Onfleet'))).toBe(false)
  expect(copy.includes(Buffer.from('Dan Okafor'))).toBe(false)
  expect(copy.includes(Buffer.from('interview-hackney-hare-couriers'))).toBe(false)
  expect(copy.includes(Buffer.from('Tidewater'))).toBe(true)
})
