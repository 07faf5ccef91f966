/**
 * Importing through the app: a transcript (speakers shown before anything is written), a
 * survey through the mapping step (its role edits kept when the header switch reads the file
 * again), a feedback table, a file that cannot be read, and a big
 * import cancelled half-way. The last two must leave the project's counts as they were.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { goTo, newProject, overviewCounts, pickForImport, stage } from '../fixtures/e2e/importSteps'
import { expect, test } from './fixtures'

test('a transcript: its speakers and first turns are shown, then it is in Sources with its turns', async ({ page, needle }) => {
  stage(needle, 'interview-maya.txt')
  await newProject(page, needle)
  const dialog = await pickForImport(page, 'interview-maya.txt')

  // The kind is preselected from the preview; the speakers are listed with the interviewer switched on.
  await expect(dialog.getByRole('radio', { name: 'Interview' })).toBeChecked()
  const speakers = dialog.getByRole('table', { name: 'Speakers' })
  await expect(speakers.getByRole('row')).toHaveCount(3)
  await expect(dialog.getByRole('switch', { name: 'Interviewer is an interviewer' })).toBeChecked()
  await expect(dialog.getByRole('switch', { name: 'Maya is an interviewer' })).not.toBeChecked()
  await expect(dialog.getByTestId('preview-turns')).toContainText('We need the delivery routes by 7am')

  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  const results = dialog.getByRole('table', { name: 'Imported' })
  await expect(results).toContainText('interview-maya.txt')
  await dialog.getByRole('button', { name: 'Show in Sources' }).click()

  const row = page.getByTestId('source-row').filter({ hasText: 'interview-maya' })
  await expect(row.getByTestId('source-turns')).toHaveText('6')
  await expect(row.getByTestId('source-participants')).toHaveText('2')
  await row
    .getByRole('button', { name: /interview-maya/ })
    .first()
    .click()
  const transcript = page.getByTestId('transcript')
  await expect(transcript.getByTestId('turn')).toHaveCount(6)
  await expect(transcript.getByTestId('turn-speaker').nth(1)).toHaveText('Maya')
  await expect(transcript.getByTestId('turn').nth(1)).toContainText('0:12')
  // Interviewer turns are marked (and shown de-emphasised); the participant's are not.
  await expect(transcript.getByTestId('turn').nth(0)).toHaveAttribute('data-interviewer', 'true')
  await expect(transcript.getByTestId('turn').nth(1)).not.toHaveAttribute('data-interviewer')
})

test('a survey through the mapping step: a changed role changes what is imported', async ({ page, needle }) => {
  stage(needle, 'survey-planning.csv')
  await newProject(page, needle)
  const dialog = await pickForImport(page, 'survey-planning.csv')
  await expect(dialog.getByRole('radio', { name: 'Survey' })).toBeChecked()
  await expect(dialog.getByTestId('preview-grid')).toContainText('Seeing all vans on one map')
  await expect(dialog.getByRole('switch', { name: 'First row is a header' })).toBeChecked()

  // "Anything else?" is read as a category; as free text each answer becomes a document.
  const role = dialog.getByRole('combobox', { name: 'Role of Anything else?' })
  await expect(role).toHaveValue('Category')
  await role.click()
  await page.getByRole('option', { name: 'Free text' }).click()
  await expect(role).toHaveValue('Free text')
  await expect(dialog.getByRole('combobox', { name: 'Role of Plan satisfaction' })).toHaveValue('Likert scale')

  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByRole('table', { name: 'Imported' })).toContainText('survey-planning.csv')
  await dialog.getByRole('button', { name: 'Show in Sources' }).click()

  // 6 respondents; 5 answers to the planning question and 4 to "Anything else?".
  const row = page.getByTestId('source-row').filter({ hasText: 'survey-planning' })
  await expect(row.getByTestId('source-rows')).toHaveText('6')
  await expect(row.getByTestId('source-documents')).toHaveText('9')
  await expect(row.getByTestId('source-participants')).toHaveText('6')
  expect(await overviewCounts(page)).toEqual({ sources: 1, documents: 9, participants: 6 })
})

test('a changed role survives the header switch flipped off and on again, and is what gets imported', async ({ page, needle }) => {
  stage(needle, 'survey-planning.csv')
  await newProject(page, needle)
  const dialog = await pickForImport(page, 'survey-planning.csv')
  const header = dialog.getByRole('switch', { name: 'First row is a header' })
  await expect(header).toBeChecked()

  const role = dialog.getByRole('combobox', { name: 'Role of Anything else?' })
  await expect(role).toHaveValue('Category')
  await role.click()
  await page.getByRole('option', { name: 'Free text' }).click()
  await expect(role).toHaveValue('Free text')

  // Without a header row the columns are read again and named by position; the edit stays with its column.
  await header.click()
  await expect(header).not.toBeChecked()
  await expect(dialog.getByRole('combobox', { name: 'Role of Column 5' })).toHaveValue('Free text')
  await expect(dialog.getByTestId('preview-grid')).toContainText('Anything else?')

  await header.click()
  await expect(header).toBeChecked()
  await expect(dialog.getByRole('combobox', { name: 'Role of Column 5' })).toHaveCount(0)
  await expect(role).toHaveValue('Free text')
  // Columns nobody touched keep what the preview proposes for them.
  await expect(dialog.getByRole('combobox', { name: 'Role of Plan satisfaction' })).toHaveValue('Likert scale')
  await expect(dialog.getByRole('combobox', { name: 'Role of Country' })).toHaveValue('Category')

  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await dialog.getByRole('button', { name: 'Show in Sources' }).click()
  // 5 answers to the planning question and 4 to "Anything else?", now free text.
  const row = page.getByTestId('source-row').filter({ hasText: 'survey-planning' })
  await expect(row.getByTestId('source-rows')).toHaveText('6')
  await expect(row.getByTestId('source-documents')).toHaveText('9')
})

test('a feedback table is recognised as feedback and imported with its accounts', async ({ page, needle }) => {
  stage(needle, 'feedback-crm.csv')
  await newProject(page, needle)
  const dialog = await pickForImport(page, 'feedback-crm.csv')
  await expect(dialog.getByRole('radio', { name: 'Feedback' })).toBeChecked()
  await expect(dialog.getByRole('combobox', { name: 'Role of Account ID' })).toHaveValue('Account or customer ID')
  await expect(dialog.getByRole('combobox', { name: 'Role of Call Notes' })).toHaveValue('Free text')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  const results = dialog.getByRole('table', { name: 'Imported' })
  await expect(results).toContainText('feedback-crm.csv')
  // Four rows, three accounts (ACME-1 twice): the importer says it merged ACME-1's rows.
  await expect(results.getByRole('row').nth(1).getByRole('cell')).toHaveText(['feedback-crm.csv', 'Feedback', '4', '3', '3', '0', '0'])
  await expect(dialog).toContainText('ACME-1')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await goTo(page, 'Sources')
  const row = page.getByTestId('source-row').filter({ hasText: 'feedback-crm' })
  await expect(row.getByTestId('source-rows')).toHaveText('4')
  await expect(row.getByTestId('source-documents')).toHaveText('3')
  expect(await overviewCounts(page)).toEqual({ sources: 1, documents: 3, participants: 3 })
})

test('an archive renamed .csv gets one clear message naming it, and nothing is imported', async ({ page, needle }) => {
  const zip = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]),
    Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)),
  ])
  writeFileSync(join(needle.projectsDir, 'responses.csv'), zip)
  await newProject(page, needle)
  const before = await overviewCounts(page)
  const dialog = await pickForImport(page, 'responses.csv')
  const error = dialog.getByTestId('file-error')
  await expect(error).toBeVisible()
  await expect(error).toContainText('responses.csv')
  await expect(error).toContainText('cannot be read')
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await overviewCounts(page)).toEqual(before)
})

test('cancelling a big import half-way leaves the counts as they were', async ({ page, needle }) => {
  // 80,000 rows take a while to write and preview on a shared machine; the import itself is cancelled early.
  test.setTimeout(60_000)
  const lines = ['id,Segment,Why did you choose us?,What is missing?,Anything else?']
  for (let i = 1; i <= 80_000; i++) {
    lines.push(
      `r${i},${i % 2 ? 'SMB' : 'Enterprise'},Because the routes arrive early on day ${i},Offline maps for depot ${i % 97},Support in Arabic please ${i}`,
    )
  }
  writeFileSync(join(needle.projectsDir, 'big.csv'), `${lines.join('\n')}\n`)
  stage(needle, 'interview-maya.txt')
  await newProject(page, needle)

  // One source in first, so "unchanged" is not just "empty".
  let dialog = await pickForImport(page, 'interview-maya.txt')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await dialog.getByRole('button', { name: 'Done' }).click()
  const before = await overviewCounts(page)
  expect(before.sources).toBe(1)

  dialog = await pickForImport(page, 'big.csv')
  await expect(dialog.getByRole('radio', { name: 'Survey' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByTestId('import-progress')).toBeVisible()
  await expect(dialog.getByTestId('import-rows')).toContainText('rows per second', { timeout: 15_000 })
  await dialog.getByRole('button', { name: 'Cancel import' }).click()
  const failure = dialog.getByTestId('import-failure')
  await expect(failure).toContainText('Cancelled')
  await expect(failure).toContainText('Nothing was imported')
  await failure.getByRole('button', { name: 'Close' }).click()
  expect(await overviewCounts(page)).toEqual(before)
})

test('rows that cannot be read are listed; "Import the rest" imports the others; the same file again is asked about', async ({
  page,
  needle,
}) => {
  stage(needle, 'plans-bad-rows.csv')
  await newProject(page, needle)
  let dialog = await pickForImport(page, 'plans-bad-rows.csv')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  const failure = dialog.getByTestId('import-failure')
  await expect(failure).toContainText('Some rows could not be read')
  await expect(failure).toContainText('Nothing was imported')
  const bad = failure.getByRole('table', { name: 'Rows that cannot be read' })
  await expect(bad.getByRole('row')).toHaveCount(3)
  await expect(bad.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('3')
  await expect(bad.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('5')
  expect((await page.getByTestId('count-sources').textContent())?.trim()).toBe('0')

  await failure.getByRole('button', { name: 'Import the rest' }).click()
  const results = dialog.getByRole('table', { name: 'Imported' })
  // Five data rows, two unreadable: three imported, two left out.
  await expect(results.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('3')
  await expect(results.getByRole('row').nth(1).getByRole('cell').nth(6)).toHaveText('2')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByTestId('count-sources')).toHaveText('1')

  // The same bytes again: the step says when it was imported, and the run asks before importing twice.
  dialog = await pickForImport(page, 'plans-bad-rows.csv')
  await expect(dialog.getByTestId('duplicate-note')).toContainText('already imported')
  await dialog.getByRole('switch', { name: 'Import again' }).click()
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByTestId('import-failure')).toContainText('Some rows could not be read')
  await dialog.getByRole('button', { name: 'Import the rest' }).click()
  await expect(dialog.getByRole('table', { name: 'Imported' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByTestId('count-sources')).toHaveText('2')
})
