/**
 * Survey respondents on the Participants screen: named by their respondent id, in natural order
 * (P2 before P10), their answers readable question by question (Arabic laid out right-to-left),
 * and the Overview counting every imported row as a participant of its source.
 */
import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, openApp, test } from './fixtures'

const NEEDLE = fileURLToPath(new URL('../../bin/needle.mjs', import.meta.url))
const SHOTS = process.env.NEEDLE_SHOTS_DIR

function needleCli(home: string, ...args: string[]): string {
  return execFileSync(process.execPath, [NEEDLE, ...args], { env: { ...process.env, NEEDLE_HOME: home }, encoding: 'utf8' })
}

/** Twelve respondents P1…P12; only P9 and P11 wrote something (P11 in Arabic). */
function survey(): string {
  const lines = ['Respondent ID,Team,How often do you plan routes?,Comments']
  for (let n = 1; n <= 12; n++) {
    const comment = n === 9 ? 'The maps are out of date every spring' : n === 11 ? 'الخرائط قديمة ولا تعرض الطرق الجديدة' : ''
    lines.push(`P${n},${n % 2 ? 'North' : 'South'},${n % 3 ? 'Weekly' : 'Daily'},${comment}`)
  }
  return lines.join('\n') + '\n'
}

test('respondents are listed naturally by id, their answers open from the table, and the overview counts every row', async ({
  page,
  needle,
}) => {
  test.setTimeout(90_000)
  const project = join(needle.projectsDir, 'Routes.needle')
  const csv = join(needle.home, 'routes survey.csv')
  writeFileSync(csv, survey())
  needleCli(needle.home, 'new', project)
  needleCli(needle.home, 'import', project, csv)
  await openApp(page, needle.url)
  await page.getByRole('button', { name: 'Open project' }).first().click()
  const picker = page.getByRole('dialog', { name: 'Open project' })
  await picker.getByRole('listitem', { name: 'Needle project: Routes.needle' }).click()
  await picker.getByRole('button', { name: 'Open' }).click()
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 15_000 })

  // Overview: 12 rows imported, 12 participants, in the project and on the source's row.
  await expect(page.getByTestId('count-participants')).toHaveText('12')
  const sourceRow = page.getByRole('table', { name: 'Sources' }).getByRole('row', { name: /routes survey\.csv/ })
  await expect(sourceRow.getByRole('cell').nth(3)).toHaveText('12')
  await expect(sourceRow.getByRole('cell').nth(4)).toHaveText('12')

  await page.getByTestId('navbar').getByText('Sources', { exact: true }).click()
  await page.getByRole('tab', { name: 'Participants' }).click()
  const rows = page.getByTestId('participants-table').getByTestId('participant-row')
  await expect(rows).toHaveCount(12)
  const names = await rows.evaluateAll((els) => els.map((el) => el.querySelector('bdi')?.textContent ?? ''))
  expect(names).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12'])

  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'respondents.png') })
  await page.getByRole('button', { name: 'Show the answers of P11' }).click()
  const dialog = page.getByRole('dialog', { name: 'Answers of P11' })
  const answers = dialog.getByTestId('participant-answers')
  await expect(answers.locator('dt')).toHaveText(['Team', 'How often do you plan routes?', 'Comments'])
  await expect(answers.locator('dd').nth(0)).toHaveText('North')
  const arabic = answers.locator('dd', { hasText: 'الخرائط قديمة' })
  await expect(arabic).toHaveAttribute('dir', 'auto')
  // dir="auto" lays the Arabic answer out right-to-left inside the English screen.
  expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
  if (SHOTS) await dialog.screenshot({ path: join(SHOTS, 'respondent-answers.png') })
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})
