/**
 * Tagging speed in the real UI: from the key press that applies a pinned code in the tagging
 * popover to the highlight painted in the reader (it is painted only once highlights.create
 * has answered, so painted means saved). A 100,000-word transcript (2,000 turns) with 3,000
 * highlights, built through the services, served by the browser edition, driven in Chromium.
 * Physical pipeline: the same highlights.create over the same HTTP transport, called raw
 * from the page (fetch -> dispatch -> SQLite insert -> JSON), without React or ProseMirror.
 * Target: p95 < 100 ms. Run alone: npx tsx bench/tagging.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { SettingsStore } from '../src/main/services/settings/store'
import { startWebServer } from '../src/main/web/server'
import { buildTranscriptProject, percentile, WORDS_PER_TURN } from './fixtures/transcript'
import { judge } from './targets'

const TURNS = 2_000
const HIGHLIGHTS = 3_000
const TAGS = 40
const RAW_CALLS = 60

// Strings, not functions: tsx names inner functions with a helper that does not exist in the page.
const RECORD_KEYS = `window.addEventListener('keydown', () => { window.__pressed = performance.now() }, { capture: true })`
/** Checked on every animation frame: the elapsed time once a frame shows the new highlight. */
const PAINTED = (marker: string) =>
  `(() => { const hit = [...document.querySelectorAll('.needle-hl')].some((el) => el.textContent.includes(${JSON.stringify(marker)})); return hit ? performance.now() - window.__pressed : 0 })()`

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-tagging-'))
  const settings = new SettingsStore(join(dir, 'settings.json'))
  settings.update({ coderName: 'Bench' })
  const t0 = performance.now()
  const { path, documentId, free } = await buildTranscriptProject(dir, settings, TURNS, HIGHLIGHTS)
  console.log(
    `\nTagging: ${TURNS} turns, ${(TURNS * WORDS_PER_TURN).toLocaleString('en')} words, ${HIGHLIGHTS.toLocaleString('en')} highlights (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  )
  const server = await startWebServer({ projectPath: path, openBrowser: false, settings })
  const browser = await chromium.launch({
    executablePath: process.env.NEEDLE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    // bypassCSP only so Playwright can poll a string condition; the app itself runs under its own CSP.
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true })
    await page.addInitScript(() => localStorage.setItem('needle.coderConfirmed', '1'))
    await page.addInitScript(RECORD_KEYS)
    await page.goto(server.url)
    await page.getByTestId('navbar').getByText('Coding', { exact: true }).click()
    const t1 = performance.now()
    await page.locator('.needle-hl').first().waitFor()
    console.log(`  document open with highlights painted in ${(performance.now() - t1).toFixed(0)} ms`)

    const times: number[] = []
    for (let i = 0; i < TAGS; i++) {
      const marker = `marker${free[i * 3]}`
      // Turn t is in chunk t / 50: scrolling to its slot mounts it.
      await page.locator(`[data-slot="${Math.floor(free[i * 3] / 50)}"]`).scrollIntoViewIfNeeded()
      await page.getByTestId('reader').getByText(marker).first().waitFor({ timeout: 10_000 })
      await page.evaluate((m) => {
        const root = document.querySelector('[data-testid=reader]')!
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(m)
          if (at < 0) continue
          n.parentElement!.scrollIntoView({ block: 'center' })
          const range = document.createRange()
          range.setStart(n, at)
          range.setEnd(n, at + m.length)
          getSelection()!.removeAllRanges()
          getSelection()!.addRange(range)
          n.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
          return
        }
        throw new Error(`${m} not rendered`)
      }, marker)
      await page.getByTestId('tag-input').waitFor({ timeout: 10_000 })
      // The clock starts in the page at the key event and stops at the first frame showing the new highlight.
      await page.keyboard.press('1')
      const painted = await page.waitForFunction(PAINTED(marker), undefined, { polling: 'raf', timeout: 10_000 })
      times.push((await painted.jsonValue()) as number)
    }

    const raw = (await page.evaluate(
      async ({ token, documentId, n }) => {
        const out: number[] = []
        for (let i = 0; i < n; i++) {
          const t = performance.now()
          const res = await fetch('/api/invoke/highlights.create', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Needle-Token': token },
            body: JSON.stringify({ documentId, start: 100 + i, end: 120 + i, codeIds: [1] }),
          })
          await res.json()
          out.push(performance.now() - t)
        }
        return out
      },
      { token: server.token, documentId, n: RAW_CALLS },
    )) as number[]

    const p50 = percentile(times, 50)
    const p95 = percentile(times, 95)
    const rawP95 = percentile(raw, 95)
    console.log(`  key press -> highlight painted and saved: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${TAGS} tags`)
    judge('tagging key press to saved p95', p95, 100, { unit: ' ms', digits: 1 })
    console.log(
      `  raw highlights.create round trip (fetch -> dispatch -> SQLite): p50 ${percentile(raw, 50).toFixed(1)} ms, p95 ${rawP95.toFixed(1)} ms`,
    )
    console.log(`  ratio p95 UI / p95 raw: ${(p95 / rawP95).toFixed(2)}`)
  } finally {
    await browser.close()
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
