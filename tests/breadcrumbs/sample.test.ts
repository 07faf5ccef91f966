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
