/**
 * A breadcrumb as evidence on a persona, from the command line: the planted "Payment failed"
 * (40% of those who cancel had it in the 60 days before, 5% of those who stay) goes on a persona
 * drafted from the at-risk group, and its sentence, with the shares and lift the analysis found,
 * is on the card (needle personas --json) and in its Markdown export; drafting again keeps it.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { syntheticEventLog } from '../../src/main/services/breadcrumbs/synthetic'
import { importFiles } from '../../src/main/services/imports/run'
import { needle } from '../cli/run'
import { project } from '../coding/fixture'
import { tempDir } from '../helpers/tmp'

const pct = (x: number) => `${Math.round(x * 100)}%`

it('puts a breadcrumb on a persona by name, with the shares and lift of the analysis, in one step', () => {
  const d = { cwd: tempDir('needle-cli-'), home: tempDir('needle-home-') }
  const log = syntheticEventLog({ customers: 400, seed: 5 })
  writeFileSync(join(d.cwd, 'events.csv'), log.csv)
  expect(needle(['new', 'p'], d).code).toBe(0)
  expect(needle(['import', 'p.needle', 'events.csv', '--kind', 'events'], d).code).toBe(0)
  const outcome = ['breadcrumbs', 'p.needle', '--outcome', 'Subscription cancelled']
  const saved = needle([...outcome, '--breadcrumb', 'Payment failed', '--save-segment', 'At risk', '--json'], d)
  expect(saved.stderr).toBe('')
  expect(JSON.parse(saved.stdout).persona).toBeNull()
  expect(needle(['personas', 'p.needle', '--from-segments'], d).code).toBe(0)
  const [card] = JSON.parse(needle(['personas', 'p.needle', '--json'], d).stdout).personas
  expect(card.breadcrumbs).toEqual([])

  // By name, any case; the label as the researcher typed it.
  const r = needle([...outcome, '--breadcrumb', 'payment FAILED', '--add-to-persona', card.name.toUpperCase(), '--json'], d)
  expect(r.stderr).toBe('')
  const json = JSON.parse(r.stdout)
  expect(json.persona).toEqual({ id: card.id, name: card.name })
  const failed = json.breadcrumbs.find((b: { label: string }) => b.label === 'Payment failed')
  // The planted story came back: ~40% of those who left, ~5% of those who stayed.
  expect(failed.churnedShare).toBeGreaterThan(0.3)
  expect(failed.churnedShare).toBeLessThan(0.5)
  expect(failed.retainedShare).toBeLessThan(0.12)
  const sentence = `${pct(failed.churnedShare)} of customers who had 'Subscription cancelled' had 'Payment failed' in the 60 days before (${pct(failed.retainedShare)} of those who stayed; ${failed.lift.toFixed(1)}×)`

  const after = JSON.parse(needle(['personas', 'p.needle', '--json'], d).stdout).personas[0]
  expect(after.breadcrumbs).toEqual([
    expect.objectContaining({ label: 'Payment failed', outcome: 'Subscription cancelled', windowDays: 60, sentence }),
  ])
  // On the card as a fact under its own heading, not among the quotes.
  expect(after.quotes.map((q: { text: string }) => q.text)).not.toContain(sentence)
  expect(needle(['export', 'p.needle', '--format', 'md', '--persona', String(card.id), '--out', 'card.md'], d).code).toBe(0)
  const md = readFileSync(join(d.cwd, 'card.md'), 'utf8')
  expect(md).toContain(`## What came before they left\n\n- ${sentence} (${failed.churnedCount} of ${json.churned} who left`)

  // By id, again: the same breadcrumb is refreshed, not listed twice; drafting the card again keeps it.
  expect(needle([...outcome, '--breadcrumb', 'Payment failed', '--add-to-persona', String(card.id)], d).stdout).toContain(
    `Added to persona #${card.id} "${card.name}" as evidence: ${sentence}.`,
  )
  expect(needle(['personas', 'p.needle', '--from-segments'], d).code).toBe(0)
  expect(JSON.parse(needle(['personas', 'p.needle', '--json'], d).stdout).personas[0].breadcrumbs).toHaveLength(1)

  // A persona that is not there: said, with the ones that are, and nothing changes.
  const missing = needle([...outcome, '--breadcrumb', 'Payment failed', '--add-to-persona', 'Nobody'], d)
  expect(missing.code).not.toBe(0)
  expect(missing.stderr).toContain(`No persona "Nobody" in this project. Its personas: #${card.id} ${card.name}.`)
  // Ten runs of the real command: on a loaded shared machine each takes seconds.
}, 180_000)

it('prints the breadcrumb on the PDF card and in the deck appendix with its counts, and words it in Arabic on an Arabic card', async () => {
  const s = project([])
  const dir = tempDir('needle-crumbs-')
  const csv = join(dir, 'events.csv')
  writeFileSync(csv, syntheticEventLog({ customers: 300, seed: 9 }).csv)
  await importFiles(s.session.project!.db, [{ path: csv, options: { kind: 'events' } }])
  const options = { outcome: 'Subscription cancelled', windowDays: 60 }
  const r = await s.run('breadcrumbs.analyze', options)
  const failed = r.breadcrumbs.find((b) => b.label === 'Payment failed')!
  const segment = await s.run('breadcrumbs.saveSegment', { ...options, name: 'At risk', breadcrumb: 'Payment failed' })
  const english = await s.run('personas.draftFromSegment', { segmentId: segment.id, language: 'en' })
  const arabic = await s.run('personas.draftFromSegment', { segmentId: segment.id, language: 'ar' })
  for (const p of [english, arabic]) await s.run('personas.addBreadcrumb', { ...options, personaId: p.id, breadcrumb: 'Payment failed' })

  const deck = join(dir, 'deck.pdf')
  await s.run('export.persona', { all: true, format: 'pdf', out: deck })
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', deck, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  const sentence = `${pct(failed.churnedShare)} of customers who had 'Subscription cancelled' had 'Payment failed' in the 60 days before (${pct(failed.retainedShare)} of those who stayed; ${failed.lift!.toFixed(1)}×)`
  // On the card under its heading, and again in the appendix with its counts and interval, marked as a breadcrumb.
  expect(text).toContain(`WHAT CAME BEFORE THEY LEFT ${sentence}`)
  // Three times: the English card, and the appendix (in the deck's language) under each of the two personas.
  expect(text.split(sentence)).toHaveLength(4)
  expect(text).toContain(
    `${failed.churnedCount} of ${r.churned} who left · ${failed.retainedCount} of ${r.retained} who stayed · 95% interval ${failed.low!.toFixed(1)}–${failed.high!.toFixed(1)} BREADCRUMB`,
  )

  // The Arabic card words the same figures in Arabic.
  const md = join(dir, 'ar.md')
  await s.run('export.persona', { personaId: arabic.id, format: 'md', out: md })
  expect(readFileSync(md, 'utf8')).toContain(
    `## ما سبق مغادرتهم\n\n- ${pct(failed.churnedShare)} من العملاء الذين حدث لهم «Subscription cancelled» كان لديهم «Payment failed» خلال 60 يوماً قبله (${pct(failed.retainedShare)} ممن بقوا؛ ${failed.lift!.toFixed(1)}×)`,
  )

  // Taken off the card again (the editor's remove button), as one undoable step.
  const [fact] = (await s.run('personas.get', { id: arabic.id })).content.breadcrumbs
  expect((await s.run('personas.removeBreadcrumb', { personaId: arabic.id, key: fact.key })).content.breadcrumbs).toEqual([])
  await s.run('undo.undo', {})
  expect((await s.run('personas.get', { id: arabic.id })).content.breadcrumbs).toHaveLength(1)
}, 120_000)
