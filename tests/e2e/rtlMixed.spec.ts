/**
 * Right-to-left with mixed text, in the Arabic interface on a planted project: an Arabic turn that
 * opens with a Latin brand name still reads from the right (reader, highlight panel, search hit),
 * what is typed in a box keeps the box laid out right to left, and a long English code name is cut
 * at its end. Geometry, not attributes: where the words land on the screen.
 */
import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, openApp, test } from './fixtures'

const NEEDLE = fileURLToPath(new URL('../../bin/needle.mjs', import.meta.url))
const TEXT = [
  'مها: Shopify ما يشتغل عندنا مع نظام التوصيل، ونحتاج ربط الطلبات تلقائياً بالسائقين قبل نهاية الشهر.',
  'سعد: طيب، وكم طلب يومياً تقريباً؟',
  'مها: حوالي مئتين طلب، وأغلبها من المتجر الإلكتروني.',
].join('\n')
const CODE = 'Connect the online shop orders to the dispatch board without copying them by hand'

function plant(home: string, dir: string): void {
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [NEEDLE, ...args], { env: { ...process.env, NEEDLE_HOME: home }, cwd: dir })
  const file = join(dir, 'shop.txt')
  writeFileSync(file, `${TEXT}\n`)
  const project = join(dir, 'Mixed.needle')
  run('new', project)
  run('import', project, file)
  const start = TEXT.indexOf('Shopify')
  run('code', project, '--document', '1', '--start', String(start), '--end', String(TEXT.indexOf('\n')), '--code', CODE, '--kind', 'need')
}

async function openMixed(page: Page, url: string): Promise<void> {
  await openApp(page, url)
  await page.getByRole('button', { name: 'Open project' }).click()
  const picker = page.getByRole('dialog', { name: 'Open project' })
  await picker.getByRole('listitem', { name: 'Needle project: Mixed.needle' }).click()
  await picker.getByRole('button', { name: 'Open' }).click()
  await expect(page.getByTestId('project-name')).toHaveText('Mixed')
  await page.getByText('العربية').click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
}

/** The screen box of a phrase in the first element matching `selector` that holds it, with that element's edges. */
function phraseBox(page: Page, selector: string, phrase: string) {
  return page.evaluate(
    ([sel, p]) => {
      for (const root of document.querySelectorAll(sel)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.textContent!.indexOf(p)
          if (i < 0) continue
          const r = document.createRange()
          r.setStart(n, i)
          r.setEnd(n, i + p.length)
          const b = r.getBoundingClientRect()
          const host = root.getBoundingClientRect()
          return { left: b.left, right: b.right, hostLeft: host.left, hostRight: host.right }
        }
      }
      return null
    },
    [selector, phrase] as const,
  )
}

test('an Arabic turn opening with a Latin name reads right to left; typed text and long code names too', async ({ page, needle }) => {
  test.setTimeout(120_000)
  plant(needle.home, needle.projectsDir)
  await openMixed(page, needle.url)

  // The reader: "Shopify" opens the turn, so in a right-to-left paragraph it sits at the right edge.
  await page.getByTestId('nav-coding').click()
  const prompt = page.getByTestId('coder-name')
  await prompt.fill('Amal')
  await prompt.press('Enter')
  const turn = page.getByTestId('reader').locator('.needle-turn').first()
  await expect(turn).toContainText('Shopify')
  await expect(turn).toHaveAttribute('dir', 'rtl')
  const inReader = (await phraseBox(page, '[data-testid=reader] .needle-turn', 'Shopify'))!
  expect(inReader.right, 'Shopify at the start (right) of the Arabic turn').toBeGreaterThan(inReader.hostRight - 120)

  // Search: the hit reads right to left, and the box stays laid out right to left with Latin typed in it.
  await page.getByTestId('nav-search').click()
  const input = page.getByTestId('search-input')
  await input.fill('Shopify')
  const hit = page.getByTestId('search-hit').first()
  await expect(hit).toBeVisible()
  await expect(hit.locator('p').first()).toHaveAttribute('dir', 'rtl')
  const inHit = (await phraseBox(page, '[data-testid=search-hit] p', 'Shopify'))!
  expect(inHit.right).toBeGreaterThan(inHit.hostRight - 120)
  // The magnifier is on the right (start) of the box in Arabic, whatever is typed.
  const box = (await input.boundingBox())!
  const icon = (await input.locator('xpath=..').locator('svg').first().boundingBox())!
  expect(icon.x, 'search icon on the start side of the box').toBeGreaterThan(box.x + box.width / 2)
  expect(await input.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('plaintext')

  // The codebook: the long English name is cut at its end ("Connect the online … "), its start shown.
  await page.getByTestId('nav-coding').click()
  await page.getByTestId('reader').locator('.needle-hl').first().click()
  const panelText = page.getByTestId('highlight-text')
  await expect(panelText).toHaveAttribute('dir', 'rtl')
  const chosen = page.locator('.mantine-Badge-root', { hasText: 'Connect the online' }).first()
  await expect(chosen).toBeVisible()
  const label = chosen.locator('.mantine-Badge-label')
  const cut = await label.evaluate((el) => ({ clipped: el.scrollWidth > el.clientWidth, dir: getComputedStyle(el).direction }))
  if (cut.clipped) expect(cut.dir, 'a clipped English name is cut at its end').toBe('ltr')
  const start = (await phraseBox(page, '.mantine-Badge-label', 'Connect'))!
  expect(start.left, 'the name’s first word is shown').toBeGreaterThanOrEqual(start.hostLeft - 1)
  if (process.env.NEEDLE_SHOTS_DIR) await page.screenshot({ path: join(process.env.NEEDLE_SHOTS_DIR, 'rtl-mixed-coding.png') })
})
