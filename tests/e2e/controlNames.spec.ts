/**
 * No control without a name: on every screen of the sample (and the dialogs and menus opened from
 * the header), in English and Arabic, every button, link, menu item, tab and form control in the
 * accessibility tree has an accessible name. An icon-only button that loses its aria-label fails here
 * with its place on the screen, before a screen-reader user meets a bare "button".
 */
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const SCREENS = [
  'overview',
  'sources',
  'coding',
  'search',
  'codebook',
  'autocode',
  'segments',
  'scores',
  'charts',
  'timeline',
  'breadcrumbs',
  'personas',
  'team',
]
const ROLES =
  'button|link|menuitem|menuitemradio|menuitemcheckbox|tab|switch|checkbox|radio|combobox|textbox|searchbox|slider|spinbutton|option'
// In Playwright's ARIA snapshot a named control reads `- button "Name"`; a nameless one `- button`, `- button [disabled]` or `- button:`.
const NAMELESS = new RegExp(`^(\\s*)- (${ROLES})(?=\\s*(\\[[^\\]]*\\]\\s*)*(:|$))`, 'gm')

async function nameless(page: Page, where: string, into: string[]): Promise<void> {
  await expect(page.locator('.mantine-Loader-root:visible')).toHaveCount(0, { timeout: 60_000 })
  const snapshot = await page.locator('body').ariaSnapshot()
  const lines = snapshot.split('\n')
  lines.forEach((line, i) => {
    NAMELESS.lastIndex = 0
    if (!NAMELESS.test(line)) return
    // The nearest named ancestor tells where the control is.
    const context = lines.slice(Math.max(0, i - 3), i + 2).join(' | ')
    into.push(`${where}: ${line.trim()} near ${context}`)
  })
}

for (const language of ['en', 'ar'] as const) {
  test(`every control on every screen has an accessible name (${language})`, async ({ page, needle }) => {
    test.setTimeout(300_000)
    await openApp(page, needle.url)
    if (language === 'ar') {
      await page.getByText('العربية').click()
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    }
    const found: string[] = []
    await nameless(page, 'start', found)
    await page.getByTestId('open-sample').click()
    await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 60_000 })
    for (const screen of SCREENS) {
      await page.getByTestId(`nav-${screen}`).click()
      await expect(page.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page')
      if (screen === 'coding') {
        const prompt = page.getByTestId('coder-name')
        await expect(prompt).toBeVisible()
        await nameless(page, 'coding: coder dialog', found)
        await prompt.fill('Amal')
        await prompt.press('Enter')
        await expect(page.getByTestId('reader')).toBeVisible()
      }
      await nameless(page, screen, found)
    }
    // The header's menus and the shortcuts sheet.
    await page.getByTestId('theme-switcher').click()
    await expect(page.getByRole('menu')).toBeVisible()
    await nameless(page, 'theme menu', found)
    await page.keyboard.press('Escape')
    await page.keyboard.press('?')
    await expect(page.getByTestId('shortcuts-sheet')).toBeVisible()
    await nameless(page, 'shortcuts sheet', found)
    expect(found, `controls without a name (${language})`).toEqual([])
  })
}
