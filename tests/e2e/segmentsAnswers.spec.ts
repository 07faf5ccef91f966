/**
 * The Segments run panel on survey answers: the researcher picks the answers input, runs, sees which
 * survey columns were used (and why others were not), and unticking one changes the next run.
 */
import { fileURLToPath } from 'node:url'
import en from '../../src/renderer/src/i18n/en.json' with { type: 'json' }
import { expect, test } from './fixtures'
import { goTo, openSample } from './segmentsHelpers'

test('segments on survey answers show the columns used and let the researcher change them', async ({ page, needle }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1440, height: 1000 })
  await openSample(page, needle.url)
  const s = en.segments
  await goTo(page, s.nav)
  await page.getByRole('tab', { name: s.tabs.run }).click()
  await page.getByRole('checkbox', { name: s.inputs.answers }).check()
  await page.getByRole('checkbox', { name: s.inputs.ratings }).uncheck()
  // On answers the method hint names what really runs: k-means on the answers encoded by kind, not the needs' k-means++ hint.
  await expect(page.getByText(en.answersMethod.kmeans)).toBeVisible()
  await expect(page.getByText(s.method.kmeansHint)).toHaveCount(0)
  await page.getByRole('button', { name: s.run.start, exact: true }).click()
  await expect(page.getByTestId('run-preview')).toBeVisible({ timeout: 60_000 })
  const columns = page.getByTestId('answer-columns')
  await expect(columns).toBeVisible()
  const ticked = columns.getByRole('checkbox', { checked: true })
  const before = await ticked.count()
  expect(before).toBeGreaterThan(0)
  await page.getByTestId('segment-card').first().getByRole('list', { name: en.segmentAnswers.traits }).waitFor()
  await page.screenshot({ path: fileURLToPath(new URL('../../test-results/screens/segments-answers-en.png', import.meta.url)) })
  await ticked.first().uncheck()
  await expect(columns.getByRole('checkbox', { checked: true })).toHaveCount(before - 1)
  await page.getByRole('button', { name: s.run.start, exact: true }).click()
  // The run button comes back when the run is done; the researcher's choice of columns is kept.
  await expect(page.getByRole('button', { name: s.run.start, exact: true })).toBeEnabled({ timeout: 60_000 })
  await expect(page.getByTestId('run-preview')).toBeVisible()
  await expect(columns.getByRole('checkbox', { checked: true })).toHaveCount(before - 1)
})
