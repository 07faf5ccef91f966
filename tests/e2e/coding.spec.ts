import { expect, test } from './fixtures'
import { confirmCoder, goTo, highlightOf, openDocument, openSample, selectText } from './codingHelpers'

test('select, tag with the keyboard, reload and find it; undo and redo', async ({ page, needle }) => {
  await openSample(page, needle.url)
  await goTo(page, 'Coding')
  await confirmCoder(page)
  await openDocument(page, 'interview-hackney-hare-couriers.vtt')

  await selectText(page, 'Mornings are fine actually')
  await page.keyboard.type('re-rou')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('tag-popover')).toHaveCount(0)
  await expect(highlightOf(page, 'Mornings are fine actually')).toHaveCount(1)
  await expect(page.getByTestId('undo-label')).toHaveText('Undo: tag “Re-route live when plans change”')

  // Saved, not just painted: a reload finds it with its code and coder.
  await page.reload()
  await goTo(page, 'Coding')
  await openDocument(page, 'interview-hackney-hare-couriers.vtt')
  await highlightOf(page, 'Mornings are fine actually').click()
  await expect(page.getByTestId('highlight-text')).toHaveText('Mornings are fine actually')
  await expect(page.getByTestId('highlight-panel')).toContainText('Re-route live when plans change')
  await expect(page.getByTestId('highlight-panel')).toContainText('Coded by Amal')
  await page.getByRole('button', { name: 'Close' }).click()

  // The undo history outlives the reload.
  await page.getByTestId('reader').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(highlightOf(page, 'Mornings are fine actually')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(highlightOf(page, 'Mornings are fine actually')).toHaveCount(1)
})

test('an Arabic transcript is laid out right to left and its selection is tagged exactly', async ({ page, needle }) => {
  await openSample(page, needle.url)
  await goTo(page, 'Coding')
  await confirmCoder(page)
  await openDocument(page, 'interview-nasma-ac-riyadh.vtt')
  const turn = page.getByTestId('reader').locator('p', { hasText: 'مدرسة أهلية' })
  await expect(turn).toHaveAttribute('dir', 'rtl')

  await selectText(page, 'مدرسة أهلية في حي النرجس')
  await page.keyboard.type('عميل حرج')
  await page.getByTestId('new-code-kind').selectOption('emergency')
  await page.getByTestId('tag-input').press('Enter')
  // An emergency asks for its severity at once.
  await expect(page.getByTestId('highlight-panel')).toBeVisible()
  await expect(page.getByTestId('highlight-text')).toHaveText('مدرسة أهلية في حي النرجس')
  await page.getByTestId('severity').getByText('4 Critical').click()
  await expect(highlightOf(page, 'مدرسة أهلية في حي النرجس')).toHaveCount(1)
})

test('a deadline shows the due date read from the text', async ({ page, needle }) => {
  await openSample(page, needle.url)
  await goTo(page, 'Coding')
  await confirmCoder(page)
  await openDocument(page, 'interview-al-bidda-pharmacy.txt')

  await selectText(page, 'before the end of January')
  await page.keyboard.type('Go-live deadline')
  await page.getByTestId('new-code-kind').selectOption('deadline')
  await page.getByTestId('tag-input').press('Enter')
  await expect(page.getByTestId('highlight-panel')).toBeVisible()
  // Relative to the document's date, the end of January is the next one.
  await expect(page.getByTestId('due-date')).toHaveValue('2027-01-31')
  await expect(page.getByTestId('due-date-source')).toContainText('end of January')
})
