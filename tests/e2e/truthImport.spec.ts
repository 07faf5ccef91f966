/**
 * What goes in comes out right, in the app: the import dialog names the encoding it chose and lets
 * the researcher name another (the preview shows the new reading before anything is written); a
 * transcript's interview date is read from the file, shown in the dialog, stored, and editable
 * above the transcript in Sources.
 */
import iconv from 'iconv-lite'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { goTo, newProject, pickForImport } from '../fixtures/e2e/importSteps'
import { expect, test } from './fixtures'

// Two imports and previews each; the shared machine can be slow.
test.setTimeout(120_000)

test('the encoding picker shows the detected encoding and re-reads the preview in another', async ({ page, needle }) => {
  const rows = ['Respondent,What would help most?', 'R1,Le café était fermé déjà à midi', 'R2,Die Lieferung für Müller kam zu spät']
  writeFileSync(join(needle.projectsDir, 'survey-1252.csv'), iconv.encode(rows.join('\r\n') + '\r\n', 'windows-1252'))
  await newProject(page, needle)
  const dialog = await pickForImport(page, 'survey-1252.csv')
  const picker = dialog.getByRole('combobox', { name: 'Encoding' })
  await expect(picker).toHaveValue('Detected: windows-1252')
  await expect(dialog.getByTestId('preview-grid')).toContainText('Le café était fermé')
  await picker.click()
  await page.getByRole('option', { name: 'windows-1255' }).click()
  await expect(dialog.getByTestId('preview-grid')).toContainText('Le cafי')
  await page.screenshot({ path: 'test-results/truth-encoding-picker.png' })
  await picker.click()
  await page.getByRole('option', { name: 'Detect automatically' }).click()
  await expect(dialog.getByTestId('preview-grid')).toContainText('Le café était fermé')
})

test('a transcript’s interview date is read from the file, shown, stored and editable in Sources', async ({ page, needle }) => {
  writeFileSync(
    join(needle.projectsDir, 'interview-dated.txt'),
    'Interview with Maya\nDate: 3 November 2026\n\nInterviewer: What is coming up?\nMaya: By the end of the year we need the new portal.\n',
  )
  await newProject(page, needle)
  const dialog = await pickForImport(page, 'interview-dated.txt')
  await expect(dialog.getByTestId('import-interview-date')).toHaveValue('2026-11-03')
  await page.screenshot({ path: 'test-results/truth-import-date.png' })
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await dialog.getByRole('button', { name: 'Show in Sources' }).click()
  await goTo(page, 'Sources')
  await page
    .getByTestId('source-row')
    .filter({ hasText: 'interview-dated' })
    .getByRole('button', { name: /interview-dated/ })
    .first()
    .click()
  const field = page.getByTestId('interview-date')
  await expect(field).toHaveValue('2026-11-03')
  await field.fill('2026-11-10')
  await field.press('Enter')
  await expect(page.getByText('Interview date saved')).toBeVisible()
  await page.screenshot({ path: 'test-results/truth-reader-date.png' })
  // Back to the list and in again: the date was stored, not only shown.
  await page.getByRole('button', { name: 'All sources' }).click()
  await page
    .getByTestId('source-row')
    .filter({ hasText: 'interview-dated' })
    .getByRole('button', { name: /interview-dated/ })
    .first()
    .click()
  await expect(page.getByTestId('interview-date')).toHaveValue('2026-11-10')
})
