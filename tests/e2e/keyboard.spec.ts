/**
 * The whole path of a study without the mouse: open the sample, move between screens with the
 * G-then-letter shortcuts, select a sentence in the reader by keyboard, code it, open the
 * highlight, and draft a persona from a segment. Every step is a key press; the mouse never moves.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

/** Presses Tab until `target` has the focus: proves it is reachable in the tab order. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

async function goBy(page: Page, letter: string, screen: string): Promise<void> {
  await page.keyboard.press('g')
  await page.keyboard.press(letter)
  await expect(page.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page')
}

test('a passage is coded and a persona drafted with the keyboard alone', async ({ page, needle }) => {
  test.setTimeout(150_000)
  await openApp(page, needle.url)
  await tabTo(page, page.getByTestId('open-sample'))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 20_000 })

  // The sidebar's items are real buttons in the tab order.
  await tabTo(page, page.getByTestId('nav-sources'))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('nav-sources')).toHaveAttribute('aria-current', 'page')

  // ? lists the shortcuts; Esc closes the sheet.
  await page.keyboard.press('?')
  await expect(page.getByTestId('shortcuts-sheet')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('shortcuts-sheet')).toBeHidden()

  await goBy(page, 'c', 'coding')
  await expect(page.getByTestId('coder-name')).toBeFocused()
  // The box holds the OS user name as a default: replace it.
  await page.keyboard.press('Control+a')
  await page.keyboard.type('Amal')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('coder-badge')).toHaveText('Coding as Amal')

  // Into the reader's text: the caret moves with the arrows, S selects the sentence it is in.
  const text = page.getByTestId('reader').locator('.ProseMirror').first()
  await tabTo(page, text)
  const before = await page.getByTestId('reader').locator('.needle-hl').count()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('s')
  const sentence = await page.evaluate(() => getSelection()!.toString())
  expect(sentence.length, 'S selected a sentence').toBeGreaterThan(10)
  // Shift+arrows extend a keyboard selection like in any text.
  await page.keyboard.press('Shift+ArrowLeft')
  const shorter = await page.evaluate(() => getSelection()!.toString())
  expect(shorter.length).toBe(sentence.length - 1)
  await page.keyboard.press('Shift+ArrowRight')

  // Enter codes the selection: the tag popover takes the keyboard, a code is chosen by typing.
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('tag-popover')).toBeVisible()
  await page.keyboard.type('Keyboard access')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('tag-popover')).toBeHidden()
  await expect.poll(() => page.getByTestId('reader').locator('.needle-hl').count()).toBeGreaterThan(before)
  await expect(
    page
      .getByTestId('reader')
      .locator('.needle-hl', { hasText: sentence.trim().slice(0, 20) })
      .first(),
  ).toBeVisible()

  // Personas: Tab to "Draft", tick a segment with Space, submit with Enter.
  await goBy(page, 'p', 'personas')
  await expect(page.getByTestId('persona-card').first()).toBeVisible()
  await tabTo(page, page.getByTestId('draft-persona'))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await tabTo(page, dialog.getByRole('checkbox').first())
  await page.keyboard.press('Space')
  await expect(dialog.getByRole('checkbox').first()).toBeChecked()
  await tabTo(page, dialog.getByRole('button', { name: /^Draft/ }))
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden({ timeout: 15_000 })
  // One segment drafted: its new card opens in the editor.
  await expect(page.getByTestId('persona-editor')).toBeVisible()
})
