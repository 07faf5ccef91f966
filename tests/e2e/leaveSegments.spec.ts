/**
 * Leaving the Segments screen with a run that is not saved asks first, whichever way the
 * researcher leaves (sidebar, G+letter, the browser's Back), from the keyboard, in both languages;
 * a saved run leaves without a question.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { join } from 'node:path'
import { expect, openApp, test } from './fixtures'
import { goTo } from './segmentsHelpers'

const SHOTS = process.env.NEEDLE_SHOTS_DIR

/** The sample project, given the time building it takes on a busy machine. */
async function openSample(page: Page, url: string) {
  await openApp(page, url)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 60_000 })
}

async function runClustering(page: Page, tab: string, run: string) {
  await page.getByRole('tab', { name: tab }).click()
  await page
    .getByTestId('run-preview')
    .or(page.getByRole('button', { name: run, exact: true }))
    .first()
    .waitFor()
  await page.getByRole('button', { name: run, exact: true }).click()
  await expect(page.getByTestId('run-preview')).toBeVisible({ timeout: 30_000 })
}

test('an unsaved run is not lost by the sidebar, G+letter or Back without the researcher saying so', async ({ page, needle }) => {
  test.setTimeout(90_000)
  await openSample(page, needle.url)
  await goTo(page, 'Segments')
  await runClustering(page, 'Clustering', 'Run')

  // The sidebar: the question comes up with "Stay" focused; Esc stays, the preview is still there.
  await goTo(page, 'Overview')
  const dialog = page.getByRole('dialog', { name: 'Leave without saving the run?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Stay on Segments' })).toBeFocused()
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'leave-en.png') })
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('run-preview')).toBeVisible()

  // G then O: asked again; Enter on the focused "Stay" stays.
  await page.locator('body').click({ position: { x: 1, y: 1 } })
  await page.keyboard.press('g')
  await page.keyboard.press('o')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('run-preview')).toBeVisible()

  // The browser's Back: asked; leaving (chosen with the keyboard) goes to the Overview and drops the run.
  await page.goBack()
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button', { name: 'Leave and discard the run' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible()
  await goTo(page, 'Segments')
  await page.getByRole('tab', { name: 'Clustering' }).click()
  await expect(page.getByTestId('run-preview')).toHaveCount(0)

  // Back with nothing to lose goes to the previous screen at once.
  await page.goBack()
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible()
  await expect(dialog).toHaveCount(0)

  // A saved run leaves without a question.
  await goTo(page, 'Segments')
  await runClustering(page, 'Clustering', 'Run')
  await page.getByRole('button', { name: 'Save run' }).click()
  await expect(page.getByTestId('saved-segments')).toBeVisible({ timeout: 30_000 })
  await goTo(page, 'Overview')
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible()
  await expect(dialog).toHaveCount(0)
})

test('the question is asked in Arabic too', async ({ page, needle }) => {
  test.setTimeout(90_000)
  await openSample(page, needle.url)
  await page.getByText('العربية').click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await goTo(page, 'الشرائح')
  await runClustering(page, 'التجميع', 'تشغيل')
  await goTo(page, 'نظرة عامة')
  const dialog = page.getByRole('dialog', { name: 'المغادرة دون حفظ التشغيل؟' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'البقاء في الشرائح' })).toBeFocused()
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'leave-ar.png') })
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('run-preview')).toBeVisible()
})
