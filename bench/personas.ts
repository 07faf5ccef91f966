/**
 * Persona PDFs through the real channel (`export.persona`), as the CLI runs them: a fresh Chromium
 * per export. Targets: one card within 1.5 s including the browser's start; a 20-persona deck within
 * 6 s. The physical pipeline: the same Chromium started and printing a blank page.
 * Run alone: npx tsx bench/personas.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createProject } from '../src/main/db/open'
import { call } from '../src/main/dispatch'
import { launchChromium } from '../src/main/services/exports/personas/chromium'
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

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-personas-'))
  try {
    const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
    session.project = createProject(join(dir, 'bench.needle'))
    const db = session.project.db
    const ids = Array.from({ length: 20 }, (_, i) =>
      insertPersona(db, { segmentId: null, name: `Persona ${i + 1} first`, language: 'en', content: content(i + 1) }),
    )

    const bare: number[] = []
    const one: number[] = []
    const deck: number[] = []
    for (let r = 0; r < 3; r++) {
      bare.push(await bareChromium())
      let t = performance.now()
      await call(session, 'export.persona', { personaId: ids[0], format: 'pdf', page: 'a4', out: join(dir, 'one.pdf') })
      one.push(performance.now() - t)
      t = performance.now()
      await call(session, 'export.persona', { all: true, format: 'pdf', page: 'a4', out: join(dir, 'deck.pdf') })
      deck.push(performance.now() - t)
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
    const b = median(bare)
    const o = median(one)
    const d = median(deck)
    console.log(`  bare Chromium start + blank A4 PDF: median ${b.toFixed(0)} ms (runs ${bare.map((x) => x.toFixed(0)).join(', ')})`)
    console.log(`  one persona PDF incl. browser start: median ${o.toFixed(0)} ms; 20-persona deck: median ${d.toFixed(0)} ms`)
    judge('one persona PDF / bare Chromium blank PDF', o / b, 1.3, { unit: '×' })
    judge('20-persona deck / one persona PDF', d / o, 2, { unit: '×' })
    session.closeProject()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
