/**
 * The Sources screen after an import: transcripts in their own direction with their speakers,
 * the participants panel (rename, interviewer, map onto an existing person), removing a source,
 * and a large survey's answers in a windowed table with a question filter.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { goTo, newProject, overviewCounts, pickForImport, stage } from '../fixtures/e2e/importSteps'
import { expect, test } from './fixtures'

test('two transcripts at once; the Arabic one reads right to left; speakers are renamed, marked and mapped', async ({ page, needle }) => {
  stage(needle, 'interview-maya.txt', 'interview-sara-ar.txt')
  await newProject(page, needle)
  const dialog = await pickForImport(page, 'interview-maya.txt', 'interview-sara-ar.txt')
  await dialog.getByRole('button', { name: 'Next file' }).click()
  await expect(dialog.getByTestId('step-file')).toHaveText('interview-sara-ar.txt')
  await expect(dialog.getByRole('switch', { name: 'المحاور is an interviewer' })).toBeChecked()
  await expect(dialog.getByTestId('preview-turns').locator('[dir="rtl"]')).toContainText('نحتاج إلى طريقة أسرع')
  await dialog.getByRole('button', { name: 'Import 2 files' }).click()
  await expect(dialog.getByRole('table', { name: 'Imported' }).getByRole('row')).toHaveCount(3)
  await dialog.getByRole('button', { name: 'Show in Sources' }).click()
  const before = await overviewCounts(page)
  expect(before).toEqual({ sources: 2, documents: 2, participants: 4 })

  // The Arabic transcript: the text itself is right to left, not only aligned right.
  await goTo(page, 'Sources')
  await page.getByRole('button', { name: 'Open interview-sara-ar' }).click()
  const transcript = page.getByTestId('transcript')
  await expect(transcript).toHaveAttribute('dir', 'rtl')
  await expect(transcript.getByTestId('turn-text').nth(1)).toHaveAttribute('dir', 'rtl')
  await expect(transcript.getByTestId('turn-text').nth(1)).toHaveText('نحتاج إلى طريقة أسرع لتتبع الطلبات قبل نهاية الشهر.')
  await expect(transcript.getByTestId('turn-speaker').nth(1)).toHaveText('سارة')
  await expect(transcript.getByTestId('turn').nth(0)).toHaveAttribute('data-interviewer', 'true')
  const textBox = (await transcript.getByTestId('turn-text').nth(1).boundingBox())!
  const speakerBox = (await transcript.getByTestId('turn-speaker').nth(1).boundingBox())!
  expect(speakerBox.x).toBeGreaterThan(textBox.x) // the speaker column sits on the right

  // Participants: rename Sara, mark her as an interviewer; the transcript follows.
  await page.getByRole('tab', { name: 'Participants' }).click()
  const panel = page.getByTestId('participants-table')
  await expect(panel.getByTestId('participant-row')).toHaveCount(4)
  await page.getByRole('button', { name: 'Rename سارة' }).click()
  await page.getByRole('dialog', { name: 'Rename participant' }).getByLabel('Name').fill('سارة الخطيب')
  await page.getByRole('dialog', { name: 'Rename participant' }).getByRole('button', { name: 'Rename' }).click()
  await expect(panel).toContainText('سارة الخطيب')
  await page.getByRole('switch', { name: 'سارة الخطيب is an interviewer' }).click()
  await expect(page.getByRole('switch', { name: 'سارة الخطيب is an interviewer' })).toBeChecked()

  // The English transcript's interviewer is the same person as the Arabic one's: map one onto the other.
  // (Generic roles are people of their own interview, so each carries its file's name.)
  await page.getByRole('checkbox', { name: 'Select Interviewer (interview-maya)' }).check()
  await page.getByRole('button', { name: 'Map to participant…' }).click()
  const map = page.getByRole('dialog', { name: 'Map to an existing participant' })
  await map.getByRole('combobox', { name: 'Participant' }).click()
  await page.getByRole('option', { name: 'المحاور (interview-sara-ar)' }).click()
  await map.getByRole('button', { name: 'Map' }).click()
  await expect(panel.getByTestId('participant-row')).toHaveCount(3)
  expect((await overviewCounts(page)).participants).toBe(3)

  await goTo(page, 'Sources')
  await page.getByRole('button', { name: 'Open interview-sara-ar' }).click()
  await expect(transcript.getByTestId('turn-speaker').nth(1)).toHaveText('سارة الخطيب')
  await expect(transcript.getByTestId('turn').nth(1)).toHaveAttribute('data-interviewer', 'true')

  // Removing the Arabic source, confirmed, takes its document and the people only it knew.
  await page.getByRole('button', { name: 'Remove' }).click()
  await page.getByRole('dialog', { name: 'Remove this source?' }).getByRole('button', { name: 'Remove source' }).click()
  await expect(page.getByTestId('source-row')).toHaveCount(1)
  await expect(page.getByTestId('source-row')).toContainText('interview-maya')
  expect(await overviewCounts(page)).toEqual({ sources: 1, documents: 1, participants: 2 })
})

test('a large survey: answers in a windowed table, loaded as they scroll into view, with a question filter', async ({ page, needle }) => {
  test.setTimeout(60_000)
  const lines = ['Respondent,Team,What slows you down?,What would you pay for?']
  for (let i = 1; i <= 20_000; i++) lines.push(`R${i},${i % 3 ? 'Ops' : 'Sales'},Waiting for routes number ${i},Offline maps ${i}`)
  writeFileSync(join(needle.projectsDir, 'large-survey.csv'), `${lines.join('\n')}\n`)
  await newProject(page, needle)

  const dialog = await pickForImport(page, 'large-survey.csv')
  await expect(dialog.getByRole('combobox', { name: 'Role of What slows you down?' })).toHaveValue('Free text')
  // Short answers read as a category; this question's are free text.
  await dialog.getByRole('combobox', { name: 'Role of What would you pay for?' }).click()
  await page.getByRole('option', { name: 'Free text' }).click()
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByRole('table', { name: 'Imported' })).toContainText('large-survey.csv', { timeout: 30_000 })
  await dialog.getByRole('button', { name: 'Show in Sources' }).click()
  await page.getByRole('button', { name: 'Open large-survey' }).click()

  const table = page.getByRole('table', { name: 'Answers' })
  await expect(page.getByTestId('rows-total')).toHaveText('40,000 answers')
  await expect(table).toHaveAttribute('aria-rowcount', '40001')
  await expect(table.getByRole('row').nth(1)).toContainText('Waiting for routes number 1')
  // Only the rows in view are in the page, however many the survey has.
  expect(await table.getByRole('row').count()).toBeLessThan(80)

  // Scrolling to the end loads the last page on demand.
  await table.locator('[tabindex="0"]').evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(table).toContainText('Offline maps 20000')

  // One question only.
  await page.getByRole('combobox', { name: 'Question' }).click()
  await page.getByRole('option', { name: 'What would you pay for?' }).click()
  await expect(page.getByTestId('rows-total')).toHaveText('20,000 answers')
  await expect(table.getByRole('row').nth(1)).toContainText('Offline maps 1')
  await expect(table).not.toContainText('Waiting for routes')

  // The report says where it came from.
  await page.getByRole('tab', { name: 'Import report' }).click()
  await expect(page.getByTestId('report-from')).toContainText('large-survey.csv')
})
