import { expect, openApp, test } from './fixtures'

test('the sample project opens with its counts and its sources', async ({ page, needle }) => {
  await openApp(page, needle.url)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  // Building the sample takes a moment on first use; a failure shows as an alert, and its text is the test's message.
  await expect(page.getByTestId('project-name').or(page.getByRole('alert'))).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByTestId('project-name')).toHaveText(/sample/i)

  const sources = page.getByRole('table', { name: 'Sources' })
  const rows = sources.locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  const shown = await rows.count()
  // The sample has interviews, a survey and feedback: each kind is listed.
  for (const kind of ['Interview', 'Survey', 'Feedback']) await expect(sources.getByText(kind, { exact: true }).first()).toBeVisible()
  // The counts agree with the list, and the sample's coded material is counted.
  await expect(page.getByTestId('count-sources')).toHaveText(String(shown))
  for (const count of ['documents', 'participants', 'codes']) {
    expect(Number(await page.getByTestId(`count-${count}`).textContent())).toBeGreaterThan(0)
  }
})
