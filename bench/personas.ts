/**
 * Persona PDFs through the real channel (`export.persona`), both ways Needle prints:
 *  - cold, as the CLI runs them: a Chromium started for the export and closed after it. Physical
 *    pipeline: the same Chromium started and printing a blank page;
 *  - warm, as the browser edition runs them: one long-lived Chromium kept between exports (the
 *    desktop app prints with its own Electron, equally warm). Physical pipeline: an already running
 *    Chromium opening a page and printing a blank one.
 * Targets: one card within 1.3× its pipeline, each way; a 20-persona deck within 2× one card.
 * Run alone: npx tsx bench/personas.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createProject } from '../src/main/db/open'
import { call } from '../src/main/dispatch'
import type { Browser } from 'playwright-core'
import { closeSharedChromium, launchChromium } from '../src/main/services/exports/personas/chromium'
import { insertPersona } from '../src/main/services/personas/store'
import { Session } from '../src/main/session'
import { SettingsStore } from '../src/main/services/settings/store'
import { defaultAvatar } from '../src/shared/persona/avatar'
import { cardLabels } from '../src/shared/persona/labels'
import type { PersonaContentInput, SectionKind } from '../src/shared/persona/content'
import { judge } from './targets'

const KINDS: SectionKind[] = ['quotes', 'needs', 'goals', 'pains', 'urgency', 'behaviours', 'differences', 'demographics']

function content(i: number): PersonaContentInput {
  const l = cardLabels('en')
  const li = (n: number, text: string) =>
    `<ul>${Array.from({ length: n }, (_, k) => `<li><p>${text} ${k + 1} <code>${20 + k}%</code></p></li>`).join('')}</ul>`
  const html: Record<SectionKind, string> = {
    quotes: Array.from(
      { length: 4 },
      (_, k) =>
        `<blockquote><p>Quote ${k + 1} of persona ${i}: the courier missed the pickup again and we lost the sale.</p><p><cite>P${k + 1}</cite></p></blockquote>`,
    ).join(''),
    needs: `<ol>${Array.from({ length: 6 }, (_, k) => `<li><p><strong>Need ${k + 1}</strong> <code>${(18 - k * 2).toFixed(1)}</code> opportunity</p></li>`).join('')}</ol>`,
    goals: li(4, 'Goal'),
    pains: li(4, 'Pain'),
    urgency: li(2, 'Deadline'),
    behaviours: li(3, 'Behaviour'),
    differences: li(4, 'Region'),
    demographics: li(5, 'Attribute'),
    context: '',
    custom: '',
  }
  return {
    version: 1,
    context: `${20 + i}% of participants. Most pressing need: same-day dispatch.`,
    sections: KINDS.map((kind, order) => ({
      id: kind,
      kind,
      title: l.sections[kind],
      html: html[kind],
      hidden: false,
      order,
      evidence: [],
    })),
    avatar: defaultAvatar(`Persona ${i}`),
    facts: {
      segmentName: `Segment ${i}`,
      n: 12,
      share: 0.2,
      needs: [],
      deadlines: { count: 2, participants: 2, nearest: [] },
      emergencies: { count: 1, participants: 1, maxSeverity: 3 },
    },
    footer: { participants: 12, sources: 3, from: '2024-03-01', to: '2024-05-30', stability: 0.8, confidence: 'stable' },
    draftedAt: new Date().toISOString(),
  }
}

async function bareChromium(): Promise<number> {
  const t = performance.now()
  const browser = await launchChromium()
  const page = await browser.newPage()
  await page.setContent('<p>blank</p>')
  await page.pdf({ format: 'A4' })
  const ms = performance.now() - t
  await browser.close()
  return ms
}

/** A running browser: a new page, a blank page printed, the page closed. */
async function warmBlank(browser: Browser): Promise<number> {
  const t = performance.now()
  const context = await browser.newContext({ offline: true })
  const page = await context.newPage()
  await page.setContent('<p>blank</p>')
  await page.pdf({ format: 'A4' })
  await context.close()
  return performance.now() - t
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const runs = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ')

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-personas-'))
  try {
    const settings = new SettingsStore(join(dir, 'settings.json'))
    const cli = new Session('desktop', settings)
    cli.project = createProject(join(dir, 'bench.needle'))
    const ids = Array.from({ length: 20 }, (_, i) =>
      insertPersona(cli.project!.db, { segmentId: null, name: `Persona ${i + 1} first`, language: 'en', content: content(i + 1) }),
    )
    const one = (session: Session) =>
      call(session, 'export.persona', { personaId: ids[0], format: 'pdf', page: 'a4', out: join(dir, 'one.pdf') })
    const deck = (session: Session) => call(session, 'export.persona', { all: true, format: 'pdf', page: 'a4', out: join(dir, 'deck.pdf') })
    const timed = async (f: () => Promise<unknown>) => {
      const t = performance.now()
      await f()
      return performance.now() - t
    }

    // Cold (the CLI): alternating, so drifting load hits both sides alike.
    console.log('\nPersona PDFs, cold (the CLI: a Chromium started for each export)')
    const bare: number[] = []
    const coldOne: number[] = []
    const coldDeck: number[] = []
    for (let r = 0; r < 3; r++) {
      bare.push(await bareChromium())
      coldOne.push(await timed(() => one(cli)))
      coldDeck.push(await timed(() => deck(cli)))
    }
    console.log(`  bare Chromium start + blank A4 PDF: median ${median(bare).toFixed(0)} ms (runs ${runs(bare)})`)
    console.log(
      `  one persona PDF incl. browser start: median ${median(coldOne).toFixed(0)} ms (runs ${runs(coldOne)}); 20-persona deck: median ${median(coldDeck).toFixed(0)} ms`,
    )
    judge('cold: one persona PDF / bare Chromium blank PDF', median(coldOne) / median(bare), 1.3, { unit: '×' })
    judge('cold: 20-persona deck / one persona PDF', median(coldDeck) / median(coldOne), 2, { unit: '×' })

    // Warm (the browser edition): its shared Chromium, against a running Chromium printing a blank page.
    console.log('Persona PDFs, warm (the browser edition: one Chromium kept between exports)')
    const web = new Session('browser', settings)
    web.project = cli.project
    const browser = await launchChromium()
    try {
      await warmBlank(browser)
      await one(web)
      const blank: number[] = []
      const warmOne: number[] = []
      const warmDeck: number[] = []
      for (let r = 0; r < 5; r++) {
        blank.push(await warmBlank(browser))
        warmOne.push(await timed(() => one(web)))
        warmDeck.push(await timed(() => deck(web)))
      }
      console.log(`  running Chromium, new page + blank A4 PDF: median ${median(blank).toFixed(0)} ms (runs ${runs(blank)})`)
      console.log(
        `  one persona PDF: median ${median(warmOne).toFixed(0)} ms (runs ${runs(warmOne)}); 20-persona deck: median ${median(warmDeck).toFixed(0)} ms (runs ${runs(warmDeck)})`,
      )
      judge('warm: one persona PDF / running Chromium blank PDF', median(warmOne) / median(blank), 1.3, { unit: '×' })
      judge('warm: 20-persona deck / one persona PDF', median(warmDeck) / median(warmOne), 2, { unit: '×' })
    } finally {
      await browser.close()
      await closeSharedChromium()
    }
    cli.closeProject()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
