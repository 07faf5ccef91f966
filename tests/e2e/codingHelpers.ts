/** Steps the coding and search end-to-end tests share: open the sample, go to a screen, select text like a mouse would. */
import type { Page } from '@playwright/test'
import { expect, openApp } from './fixtures'

export async function openSample(page: Page, url: string): Promise<void> {
  await openApp(page, url)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 20_000 })
}

export async function goTo(page: Page, name: string): Promise<void> {
  await page.getByTestId('navbar').getByText(name, { exact: true }).click()
}

/** The first time on the coding screen Needle asks who is coding. */
export async function confirmCoder(page: Page, name = 'Amal'): Promise<void> {
  await page.getByTestId('coder-name').fill(name)
  await page.getByRole('button', { name: 'Start coding' }).click()
  await expect(page.getByTestId('coder-badge')).toHaveText(`Coding as ${name}`)
}

/** Selects a phrase of the reader's text (inside one text node) and releases the mouse there, as a drag would. */
export async function selectText(page: Page, phrase: string): Promise<void> {
  await expect(page.getByTestId('reader')).toContainText(phrase)
  const found = await page.evaluate((p) => {
    const root = document.querySelector('[data-testid=reader]')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(p)
      if (i < 0 || n.parentElement!.closest('.needle-speaker')) continue
      n.parentElement!.scrollIntoView({ block: 'center' })
      const r = document.createRange()
      r.setStart(n, i)
      r.setEnd(n, i + p.length)
      const sel = getSelection()!
      sel.removeAllRanges()
      sel.addRange(r)
      n.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
      return true
    }
    return false
  }, phrase)
  expect(found, `"${phrase}" is in one piece of the reader`).toBe(true)
  await expect(page.getByTestId('tag-popover')).toBeVisible()
}

/** The painted highlight over exactly this text. */
export function highlightOf(page: Page, text: string) {
  return page.getByTestId('reader').locator('.needle-hl', { hasText: text })
}

export async function openDocument(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents to code' }).getByText(title, { exact: true }).click()
  await expect(page.getByTestId('coding-title')).toHaveText(title)
}
