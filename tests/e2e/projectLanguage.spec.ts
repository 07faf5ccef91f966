/**
 * The project language on the overview: an Arabic survey export makes the project Arabic on its own
 * ("Automatic (Arabic)"), the researcher changes it from the keyboard, the CLI sees the change, and
 * the control reads the same in an Arabic UI, and an exported chart is titled in the project language.
 * No serious accessibility finding in either language.
 */
import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { arabicSurvey } from '../language/arabicSurvey'
import { expect, openApp, test } from './fixtures'

const NEEDLE = fileURLToPath(new URL('../../bin/needle.mjs', import.meta.url))
const SHOTS = process.env.NEEDLE_SHOTS_DIR

function needleCli(home: string, ...args: string[]): string {
  return execFileSync(process.execPath, [NEEDLE, ...args], { env: { ...process.env, NEEDLE_HOME: home }, encoding: 'utf8' })
}

async function seriousFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-testid="project-language"]').analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`)
}

test('an Arabic survey makes an Arabic project; the researcher changes its language from the keyboard', async ({ page, needle }) => {
  test.setTimeout(180_000)
  const project = join(needle.projectsDir, 'Riyadh study.needle')
  const csv = join(needle.home, 'survey.csv')
  writeFileSync(csv, arabicSurvey({ perGroup: 10 }).csv)
  needleCli(needle.home, 'new', project)
  needleCli(needle.home, 'import', project, csv, '--kind', 'survey')
  needleCli(needle.home, 'segment', project, '--inputs', 'answers', '--k', '3', '--resamples', '0')

  await openApp(page, needle.url)
  await page.getByRole('button', { name: 'Open project' }).first().click()
  const picker = page.getByRole('dialog', { name: 'Open project' })
  await picker.getByRole('listitem', { name: 'Needle project: Riyadh study.needle' }).click()
  await picker.getByRole('button', { name: 'Open' }).click()

  const control = page.getByRole('group', { name: 'Project language' })
  await expect(control.getByRole('radio', { name: 'Automatic (Arabic)' })).toBeChecked()
  expect(await seriousFindings(page)).toEqual([])
  if (SHOTS) await control.screenshot({ path: join(SHOTS, 'project-language-en.png') })

  // Keyboard only: into the group, then the arrow keys move the choice.
  await control.getByRole('radio', { name: 'Automatic (Arabic)' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(control.getByRole('radio', { name: 'English' })).toBeChecked()
  await expect(control).toContainText('The content reads as Arabic.')
  // The project file holds the choice: the CLI reads it (read-only, the app has the project open).
  await expect
    .poll(() => JSON.parse(needleCli(needle.home, 'language', project, '--json')))
    .toEqual({ language: 'en', chosen: 'en', detected: 'ar' })

  // The app's own language is a separate choice: switching it leaves the project's alone.
  await page.getByText('العربية', { exact: true }).first().click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const arabic = page.getByRole('group', { name: 'لغة المشروع' })
  await expect(arabic.getByRole('radio', { name: 'الإنجليزية' })).toBeChecked()
  await expect(arabic).toContainText('يبدو أن المحتوى مكتوب باللغة العربية.')
  expect(await seriousFindings(page)).toEqual([])
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'project-language-ar.png') })

  await arabic.getByText('تلقائية (العربية)').click()
  await expect(arabic.getByRole('radio', { name: 'تلقائية (العربية)' })).toBeChecked()
  expect(JSON.parse(needleCli(needle.home, 'language', project, '--json')).chosen).toBeNull()

  // A chart exported from an English app carries its title in the project language (Arabic, right to left).
  await page.getByText('English', { exact: true }).first().click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await page.getByTestId('nav-charts').click()
  const sizes = page.getByTestId('chart-sizes')
  await expect(sizes.getByRole('heading', { name: 'Segment sizes' })).toBeVisible()
  await sizes.getByRole('button', { name: /^Export/ }).click()
  const svg = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'SVG image' }).click()
  const svgText = readFileSync((await (await svg).path())!, 'utf8')
  expect(svgText).toMatch(/<text [^>]*direction="rtl"[^>]*>أحجام الشرائح<\/text>/)
  expect(svgText).not.toContain('Segment sizes')
  if (SHOTS) writeFileSync(join(SHOTS, 'sizes-ar.svg'), svgText)
})
