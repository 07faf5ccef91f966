/**
 * The sample's event-log tickets are coded, so a coded pain in a ticket is a breadcrumb: the
 * three accounts that cancelled wrote about a double charge in the days before, and the code on
 * it ("Billing errors") shows up on their trail and among the breadcrumbs of cancelling.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import type { Session } from '../../src/main/session'

let session: Session

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'needle-sample-crumbs-'))
  process.env.NEEDLE_HOME = join(work, 'home')
  const { buildSampleProject } = await import('../../src/main/sample/content')
  const { Session } = await import('../../src/main/session')
  const { SettingsStore } = await import('../../src/main/services/settings/store')
  const path = join(work, 'sample.needle')
  await buildSampleProject(path)
  session = new Session('desktop', new SettingsStore(join(work, 'settings.json')))
  await call(session, 'project.open', { path })
}, 240_000)

afterAll(() => session?.closeProject())

it('shows the coded ticket on a trail and the code as a breadcrumb of cancelling', async () => {
  const t = await call(session, 'timeline.get', { participant: 'TW-2003' })
  const ticket = t.events.find((e) => e.text?.startsWith('Our card was charged twice'))
  expect(ticket?.codes).toEqual(['Billing errors'])
  const r = await call(session, 'breadcrumbs.analyze', { outcome: 'Subscription cancelled', windowDays: 60 })
  expect(r.breadcrumbs.find((b) => b.label === 'Billing errors')).toMatchObject({ type: 'code', churnedCount: 3, retainedCount: 0 })
  // The Arabic tickets of the two at-risk accounts are coded too: the same pain in those who stay.
  expect(r.breadcrumbs.find((b) => b.label === 'Proof rejected by an inspector')).toMatchObject({
    type: 'code',
    churnedCount: 2,
    retainedCount: 2,
  })
  expect(r.breadcrumbs[0].label).toBe('Payment failed')
})

it('turns a breadcrumb into a persona: the at-risk group as its segment, the coded tickets as its evidence', async () => {
  const r = await call(session, 'breadcrumbs.analyze', { outcome: 'Subscription cancelled', windowDays: 60 })
  const crumb = r.breadcrumbs.find((b) => b.label === 'Proof rejected by an inspector')!
  const segment = await call(session, 'breadcrumbs.saveSegment', {
    name: 'At risk: proof rejected',
    outcome: r.outcomeValue,
    breadcrumb: crumb.label,
    breadcrumbType: crumb.type,
    windowDays: r.windowDays,
  })
  expect(segment.size).toBe(2)
  const persona = await call(session, 'personas.draftFromSegment', { segmentId: segment.id })
  // The at-risk accounts' own coded tickets, with the breadcrumb's sentence as the claim they back.
  const highlights = session
    .project!.db.prepare(
      `SELECT h.id FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id JOIN codes c ON c.id = hc.code_id
         JOIN documents d ON d.id = h.document_id JOIN segment_members m ON m.participant_id = d.participant_id
        WHERE c.name = ? AND m.segment_id = ?`,
    )
    .pluck()
    .all(crumb.label, segment.id) as number[]
  expect(highlights).toHaveLength(2)
  const pains = persona.content.sections.find((s) => s.kind === 'pains')!
  const statement = `${Math.round(crumb.churnedShare * 100)}% of customers who cancelled had '${crumb.label}' in the 60 days before`
  let withEvidence = persona
  for (const highlightId of highlights)
    withEvidence = await call(session, 'personas.attachEvidence', { personaId: persona.id, sectionId: pains.id, highlightId, statement })
  const evidence = await call(session, 'personas.evidence', { personaId: withEvidence.id })
  expect(evidence.filter((e) => highlights.includes(e.highlightId))).toHaveLength(2)
})
