import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, openApp, test } from './fixtures'

test('a new project is created through the file picker and opens on an empty overview', async ({ page, needle }) => {
  await openApp(page, needle.url)
  await expect(page.getByRole('heading', { name: 'Welcome to Needle' })).toBeVisible()
  // The launch token is taken out of the address bar, and the page keeps working without it.
  expect(page.url()).not.toContain('token=')
  await expect(page.getByText('Projects you create or open will be listed here.')).toBeVisible()

  await page.getByRole('button', { name: 'New project' }).click()
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await expect(dialog).toBeVisible()
  // The picker starts in the projects folder.
  await expect(dialog.getByTestId('picker-folder')).toHaveText(needle.projectsDir)
  await dialog.getByLabel('File name').fill('Field study')
  await dialog.getByRole('button', { name: 'Create' }).click()

  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('project-name')).toHaveText('Field study')
  for (const count of ['Sources', 'Documents', 'Participants', 'Codes', 'Highlights', 'Segments', 'Personas']) {
    await expect(page.getByRole('group', { name: count })).toContainText('0')
  }
  await expect(page.getByRole('heading', { name: 'No sources yet' })).toBeVisible()
  expect(existsSync(join(needle.projectsDir, 'Field study.needle'))).toBe(true)

  // A reload shows the same project: the server's session holds it, the page holds the token.
  await page.reload()
  await expect(page.getByTestId('project-name')).toHaveText('Field study')

  // Closing returns to the start screen, where the project is now a recent one that opens again.
  await page.getByRole('button', { name: 'Close project' }).click()
  await expect(page.getByRole('heading', { name: 'Welcome to Needle' })).toBeVisible()
  await page.getByRole('button', { name: 'Open Field study' }).click()
  await expect(page.getByTestId('project-name')).toHaveText('Field study')
})

test('the File shortcuts the browser leaves to the page open the picker', async ({ page, needle }) => {
  await openApp(page, needle.url)
  await page.keyboard.press('Control+o')
  await expect(page.getByRole('dialog', { name: 'Open project' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await page.keyboard.press('Control+Alt+n')
  await expect(page.getByRole('dialog', { name: 'New project' })).toBeVisible()
})
