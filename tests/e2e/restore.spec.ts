import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, openApp, test } from './fixtures'

const NEEDLE = fileURLToPath(new URL('../../bin/needle.mjs', import.meta.url))

test('a damaged project offers its newest backup, and restoring it opens the project', async ({ page, needle }) => {
  // A sound project with a backup beside it, then one page of the project overwritten.
  const path = join(needle.projectsDir, 'Damaged study.needle')
  execFileSync(process.execPath, [NEEDLE, 'new', path], { env: { ...process.env, NEEDLE_HOME: needle.home } })
  mkdirSync(`${path}.backups`)
  copyFileSync(path, join(`${path}.backups`, 'Damaged study-2025-01-01T00-00-00-000Z-manual.needle'))
  const bytes = readFileSync(path)
  bytes.fill(0xa5, 4096 * 3, 4096 * 4)
  writeFileSync(path, bytes)

  await openApp(page, needle.url)
  await page.getByRole('button', { name: 'Open project' }).click()
  const picker = page.getByRole('dialog', { name: 'Open project' })
  await picker.getByRole('listitem', { name: 'Needle project: Damaged study.needle' }).click()
  await picker.getByRole('button', { name: 'Open' }).click()

  const offer = page.getByRole('dialog', { name: 'The project file is damaged' })
  await expect(offer).toContainText('Damaged study.needle is damaged')
  await offer.getByRole('button', { name: 'Restore the newest backup' }).click()

  await expect(page.getByTestId('project-name')).toHaveText('Damaged study')
  await expect(page.getByText('Restored Damaged study from its newest backup')).toBeVisible()
})
