/**
 * A merge of a big teammate's copy runs for seconds in the job worker; the researcher can stop it
 * from the Team screen with the keyboard, is told nothing was merged, and the project's counts are
 * as they were.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bigProject } from '../helpers/bigProject'
import { expect, openApp, test } from './fixtures'

const NEEDLE = fileURLToPath(new URL('../../bin/needle.mjs', import.meta.url))

test('a long merge stops from the keyboard and leaves the project as it was', async ({ page, needle }) => {
  test.setTimeout(120_000)
  const ours = join(needle.projectsDir, 'Ours.needle')
  execFileSync(process.execPath, [NEEDLE, 'demo', ours], { env: { ...process.env, NEEDLE_HOME: needle.home } })
  bigProject(join(needle.projectsDir, 'Big teammate.needle'), 15_000, 'Sara')

  await openApp(page, needle.url)
  await page.getByRole('button', { name: 'Open project' }).first().click()
  const picker = page.getByRole('dialog', { name: 'Open project' })
  await picker.getByRole('listitem', { name: 'Needle project: Ours.needle' }).click()
  await picker.getByRole('button', { name: 'Open' }).click()
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 15_000 })
  const sourcesBefore = await page.getByTestId('count-sources').textContent()

  await page.getByTestId('navbar').getByText('Team', { exact: true }).click()
  const section = page.getByTestId('merge-section')
  await section.getByRole('button', { name: 'Choose a copy to merge…' }).click()
  const choose = page.getByRole('dialog', { name: "Choose your teammate's copy" })
  await choose.getByRole('listitem', { name: 'Needle project: Big teammate.needle' }).click()
  await choose.getByRole('button', { name: 'Choose' }).click()
  await page.getByRole('dialog', { name: 'Merge this copy?' }).getByRole('button', { name: 'Merge', exact: true }).click()

  // While it runs: the stop button, reached and pressed from the keyboard.
  const stop = section.getByRole('button', { name: 'Stop merging' })
  await expect(stop).toBeVisible()
  await stop.focus()
  await page.keyboard.press('Enter')
  await expect(section.getByTestId('merge-cancelled')).toHaveText('Merge stopped. Nothing was merged; the project is as it was.', {
    timeout: 30_000,
  })
  await expect(stop).toBeHidden()

  await page.getByTestId('navbar').getByText('Overview', { exact: true }).click()
  await expect(page.getByTestId('count-sources')).toHaveText(sourcesBefore!)
})
