/**
 * Issue 7's app side: two researchers code copies of the same project, merge them twice and get
 * the union once; agreement between the sample's two coders; exports for sharing and REFI-QDA;
 * the read-only banner of a project someone else holds. With NEEDLE_SCREENSHOTS=1 it also
 * writes docs/screenshots/team-*.png in English and Arabic.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const NEEDLE = fileURLToPath(new URL('../../bin/needle.mjs', import.meta.url))
const DOCS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
const SHOOT = Boolean(process.env.NEEDLE_SCREENSHOTS)

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

async function mergeCopy(page: Page, file: string): Promise<void> {
  const section = page.getByTestId('merge-section')
  await section.getByRole('button', { name: 'Choose a copy to merge…' }).click()
  const picker = page.getByRole('dialog', { name: "Choose your teammate's copy" })
  await picker.getByRole('listitem', { name: `Needle project: ${file}` }).click()
  await picker.getByRole('button', { name: 'Choose' }).click()
  const confirm = page.getByRole('dialog', { name: 'Merge this copy?' })
  await expect(confirm).toContainText(`Merge “${file}” into`)
  await confirm.getByRole('button', { name: 'Merge', exact: true }).click()
}

test('a teammate’s copy merges once; agreement, sharing and REFI-QDA exports from the Team screen', async ({ page, needle }) => {
  test.setTimeout(90_000)
  // The shared project, and a teammate's copy of it in which Sara coded one more span.
  const ours = join(needle.projectsDir, 'Tidewater.needle')
  needleCli(needle.home, 'demo', ours)
  const theirs = join(needle.projectsDir, 'Teammate.needle')
  copyFileSync(ours, theirs) // the CLI closed and checkpointed it: the file alone is the whole project
  needleCli(
    needle.home,
    'code',
    theirs,
    '--document',
    '1',
    '--start',
    '0',
    '--end',
    '60',
    '--code',
    'Shared-drive worries',
    '--kind',
    'pain',
    '--coder',
    'Sara Ali',
  )

  await openApp(page, needle.url)
  await openProject(page, 'Tidewater.needle')
  const highlightsBefore = Number(await page.getByTestId('count-highlights').textContent())

  // File → Export for Sharing, anonymised: the switch says what it does, the result where it went.
  await page.getByRole('button', { name: 'File' }).click()
  await page.getByRole('menuitem', { name: 'Export for sharing…' }).click()
  const sharing = page.getByRole('dialog', { name: 'Export for sharing' })
  const anonymise = sharing.getByRole('switch', { name: 'Anonymise for sharing outside the team' })
  const explained = sharing.getByTestId('anonymise-explained')
  await expect(explained).toContainText('participant names and ids become pseudonyms P001, P002')
  await expect(explained).toContainText('e-mail addresses and phone numbers')
  await anonymise.check()
  // The review step comes first (participantsAndSharing.spec.ts checks its choices).
  await sharing.getByRole('button', { name: 'Review before export' }).click()
  await expect(sharing.getByTestId('sharing-review')).toBeVisible({ timeout: 20_000 })
  await sharing.getByRole('button', { name: 'Export', exact: true }).click()
  const shared = join(needle.projectsDir, 'Tidewater (for sharing).needle')
  await expect(sharing.getByTestId('sharing-path')).toHaveText(shared)
  await expect(sharing).toContainText(/\d+ participants renamed to pseudonyms/)
  expect(existsSync(shared)).toBe(true)
  expect(existsSync(`${shared}-wal`)).toBe(false)
  // The copy really carries pseudonyms (the open project is untouched: its counts are read below).
  expect(needleCli(needle.home, 'info', shared, '--json')).toContain('"participants": 140')
  await sharing.getByRole('button', { name: 'Done' }).click()

  await page.getByTestId('navbar').getByText('Team', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Team', level: 2 })).toBeVisible()

  // Agreement between the sample's two coders (the busiest two are chosen first).
  const agreement = page.getByTestId('agreement-section')
  await expect(agreement.getByLabel('First coder')).toHaveValue(/Maya Chen/)
  await expect(agreement.getByLabel('Second coder')).toHaveValue(/Omar Haddad/)
  await agreement.getByRole('button', { name: 'Compare' }).click()
  const table = agreement.getByRole('table', { name: 'Agreement per code' })
  await expect(table.getByRole('columnheader', { name: 'Maya Chen: characters' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Omar Haddad: characters' })).toBeVisible()
  const kappas = await table.getByTestId('kappa').allTextContents()
  expect(kappas.length).toBeGreaterThan(3)
  expect(kappas.some((k) => /^-?\d\.\d\d$/.test(k))).toBe(true)
  await expect(table.getByText(/^(Poor|Slight|Fair|Moderate|Substantial|Almost perfect)$/).first()).toBeVisible()
  await expect(agreement.getByTestId('agreement-summary')).toContainText('documents both coded')
  const [download] = await Promise.all([page.waitForEvent('download'), agreement.getByRole('button', { name: 'Export CSV' }).click()])
  expect(download.suggestedFilename()).toBe('agreement Maya Chen - Omar Haddad.csv')
  const csv = readFileSync(await download.path(), 'utf8')
  expect(csv.split(/\r?\n/)[0]).toContain('characters Maya Chen,characters Omar Haddad')
  expect(csv.split(/\r?\n/).filter(Boolean)).toHaveLength(kappas.length + 1)

  // First merge: Sara's one highlight (and her new code) come in; the rest is already here.
  await mergeCopy(page, 'Teammate.needle')
  const report = page.getByTestId('merge-report')
  await expect(report).toContainText('Merged “Teammate.needle”')
  await expect(report).toContainText('1 highlight added.')
  await expect(report.getByTestId('added-highlights')).toHaveText('1')
  await expect(report.getByTestId('added-codes')).toHaveText('1')
  await expect(report.getByTestId('added-sources')).toHaveText('0')
  expect(Number(await report.getByTestId('skipped-highlights').textContent())).toBe(highlightsBefore)

  if (SHOOT) await shootTeam(page)

  // Second merge of the same copy: nothing new.
  await mergeCopy(page, 'Teammate.needle')
  await expect(report).toContainText('Nothing new')
  await expect(report.getByTestId('added-highlights')).toHaveText('0')
  await expect(report.getByTestId('skipped-highlights')).toHaveText(String(highlightsBefore + 1))

  // A REFI-QDA project written where the researcher chose.
  const exchange = page.getByTestId('exchange-section')
  await exchange.getByRole('button', { name: 'REFI-QDA project (.qdpx)' }).click()
  const save = page.getByRole('dialog', { name: 'REFI-QDA project (.qdpx)' })
  await expect(save.getByRole('textbox', { name: 'File name' })).toHaveValue('Tidewater.qdpx')
  await save.getByRole('button', { name: 'Export' }).click()
  const qdpx = join(needle.projectsDir, 'Tidewater.qdpx')
  await expect(exchange.getByTestId('export-path')).toHaveText(qdpx)
  await expect(exchange.getByTestId('export-done')).toContainText(`${highlightsBefore + 1} highlights, 140 participants`)
  expect(existsSync(qdpx)).toBe(true)
})

test('a project someone else holds shows who, on every screen, and a copy opens writable', async ({ page, needle }) => {
  const path = join(needle.projectsDir, 'Held study.needle')
  needleCli(needle.home, 'new', path)
  // The lock a colleague's Needle leaves: this test's own process stands in for their live one.
  const since = '2025-03-04T09:30:00.000Z'
  writeFileSync(`${path}.lock`, JSON.stringify({ user: 'layla', host: hostname(), pid: process.pid, since }))

  await openApp(page, needle.url)
  await openProject(page, 'Held study.needle')
  const banner = page.getByTestId('read-only-banner')
  await expect(banner).toContainText('Read-only: someone else has this project open')
  await expect(banner).toContainText(`layla on ${hostname()} has had it open since`)
  await expect(banner).toContainText('2025')

  await page.getByTestId('navbar').getByText('Team', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Team', level: 2 })).toBeVisible()
  await expect(banner).toContainText('layla')
  await expect(page.getByTestId('merge-section').getByRole('button', { name: 'Choose a copy to merge…' })).toBeDisabled()

  if (SHOOT) await shootBanner(page)

  await banner.getByRole('button', { name: 'Save a copy to make changes' }).click()
  const picker = page.getByRole('dialog', { name: 'Save a copy' })
  await picker.getByRole('textbox', { name: 'File name' }).fill('My held study')
  await picker.getByRole('button', { name: 'Save' }).click()
  // The copy keeps the project's name; its path says which file is open now.
  const copy = join(needle.projectsDir, 'My held study.needle')
  await expect(page.getByTitle(copy)).toBeVisible()
  await expect(banner).toHaveCount(0)
  expect(existsSync(copy)).toBe(true)
})

const ATLAS = fileURLToPath(
  new URL('../../../shared/data/real/refi_qda/samples/atlasti8_standard_project_TestProject.qdpx', import.meta.url),
)

test('a REFI-QDA import from ATLAS.ti lists its missing sources and what Needle cannot hold', async ({ page, needle }) => {
  if (!existsSync(ATLAS)) {
    // Printed as well as annotated: the list reporter shows a skip without its reason.
    const why = `the real ATLAS.ti export is not at ${ATLAS} (CI provides it)`
    console.log(`[needle e2e] skipping the ATLAS.ti import: ${why}`)
    test.skip(true, why)
  }
  needleCli(needle.home, 'new', join(needle.projectsDir, 'From ATLAS.needle'))
  copyFileSync(ATLAS, join(needle.projectsDir, 'TestProject.qdpx'))
  await openApp(page, needle.url)
  await openProject(page, 'From ATLAS.needle')
  await page.getByTestId('navbar').getByText('Team', { exact: true }).click()

  await page.getByRole('button', { name: 'Import REFI-QDA (.qdpx, .qdc)…' }).click()
  const picker = page.getByRole('dialog', { name: 'Import a REFI-QDA project or codebook' })
  await picker.getByText('TestProject.qdpx', { exact: true }).click()
  await picker.getByRole('button', { name: 'Import' }).click()

  const report = page.getByTestId('import-report')
  await expect(report).toContainText('Imported “TestProject.qdpx”')
  await expect(report.getByTestId('added-codes')).toHaveText('14')
  await expect(report.getByTestId('missing-sources')).toContainText(
    '6 sources are named in the project but their files are not in the archive',
  )
  const notImported = report.getByRole('table', { name: 'Not imported: elements Needle cannot hold' })
  for (const element of ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']) await expect(notImported).toContainText(element)
})

async function switchLanguage(page: Page, label: string, lang: string): Promise<void> {
  await page.getByRole('radiogroup').getByText(label, { exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await page.evaluate(() => document.fonts.ready)
}

async function shootTeam(page: Page): Promise<void> {
  mkdirSync(DOCS, { recursive: true })
  // Tall enough for the merge report and the agreement table without the page scrolling under the header.
  const size = page.viewportSize()!
  await page.setViewportSize({ width: 1280, height: 1640 })
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: join(DOCS, 'team-en.png') })
  await shootSharing(page, 'File', 'Export for sharing…', 'team-sharing-en.png')
  await switchLanguage(page, 'العربية', 'ar')
  await page.screenshot({ path: join(DOCS, 'team-ar.png') })
  await shootSharing(page, 'ملف', 'تصدير للمشاركة…', 'team-sharing-ar.png')
  await switchLanguage(page, 'English', 'en')
  await page.setViewportSize(size)
}

async function shootSharing(page: Page, file: string, item: string, name: string): Promise<void> {
  await page.getByRole('button', { name: file }).click()
  await page.getByRole('menuitem', { name: item }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('switch').check()
  await page.waitForTimeout(300) // the modal's opening transition
  await dialog.screenshot({ path: join(DOCS, name) })
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
}

async function shootBanner(page: Page): Promise<void> {
  mkdirSync(DOCS, { recursive: true })
  await page.screenshot({ path: join(DOCS, 'team-readonly-en.png') })
  await switchLanguage(page, 'العربية', 'ar')
  await page.screenshot({ path: join(DOCS, 'team-readonly-ar.png') })
  await switchLanguage(page, 'English', 'en')
}
