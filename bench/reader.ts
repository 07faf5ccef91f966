/**
 * The reader on a 200,000-word transcript (4,000 turns) with 5,000 highlights, in Chromium
 * through the browser edition: how long the document takes to open with its highlights
 * painted, how smoothly it scrolls from top to bottom at a brisk reading speed (frame times,
 * and how many frames showed a not-yet-rendered chunk where the reader was looking), and how
 * long a jump to the middle or the end takes to show text.
 * Physical pipeline: the same text and highlights as one static HTML page (every turn a
 * paragraph, every highlight a span, no React, no ProseMirror, no chunking), scrolled the
 * same way in the same browser. Targets: frame p95 within 2x of the static page; jumps under
 * 500 ms. Run alone: npx tsx bench/reader.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { judge } from './targets'
import Database from 'better-sqlite3'
import { chromium, type Page } from 'playwright-core'
import { SettingsStore } from '../src/main/services/settings/store'
import { startWebServer } from '../src/main/web/server'
import { buildTranscriptProject, percentile, WORDS_PER_TURN } from './fixtures/transcript'

const TURNS = 4_000
const HIGHLIGHTS = 5_000
/** Pixels per frame: about two screen lines at 60 frames a second, a fast skim. */
const STEP_PX = 40
const SCROLL_FRAMES = 600

/**
 * Scrolls `selector` by STEP_PX every animation frame and records each frame's duration and
 * whether the element at the middle of the scroller was still an empty placeholder.
 * A string: tsx would wrap a function with helpers that do not exist in the page.
 */
const SCROLL = (selector: string, start: number) => `new Promise((resolve) => {
  const el = document.querySelector(${JSON.stringify(selector)})
  el.scrollTop = ${start}
  const frames = []
  let blank = 0
  let last = performance.now()
  const tick = (now) => {
    frames.push(now - last)
    last = now
    const box = el.getBoundingClientRect()
    const probe = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    if (probe && probe.closest('[aria-hidden]')) blank++
    if (frames.length >= ${SCROLL_FRAMES} || el.scrollTop + el.clientHeight >= el.scrollHeight) return resolve({ frames: frames.slice(1), blank })
    el.scrollTop += ${STEP_PX}
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})`

/** Jumps to a share of the scroll height; resolves with the time until text is under the middle. */
const JUMP = (selector: string, share: number) => `new Promise((resolve) => {
  const el = document.querySelector(${JSON.stringify(selector)})
  const t = performance.now()
  el.scrollTop = el.scrollHeight * ${share}
  const check = () => {
    const box = el.getBoundingClientRect()
    const probe = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    if (probe && !probe.closest('[aria-hidden]') && probe.closest('.needle-turn')) return resolve(performance.now() - t)
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})`

interface ScrollRun {
  frames: number[]
  blank: number
}

/** The same transcript as a static page: what the browser does with no framework at all. */
function staticPage(path: string, documentId: number): string {
  const db = new Database(path, { readonly: true })
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(documentId) as string
  const turns = db.prepare('SELECT speaker, start, end FROM utterances WHERE document_id = ? ORDER BY seq').all(documentId) as {
    speaker: string
    start: number
    end: number
  }[]
  const hls = db.prepare('SELECT start, end FROM highlights WHERE document_id = ? ORDER BY start').all(documentId) as {
    start: number
    end: number
  }[]
  db.close()
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  let h = 0
  const paragraphs = turns.map((u) => {
    // Highlights as spans, cut at overlaps (the static page only needs the same number of elements).
    let out = ''
    let at = u.start
    while (h < hls.length && hls[h].start < u.end) {
      const s = Math.max(hls[h].start, at)
      const e = Math.min(hls[h].end, u.end)
      if (e > s) {
        out += esc(text.slice(at, s)) + `<span class="hl">${esc(text.slice(s, e))}</span>`
        at = e
      }
      h++
    }
    out += esc(text.slice(at, u.end))
    return `<p class="needle-turn"><b>${esc(u.speaker)}</b><br>${out}</p>`
  })
  return `<!doctype html><html><head><style>
    body { margin: 0; font: 16px/1.75 system-ui, sans-serif }
    #scroller { height: 100vh; overflow-y: auto; padding: 16px 24px; box-sizing: border-box }
    .hl { background: #fff3bf; border-bottom: 2px solid #f59f00 }
  </style></head><body><div id="scroller">${paragraphs.join('\n')}</div></body></html>`
}

async function scroll(page: Page, selector: string): Promise<ScrollRun> {
  return (await page.evaluate(SCROLL(selector, 0))) as ScrollRun
}

function frameLine(label: string, run: ScrollRun): string {
  const long = run.frames.filter((f) => f > 50).length
  return `  ${label}: frame p50 ${percentile(run.frames, 50).toFixed(1)} ms, p95 ${percentile(run.frames, 95).toFixed(1)} ms, ${long} of ${run.frames.length} frames over 50 ms, ${run.blank} frames blank under the reader's eye`
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-reader-'))
  const settings = new SettingsStore(join(dir, 'settings.json'))
  settings.update({ coderName: 'Bench' })
  const t0 = performance.now()
  const { path, documentId } = await buildTranscriptProject(dir, settings, TURNS, HIGHLIGHTS)
  console.log(
    `\nReader: ${TURNS} turns, ${(TURNS * WORDS_PER_TURN).toLocaleString('en')} words, ${HIGHLIGHTS.toLocaleString('en')} highlights (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  )
  const html = staticPage(path, documentId)
  const server = await startWebServer({ projectPath: path, openBrowser: false, settings })
  const browser = await chromium.launch({
    executablePath: process.env.NEEDLE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    // bypassCSP only so Playwright can evaluate the measuring scripts; the app runs under its own CSP.
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true })
    await page.addInitScript(() => localStorage.setItem('needle.coderConfirmed', '1'))
    await page.goto(server.url)
    const t1 = performance.now()
    await page.getByTestId('navbar').getByText('Coding', { exact: true }).click()
    await page.locator('.needle-hl').first().waitFor({ timeout: 60_000 })
    console.log(`  document open with highlights painted in ${(performance.now() - t1).toFixed(0)} ms (from the click on Coding)`)
    const ours = await scroll(page, '[data-testid=reader]')
    const jumps: number[] = []
    for (const share of [0.5, 0.9, 0.25]) jumps.push((await page.evaluate(JUMP('[data-testid=reader]', share))) as number)

    const plain = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    const t2 = performance.now()
    await plain.setContent(html, { waitUntil: 'load' })
    const plainLoad = performance.now() - t2
    const base = await scroll(plain, '#scroller')

    console.log(frameLine('Needle reader', ours))
    console.log(frameLine(`static page (all ${TURNS} turns in the DOM, loaded in ${plainLoad.toFixed(0)} ms)`, base))
    console.log(
      `  jump to 50%, 90%, 25% of the document: ${jumps.map((j) => j.toFixed(0)).join(', ')} ms until text is under the reader's eye`,
    )
    judge('reader slowest jump until text shows', Math.max(...jumps), 500, { unit: ' ms', digits: 0 })
    judge('reader frame p95 / static page frame p95', percentile(ours.frames, 95) / percentile(base.frames, 95), 2, { unit: '×' })
  } finally {
    await browser.close()
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
