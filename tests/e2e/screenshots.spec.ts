/**
 * Not a test (playwright.config.ts ignores it unless NEEDLE_SCREENSHOTS=1): regenerates the README's screenshots and a contact sheet of the main screens
 * in both languages and themes, for a human to look at. Run it on purpose:
 *   NEEDLE_SCREENSHOTS=1 npx playwright test screenshots
 * It shows the sample project, or NEEDLE_SCREENSHOT_PROJECT (a .needle file) when given.
 */
import { copyFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, openApp, test, setLook } from './fixtures'

const DOCS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
const SHEET = fileURLToPath(new URL('../../test-results/screens/', import.meta.url))

test('screenshots', async ({ page, needle }) => {
  test.setTimeout(90_000)
  await openApp(page, needle.url)
  for (const language of ['en', 'ar'] as const)
    for (const theme of ['light', 'dark'] as const) {
      await setLook(page, { language, theme })
      await page.screenshot({ path: join(SHEET, `start-${language}-${theme}.png`) })
    }
  await setLook(page, { language: 'en', theme: 'light' })

  await page.getByRole('button', { name: 'New project' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
  await expect(page.getByTestId('project-name')).toBeVisible()
  await page.screenshot({ path: join(SHEET, 'empty-en-light.png') })
  await setLook(page, { language: 'ar', theme: 'dark' })
  await page.screenshot({ path: join(SHEET, 'empty-ar-dark.png') })
  await setLook(page, { language: 'en', theme: 'light' })

  const own = process.env.NEEDLE_SCREENSHOT_PROJECT
  if (own) {
    const copy = join(needle.projectsDir, basename(own))
    copyFileSync(own, copy)
    await page.keyboard.press('Control+o')
    await page.getByRole('listitem', { name: `Needle project: ${basename(own)}` }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Open' }).click()
  } else {
    await page.getByRole('button', { name: 'Open sample project' }).click()
  }
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 20_000 })
  // Tall enough for the whole sources list (fullPage would cut the fixed navbar at the first screen).
  await page.setViewportSize({ width: 1280, height: 960 })

  for (const language of ['en', 'ar'] as const)
    for (const theme of ['light', 'dark'] as const) {
      await setLook(page, { language, theme })
      await page.screenshot({ path: join(SHEET, `overview-${language}-${theme}.png`) })
      if (theme === 'light') await page.screenshot({ path: join(DOCS, `overview-${language}.png`) })
    }
  await page.keyboard.press('Control+Shift+S')
  await page.getByRole('dialog').waitFor()
  await page.screenshot({ path: join(SHEET, 'picker-ar-dark.png') })
})
