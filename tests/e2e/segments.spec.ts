/**
 * The Segments screen on the sample project: a k-means run on ratings with automatic k gives three
 * segments a strategist can read (stability badges, names from unmet needs), one explained, the run
 * saved under a name the researcher typed and still there after a reload, and charts exported (CSV, PNG, SVG).
 */
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { goTo, openSample } from './segmentsHelpers'

test('k-means on ratings finds three explained, stable-badged segments; the saved run survives a reload; charts export as CSV, PNG and SVG', async ({
  page,
  needle,
}) => {
  test.setTimeout(60_000)
  await openSample(page, needle.url)
  await goTo(page, 'Segments')
  await page.getByRole('tab', { name: 'Clustering' }).click()

  const panel = page.getByRole('region', { name: 'Run a segmentation' })
  await expect(panel.getByRole('checkbox', { name: /Survey ratings/ })).toBeChecked()
  await expect(panel.getByRole('switch', { name: /automatically/ })).toBeChecked()
  await panel.getByRole('button', { name: 'Run', exact: true }).click()

  const preview = page.getByTestId('run-preview')
  await expect(preview).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('k-choice')).toContainText('3 segments')
  const cards = preview.getByTestId('segment-card')
  await expect(cards).toHaveCount(3)
  for (let i = 0; i < 3; i++) {
    const card = cards.nth(i)
    await expect(card.getByTestId('stability-badge')).toHaveAttribute('data-badge', /^(stable|doubtful|unreliable)$/)
    // Named by its unmet needs as a strategist would ("X first", "X over Y"): the name mentions the card's first listed need.
    const name = await card.getByRole('textbox', { name: 'Segment name' }).inputValue()
    const firstNeed = (await card.getByRole('listitem').first().locator('p').first().textContent())!.trim()
    expect(name).not.toMatch(/^Needs /)
    expect(name.toLowerCase()).toContain(firstNeed.toLowerCase())
  }

  // A name typed over the preview is what gets saved.
  const renamed = 'Live re-routers (e2e)'
  await cards.first().getByRole('textbox', { name: 'Segment name' }).fill(renamed)
  await page.getByRole('button', { name: 'Save run' }).click()

  const saved = page.getByTestId('saved-segments')
  await expect(saved).toBeVisible()
  const savedCard = saved.getByRole('article', { name: renamed })
  await expect(savedCard).toHaveCount(1)
  await savedCard.getByRole('button', { name: 'Explain' }).click()

  const detail = page.getByTestId('segment-detail')
  await expect(detail).toBeVisible()
  await expect(detail.getByRole('heading', { name: renamed })).toBeVisible()
  await expect(detail.getByTestId('opportunities').getByRole('listitem').first()).toBeVisible()
  await expect(detail.getByTestId('urgency').getByRole('listitem')).toHaveCount(2)
  await expect(detail.getByTestId('representatives').locator('blockquote').first()).not.toBeEmpty()
  await page.keyboard.press('Escape')

  await page.reload()
  await expect(page.getByTestId('project-name')).toBeVisible()
  await goTo(page, 'Segments')
  const after = page.getByTestId('saved-segments')
  await expect(after.getByTestId('segment-card')).toHaveCount(3)
  await expect(after.getByRole('article', { name: renamed })).toHaveCount(1)

  await goTo(page, 'Charts')
  const heatmap = page.getByTestId('chart-heatmap')
  await expect(heatmap.locator('svg[data-chart] rect')).not.toHaveCount(0)
  await heatmap.getByRole('button', { name: /^Export/ }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'CSV data' }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toBe('needle-heatmap.csv')
  const csv = readFileSync((await file.path())!, 'utf8')
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
  expect(lines[0]).toMatch(/^segment,/)
  expect(lines).toHaveLength(4)
  expect(csv).toContain(renamed)

  // Images: the landscape (a Mantine chart) as PNG, the heatmap (our SVG) as SVG with its values written in.
  const landscape = page.getByTestId('chart-landscape')
  await landscape.getByRole('button', { name: /^Export/ }).click()
  const png = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'PNG image' }).click()
  const pngBytes = readFileSync((await (await png).path())!)
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG')
  expect(pngBytes.length).toBeGreaterThan(5_000)
  await heatmap.getByRole('button', { name: /^Export/ }).click()
  const svg = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'SVG image' }).click()
  const svgText = readFileSync((await (await svg).path())!, 'utf8')
  expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  expect(svgText).toContain(renamed.slice(0, 20))
  expect(svgText).not.toContain('var(--')
})
