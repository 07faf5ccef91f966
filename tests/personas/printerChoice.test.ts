/**
 * The desktop app prints with Electron's own Chromium, which it hands to export through its
 * session (as it does the native dialogs): services never import the Electron folder. Electron
 * cannot run here, so the session carries a printer that records each job and prints it with the
 * real system Chromium; the export must go through it, and the file must be the card.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { ChromiumPrinter } from '../../src/main/services/exports/personas/chromium'
import type { Printer, PrintJob } from '../../src/main/services/exports/personas/printJob'
import { tempDir } from '../helpers/tmp'
import { study } from './fixture'

const chromium = new ChromiumPrinter(true)
afterAll(() => chromium.close())

it('prints through the printer the session carries, not one the export picks by runtime', async () => {
  const s = await study()
  const jobs: { kind: string; job: PrintJob }[] = []
  const sessionPrinter: Printer = {
    pdf: (job) => (jobs.push({ kind: 'pdf', job }), chromium.pdf(job)),
    png: (job) => (jobs.push({ kind: 'png', job }), chromium.png(job)),
    release: async () => {},
  }
  s.session.printer = sessionPrinter
  const persona = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
  const out = join(tempDir(), 'card.pdf')
  await s.run('export.persona', { personaId: persona.id, format: 'pdf', page: 'letter', out })

  expect(jobs.map((j) => [j.kind, j.job.page])).toEqual([['pdf', 'letter']])
  expect(jobs[0].job.html).toContain(persona.name)
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain(persona.name)
})
