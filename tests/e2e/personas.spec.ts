/**
 * The Personas screen on the sample project: the gallery shows its cards (the Arabic one laid out
 * right-to-left), a section edited in the editor is still there after a reload, a highlight dragged
 * from the evidence panel backs a section, and the deck exports as a real PDF (cover, one page per
 * persona, evidence appendix).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { confirmCoder, goTo, openSample } from './codingHelpers'
import { expect, test } from './fixtures'

function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

async function openEditor(page: Page, name: string) {
  await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click()
  await expect(page.getByTestId('persona-editor')).toBeVisible()
}

test('gallery with the Arabic card right-to-left; an edited section and dragged evidence survive a reload; the deck exports as PDF', async ({
  page,
  needle,
}) => {
  test.setTimeout(60_000)
  await openSample(page, needle.url)
  await goTo(page, 'Personas')

  // The sample ships with three English cards and one Arabic card.
  const cards = page.getByTestId('persona-card')
  await expect(cards).toHaveCount(4)
  const dirs = await cards.evaluateAll((els) => els.map((e) => [e.getAttribute('dir'), e.getAttribute('lang')]))
  expect(dirs.filter(([d, l]) => d === 'rtl' && l === 'ar')).toHaveLength(1)
  expect(dirs.filter(([d, l]) => d === 'ltr' && l === 'en')).toHaveLength(3)
  const arabic = cards.and(page.locator('[dir=rtl]'))
  await expect(arabic.getByRole('heading')).toHaveText(/[\u0600-\u06FF]/)
  // Every card says how big its segment is, in its own language (ن for عدد on the Arabic card).
  for (const card of await cards.all()) await expect(card).toContainText(/[nن] = \d+/)
  await expect(arabic).toContainText(/ن = \d+/)

  const english = cards.and(page.locator('[dir=ltr]')).first()
  const name = (await english.getByRole('heading').textContent())!.trim()
  await openEditor(page, name)

  // Edit the Goals section's text: typed at its end, saved when the editor loses focus.
  const goals = page.locator('[data-testid=section-card][data-section=goals]')
  const text = goals.getByRole('textbox', { name: /^Text of / })
  await text.click()
  await page.keyboard.press('Control+End')
  const marker = 'Wants one weekly summary (e2e)'
  await page.keyboard.press('Enter')
  await page.keyboard.type(marker)
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/invoke/personas.update') && r.ok())
  await page.getByRole('textbox', { name: 'Name' }).click() // blur flushes the save
  await saved

  // Drag a highlight from the evidence panel into the Goals section.
  const panel = page.getByTestId('evidence-panel')
  const before = await goals.getByTestId('evidence-quote').count()
  const codeSelect = panel.getByRole('combobox', { name: 'Code' })
  const firstCode = await codeSelect.locator('option').nth(1).getAttribute('value')
  await codeSelect.selectOption(firstCode!)
  const choice = panel.getByTestId('highlight-choice').first()
  await expect(choice).toBeVisible()
  const quote = (await choice.locator('p').first().textContent())!.replace(/[“”]/g, '').trim()
  // Nothing may scroll between pressing and moving the mouse, or the drag would pick up another item.
  await goals.scrollIntoViewIfNeeded()
  await choice.scrollIntoViewIfNeeded()
  await choice.dragTo(goals.getByRole('textbox', { name: /^Text of / }))
  await expect(goals.getByTestId('evidence-quote')).toHaveCount(before + 1)
  await expect(goals.getByTestId('evidence-quote').filter({ hasText: quote.slice(0, 40) })).toHaveCount(1)
  // Dropped on the text, the highlight is attached, not pasted into the section's words.
  await expect(text).not.toContainText(quote.slice(0, 40))

  // After a reload the text and the evidence are still on the card.
  await page.reload()
  await goTo(page, 'Personas')
  await openEditor(page, name)
  await expect(goals.getByRole('textbox', { name: /^Text of / })).toContainText(marker)
  await expect(goals.getByTestId('evidence-quote').filter({ hasText: quote.slice(0, 40) })).toHaveCount(1)

  // One click on the quote opens it in its document; coming back to Personas returns to the card.
  await goals
    .getByTestId('evidence-quote')
    .filter({ hasText: quote.slice(0, 40) })
    .getByRole('button', { name: /^“/ })
    .click()
  await confirmCoder(page)
  await expect(page.getByTestId('reader')).toContainText(quote.slice(0, 40))
  await goTo(page, 'Personas')
  await expect(page.getByTestId('persona-editor')).toBeVisible()

  // Export the deck as an A4 PDF to a file chosen in the picker.
  await page.getByRole('button', { name: 'All personas' }).click()
  await page.getByRole('button', { name: 'Export deck' }).click()
  await page.getByRole('menuitem', { name: 'PDF deck (A4)' }).click()
  const picker = page.getByRole('dialog', { name: 'Export to' })
  await picker.getByRole('textbox', { name: 'File name' }).fill('client-deck')
  await picker.getByRole('button', { name: 'Export' }).click()
  const result = page.getByTestId('export-result')
  await expect(result).toBeVisible({ timeout: 30_000 })
  const out = join(needle.projectsDir, 'client-deck.pdf')
  await expect(result.getByTestId('export-path')).toHaveText(out)
  expect(existsSync(out)).toBe(true)
  expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-')

  if (hasPoppler()) {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1])
    // Cover, one page per persona, then the evidence appendix (one page or more).
    expect(pages).toBeGreaterThanOrEqual(1 + 4 + 1)
    await expect(result).toContainText(`${pages} pages`)
    const page1 = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', out, '-'], { encoding: 'utf8' })
    expect(page1(1)).toContain('Personas')
    expect(page1(6)).toContain('Evidence appendix')
    // The edited card is printed with the researcher's words.
    const cardPages = [2, 3, 4, 5].map(page1).join('\n').replace(/\s+/g, ' ')
    expect(cardPages).toContain(marker)
  }
})

test('renaming a persona is undone with Ctrl+Z and redone with Ctrl+Shift+Z; the undo control names the step', async ({ page, needle }) => {
  test.setTimeout(60_000)
  await openSample(page, needle.url)
  await goTo(page, 'Personas')
  const english = page.getByTestId('persona-card').and(page.locator('[dir=ltr]')).first()
  const name = (await english.getByRole('heading').textContent())!.trim()
  await openEditor(page, name)

  const field = page.getByRole('textbox', { name: 'Name' })
  await expect(field).toHaveValue(name)
  await field.fill('Late-day fixer')
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/invoke/personas.update') && r.ok())
  await page.getByRole('textbox', { name: 'One-line context' }).click() // blur saves the name
  await saved
  await expect(page.getByTestId('undo-label')).toHaveText(`Undo: rename persona “${name}” to “Late-day fixer”`)

  // Out of the text fields, Ctrl+Z is the project's undo (inside one it undoes typing).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('Control+z')
  await expect(field).toHaveValue(name)
  await page.keyboard.press('Control+Shift+z')
  await expect(field).toHaveValue('Late-day fixer')
  await page.getByTestId('undo').click()
  await expect(field).toHaveValue(name)

  // The gallery shows the name the history left.
  await page.getByRole('button', { name: 'All personas' }).click()
  await expect(english.getByRole('heading')).toHaveText(name)
})
