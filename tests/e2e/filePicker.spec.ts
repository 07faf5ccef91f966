/**
 * The browser edition's file picker: it opens where the researcher last chose (remembered in
 * settings, across reloads), else in the open project's folder; a typed or pasted path goes
 * there (a missing one is refused with the path named); and an export says where it was saved.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, openApp, test } from './fixtures'
import { FIXTURES } from '../fixtures/e2e/importSteps'

const SHOTS = process.env.NEEDLE_SHOTS_DIR

test('the picker takes a typed path, remembers the last folder across a reload, and an export says where it went', async ({
  page,
  needle,
}) => {
  test.setTimeout(90_000)
  const study = join(needle.home, 'fieldwork', 'study')
  const data = join(needle.home, 'fieldwork', 'data')
  mkdirSync(study, { recursive: true })
  mkdirSync(data, { recursive: true })
  copyFileSync(join(FIXTURES, 'interview-maya.txt'), join(data, 'interview-maya.txt'))

  await openApp(page, needle.url)
  await page.getByRole('button', { name: 'New project' }).first().click()
  const create = page.getByRole('dialog', { name: 'New project' })
  // Nothing chosen yet and no project open: the projects folder.
  await expect(create.getByTestId('picker-folder')).toHaveText(needle.projectsDir)
  const typed = create.getByRole('textbox', { name: 'Go to a folder or file' })

  // A path that is not there: refused, naming it; the picker stays where it was.
  const missing = join(needle.home, 'no', 'such', 'folder')
  await typed.fill(missing)
  await typed.press('Enter')
  await expect(create.getByText(`There is no file or folder at ${missing}`)).toBeVisible()
  await expect(typed).toHaveAttribute('aria-invalid', 'true')
  if (SHOTS) await create.screenshot({ path: join(SHOTS, 'picker-missing.png') })
  await expect(create.getByTestId('picker-folder')).toHaveText(needle.projectsDir)
  await expect(create).toBeVisible()

  // A pasted folder (with the quotes "Copy as path" adds) opens it.
  await typed.fill(`"${study}"`)
  await typed.press('Enter')
  await expect(create.getByTestId('picker-folder')).toHaveText(study)
  await create.getByLabel('File name').fill('Field study')
  await create.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByTestId('project-name')).toHaveText('Field study')
  expect(existsSync(join(study, 'Field study.needle'))).toBe(true)

  // Import: opens in the project's folder (the last one chosen); a typed file path chooses that file.
  await page.getByRole('button', { name: 'Import…' }).first().click()
  const picker = page.getByRole('dialog', { name: 'Choose files to import' })
  await expect(picker.getByTestId('picker-folder')).toHaveText(study)
  const file = picker.getByRole('textbox', { name: 'Go to a folder or file' })
  await file.fill(join(data, 'interview-maya.txt'))
  await file.press('Enter')
  await expect(picker.getByTestId('picker-folder')).toHaveText(data)
  await expect(picker.getByTestId('picker-chosen')).toHaveText('Files chosen: 1')
  await picker.getByRole('button', { name: 'Continue' }).click()
  const importing = page.getByRole('dialog', { name: 'Import' })
  await expect(importing.getByTestId('step-file')).toHaveText('interview-maya.txt')
  await importing.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(importing.getByRole('table', { name: 'Imported' })).toBeVisible({ timeout: 20_000 })
  await page.keyboard.press('Escape')

  // After a reload the picker still opens in the folder last chosen from.
  await page.reload()
  await expect(page.getByTestId('project-name')).toHaveText('Field study')
  await page.getByRole('button', { name: 'Import…' }).first().click()
  await expect(page.getByRole('dialog', { name: 'Choose files to import' }).getByTestId('picker-folder')).toHaveText(data)
  await page.getByRole('dialog', { name: 'Choose files to import' }).getByRole('button', { name: 'Cancel' }).click()

  // An export: the full path is said in the live region as well as shown.
  await page.getByTestId('navbar').getByText('Team', { exact: true }).click()
  const exchange = page.getByTestId('exchange-section')
  await exchange.getByRole('button', { name: 'REFI-QDA project (.qdpx)' }).click()
  const save = page.getByRole('dialog', { name: 'REFI-QDA project (.qdpx)' })
  await save.getByRole('button', { name: 'Export' }).click()
  const qdc = join(study, 'Field study.qdpx')
  await expect(exchange.getByTestId('export-path')).toHaveText(qdc)
  await expect(page.getByTestId('live-region')).toHaveText(`Saved to ${qdc}`)
  expect(existsSync(qdc)).toBe(true)
})
