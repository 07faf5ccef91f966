import AxeBuilder from '@axe-core/playwright'
import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, openApp, test } from './fixtures'

const NEEDLE = fileURLToPath(new URL('../../bin/needle.mjs', import.meta.url))

test.setTimeout(90_000)

test('a project open refuses for broken references lists check\'s problems, and "Back up and repair" backs it up, repairs and opens it', async ({
  page,
  needle,
}) => {
  const path = join(needle.projectsDir, 'Edited elsewhere.needle')
  const env = { ...process.env, NEEDLE_HOME: needle.home }
  execFileSync(process.execPath, [NEEDLE, 'new', path], { env })
  // Another program added two highlights: one on a document that does not exist, one past the end of its text.
  const db = new Database(path)
  db.pragma('foreign_keys = OFF')
  db.exec(`INSERT INTO sources (id, kind, name, file_name, checksum, encoding, imported_at) VALUES (1, 'interview', 'i', 'i.txt', 'x', 'UTF-8', 'x');
           INSERT INTO documents (id, source_id, title, text, direction, created_at) VALUES (1, 1, 'i.txt', 'نحتاج إثبات التسليم', 'rtl', 'x');
           INSERT INTO highlights (document_id, start, "end", created_at, updated_at) VALUES (42, 0, 5, 'x', 'x'), (1, 6, 30, 'x', 'x');`)
  db.close()

  await openApp(page, needle.url)
  await page.getByRole('button', { name: 'Open project' }).click()
  const picker = page.getByRole('dialog', { name: 'Open project' })
  await picker.getByRole('listitem', { name: 'Needle project: Edited elsewhere.needle' }).click()
  await picker.getByRole('button', { name: 'Open' }).click()

  const offer = page.getByRole('dialog', { name: 'This project needs repair before it opens' })
  await expect(offer).toContainText('Edited elsewhere.needle is damaged')
  const list = offer.getByRole('list', { name: "Needle's check found these problems:" })
  await expect(list.getByRole('listitem')).toHaveText([
    'highlights row 1 points to a missing documents row',
    "highlights row 2 spans 6-30, outside its document's text (19 characters)",
  ])
  await page.screenshot({ path: test.info().outputPath('repair-offer.png') })
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await offer.getByRole('button', { name: 'Back up and repair' }).click()

  await expect(page.getByTestId('project-name')).toHaveText('Edited elsewhere')
  await expect(
    page.getByText(
      /Edited elsewhere was repaired and opened\. The copy from before the repair is Edited elsewhere-.*-before-repair\.needle/,
    ),
  ).toBeVisible()
  expect(readdirSync(`${path}.backups`).filter((f) => f.endsWith('-before-repair.needle'))).toHaveLength(1)
})
