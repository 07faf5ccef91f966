/**
 * The breadcrumb analysis recovers what a generated log planted (fixed seed): 40% of those who
 * cancelled had "Payment failed" in the 60 days before, 5% of those who stayed; failures long
 * before the window do not count; cancellers took twice as long to get set up.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { syntheticEventLog } from '../../src/main/services/breadcrumbs/synthetic'
import { riskRatio } from '../../src/main/services/breadcrumbs/analyze'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { tempDir } from '../helpers/tmp'

async function projectWithLog(customers: number, seed = 11) {
  const dir = tempDir()
  const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
  await call(session, 'project.create', { path: join(dir, 'p.needle') })
  const log = syntheticEventLog({ customers, seed })
  const file = join(dir, 'events.csv')
  writeFileSync(file, log.csv)
  await call(session, 'import.run', { jobId: 't', files: [{ path: file, options: { kind: 'events' } }] })
  return { session, log, dir }
}

describe('breadcrumbs over a planted log', () => {
  it('recovers the planted shares, lift and setup-time ratio, and does not count what happened before the window', async () => {
    const { session, log } = await projectWithLog(3000)
    try {
      const r = await call(session, 'breadcrumbs.analyze', {
        outcome: 'subscription cancelled',
        windowDays: 60,
        from: 'Signed up',
        to: 'First delivery completed',
      })
      const churned = log.customers.filter((c) => c.churned)
      const stayed = log.customers.filter((c) => !c.churned)
      expect(r.churned).toBe(churned.length)
      expect(r.retained).toBe(stayed.length)
      const failed = r.breadcrumbs.find((b) => b.label === 'Payment failed')!
      // Exactly the planted customers: the failures 150-300 days before cancelling are left out.
      expect(failed.churnedCount).toBe(churned.filter((c) => c.failedInWindow).length)
      expect(failed.retainedCount).toBe(stayed.filter((c) => c.failedInWindow).length)
      expect(failed.churnedShare).toBeCloseTo(0.4, 1)
      expect(failed.retainedShare).toBeCloseTo(0.05, 1)
      expect(failed.lift).toBeGreaterThan(5)
      expect(failed.low!).toBeGreaterThan(4)
      expect(failed.low!).toBeLessThan(failed.lift!)
      expect(failed.high!).toBeGreaterThan(failed.lift!)
      // It is the strongest breadcrumb; logins (everyone has them) are not one.
      expect(r.breadcrumbs[0].label).toBe('Payment failed')
      const login = r.breadcrumbs.find((b) => b.label === 'Logged in')!
      expect(login.lift!).toBeGreaterThan(0.8)
      expect(login.lift!).toBeLessThan(1.25)
      expect(failed.examples.length).toBe(3)
      expect(churned.find((c) => c.id === failed.examples[0].label)?.failedInWindow).toBe(true)
      expect(r.duration!.ratio!).toBeGreaterThan(1.8)
      expect(r.duration!.ratio!).toBeLessThan(2.2)
      // Said as a code with its numbers (the app words it in the UI language, the CLI in English).
      const before = r.leftOut.find((n) => n.code === 'beforeWindow')
      expect(before).toMatchObject({ code: 'beforeWindow', days: 60 })
      expect(before && 'count' in before && before.count).toBeGreaterThan(0)
    } finally {
      session.closeProject()
    }
  }, 60_000)

  it('a wider window counts the old failures too', async () => {
    const { session, log } = await projectWithLog(1000)
    try {
      const r = await call(session, 'breadcrumbs.analyze', { outcome: 'Subscription cancelled', windowDays: 400 })
      const failed = r.breadcrumbs.find((b) => b.label === 'Payment failed')!
      expect(failed.churnedCount).toBeGreaterThan(log.customers.filter((c) => c.churned && c.failedInWindow).length)
    } finally {
      session.closeProject()
    }
  }, 60_000)

  it('names the event types when no one has the outcome', async () => {
    const { session } = await projectWithLog(50)
    try {
      await expect(call(session, 'breadcrumbs.analyze', { outcome: 'Churned' })).rejects.toThrow(
        /No customer has the event "Churned"\. Event types in this project: "Logged in", .*"Payment failed"/,
      )
    } finally {
      session.closeProject()
    }
  })

  it('saves those who stayed and have the breadcrumb now as a rule segment', async () => {
    const { session, log } = await projectWithLog(600)
    try {
      const saved = await call(session, 'breadcrumbs.saveSegment', {
        name: 'At risk: payment failed',
        outcome: 'Subscription cancelled',
        breadcrumb: 'Payment failed',
      })
      const atRisk = log.customers.filter((c) => !c.churned && c.failedInWindow).map((c) => c.id)
      expect(saved.size).toBe(atRisk.length)
      const members = await call(session, 'segments.members', { id: saved.id })
      expect(members.map((m) => m.label).sort()).toEqual(atRisk.sort())
      expect((await call(session, 'segments.list', {})).map((s) => s.name)).toContain('At risk: payment failed')
    } finally {
      session.closeProject()
    }
  })
})

describe('risk ratio', () => {
  it('matches a worked example (40/100 vs 5/100: 8.0, 95% CI 3.3-19.5)', () => {
    const r = riskRatio(40, 100, 5, 100)
    expect(r.lift).toBeCloseTo(8, 5)
    expect(r.low!).toBeCloseTo(3.28, 1)
    expect(r.high!).toBeCloseTo(19.5, 0)
  })
})
