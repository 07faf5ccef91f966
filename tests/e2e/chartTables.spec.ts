/**
 * Every chart's data is one key press away as a real table: with the keyboard alone, open the
 * table under a chart and read the same numbers the chart draws (bar labels, cell values).
 */
import type { Locator, Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

/** Presses Tab until `target` has the focus: proves it is reachable in the tab order. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

/** The table's body as text: one array of cells per row, the row header first. */
const cellsOf = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())))

test('with the keyboard alone, a chart opens as a table holding the chart’s own numbers', async ({ page, needle }) => {
  test.setTimeout(120_000)
  await openApp(page, needle.url)
  await tabTo(page, page.getByTestId('open-sample'))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 60_000 })
  await page.keyboard.press('g')
  await page.keyboard.press('v')
  await expect(page.getByTestId('nav-charts')).toHaveAttribute('aria-current', 'page')
  await expect(page.getByTestId('chart-sizes')).toBeVisible({ timeout: 30_000 })

  // Segment sizes: the bars' names and value labels, against the table's rows.
  const sizes = page.getByTestId('chart-sizes')
  await expect(sizes.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const toggle = page.getByTestId('chart-table-toggle-sizes')
  await expect(toggle).toHaveAccessibleName('Show as table: Segment sizes')
  await tabTo(page, toggle)
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const table = page.getByTestId('chart-table-sizes')
  await expect(table.locator('caption')).toHaveText('Segment sizes')
  await expect(table.locator('thead th')).toHaveText(['Segment', 'Participants', 'Share'])
  const rows = await cellsOf(table)
  // Recharts wraps a long tick over lines (one tspan each): the name is its lines joined.
  const drawnNames = await sizes
    .locator('svg.recharts-surface text[orientation]')
    .evaluateAll((ts) => ts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')))
  const drawnShares = await sizes.locator('.recharts-label-list text').allTextContents()
  expect(rows.length).toBeGreaterThan(1)
  expect(rows.map((r) => r[0])).toEqual(drawnNames.map((n) => n.trim()))
  expect(rows.map((r) => r[2])).toEqual(drawnShares.map((s) => s.trim()))
  for (const r of rows) expect(Number(r[1].replace(/,/g, ''))).toBeGreaterThan(0)
  // Enter again closes it; the focus stays on the button.
  await page.keyboard.press('Enter')
  await expect(table).toHaveCount(0)
  await expect(toggle).toBeFocused()

  // The opportunity heatmap: every cell written in the grid is the same in the table, row by row.
  const heat = page.getByTestId('chart-table-toggle-heatmap')
  await tabTo(page, heat)
  await page.keyboard.press('Space')
  const heatTable = page.getByTestId('chart-table-heatmap')
  await expect(heatTable).toBeVisible()
  const grid = page.getByTestId('chart-heatmap').locator('svg[data-chart]')
  const columns = await grid.locator('rect').count()
  const written = await grid.locator('g > g > text').allTextContents()
  const heatRows = await cellsOf(heatTable)
  expect(heatRows.flatMap((r) => r.slice(1))).toEqual(written)
  expect(heatRows.length * (heatRows[0].length - 1)).toBe(columns)
  expect(heatRows.map((r) => r[0])).toEqual(await grid.locator(':scope > g > text title').allTextContents())
})

test('the table button and table speak Arabic in the Arabic interface', async ({ page, needle }) => {
  test.setTimeout(120_000)
  await openApp(page, needle.url)
  await page.getByText('العربية').click()
  await page.getByTestId('open-sample').click()
  await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 60_000 })
  await page.getByTestId('nav-charts').click()
  const toggle = page.getByTestId('chart-table-toggle-sizes')
  await expect(toggle).toHaveText('عرض كجدول', { timeout: 30_000 })
  await toggle.click()
  await expect(page.getByTestId('chart-table-sizes').locator('thead th')).toHaveText(['الشريحة', 'المشاركون', 'النسبة'])
  await expect(toggle).toHaveText('إخفاء الجدول')

  // The sample's segment names are English: in the Arabic chart they still sit beside the bars, never on them.
  const sizes = await page
    .getByTestId('chart-sizes')
    .locator('svg.recharts-surface')
    .first()
    .evaluate((svg) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect()
        return { l: r.left, r: r.right, t: r.top, b: r.bottom }
      }
      return {
        bars: [...svg.querySelectorAll('.recharts-bar-rectangle path')].map(box),
        names: [...svg.querySelectorAll('.recharts-yAxis-tick-labels text, .recharts-yAxis text')].map(box),
      }
    })
  expect(sizes.bars.length).toBe(3)
  expect(sizes.names.length).toBeGreaterThanOrEqual(3)
  const onBars = sizes.names.filter((n) => sizes.bars.some((b) => n.l < b.r && n.r > b.l && n.t < b.b && n.b > b.t))
  expect(onBars, 'segment names drawn over the bars').toEqual([])

  // Right to left, the landscape's y-axis title stands outside the plot: on no point and no tick.
  const landscape = page.getByTestId('chart-landscape')
  await expect(landscape.locator('.recharts-symbols').first()).toBeVisible()
  const boxes = await landscape
    .locator('svg.recharts-surface')
    .first()
    .evaluate((svg) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect()
        return { l: r.left, r: r.right, t: r.top, b: r.bottom }
      }
      const title = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'الرضا')!
      return {
        title: box(title),
        others: [...svg.querySelectorAll('.recharts-symbols, text[orientation]')].map(box),
        // The y axis sits on the right in Arabic: its tick labels are oriented right.
        ticks: [...svg.querySelectorAll('text[orientation=right]')].map(box),
      }
    })
  expect(boxes.ticks.length).toBeGreaterThan(2)
  expect(boxes.title.l, 'the y-axis title is outside its tick labels').toBeGreaterThanOrEqual(Math.max(...boxes.ticks.map((t) => t.r)))
  const overlaps = boxes.others.filter((o) => o.l < boxes.title.r && o.r > boxes.title.l && o.t < boxes.title.b && o.b > boxes.title.t)
  expect(overlaps, 'the y-axis title overlaps points or ticks').toEqual([])
})
