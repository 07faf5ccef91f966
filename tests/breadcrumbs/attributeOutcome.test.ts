/**
 * The outcome as an attribute value with its date: a CRM table says when each customer's
 * lifecycle stage became "churned" (newest rows first, a later snapshot still "churned", some who
 * churned and came back), the event log has no cancellation events at all. The analysis must
 * count each churner from the day their stage became churned and recover the planted shares.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { syntheticEventLog, type SyntheticLog } from '../../src/main/services/breadcrumbs/synthetic'
import { SettingsStore } from '../../src/main/services/settings/store'
import { Session } from '../../src/main/session'
import { needle } from '../cli/run'
import { tempDir } from '../helpers/tmp'

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10)

/** The log without its cancellations, and a CRM table that dates them instead. */
function crmStory(customers: number, seed: number) {
  const log = syntheticEventLog({ customers, seed })
  const events = log.csv
    .split('\n')
    .filter((l) => !l.includes(',Subscription cancelled,'))
    .join('\n')
  const rows: string[] = []
  const comeback = new Set<string>()
  log.customers.forEach((c, i) => {
    const history: Array<[number, string]> = [
      [c.signUpDay, 'trial'],
      [c.signUpDay + 20, 'active'],
    ]
    if (c.churned)
      // The stage became churned on the day they cancelled; a month later's snapshot still says so.
      history.push([c.referenceDay, 'churned'], [c.referenceDay + 30, 'churned'])
    else if (i % 10 === 0) {
      // Churned once, came back: their latest-dated stage is active, so they stayed.
      history.push([c.signUpDay + 60, 'churned'], [c.signUpDay + 90, 'active'])
      comeback.add(c.id)
    }
    for (const [day, stage] of history) rows.push(`${c.id},${iso(day)},${stage},${i % 2 ? 'Pro' : 'Basic'}`)
  })
  // Newest first, as CRM exports often are: file order must not decide.
  rows.sort((a, b) => b.split(',')[1].localeCompare(a.split(',')[1]))
  return { log, events, crm: 'customer_id,updated_at,Lifecycle stage,plan\n' + rows.join('\n') + '\n', comeback }
}

function planted(log: SyntheticLog) {
  const churned = log.customers.filter((c) => c.churned)
  const stayed = log.customers.filter((c) => !c.churned)
  return {
    churned: churned.length,
    stayed: stayed.length,
    failedChurned: churned.filter((c) => c.failedInWindow).length,
    failedStayed: stayed.filter((c) => c.failedInWindow).length,
  }
}

describe('an attribute value as the outcome', () => {
  it('counts churners from the day their stage became churned and recovers the planted shares and lift', async () => {
    const dir = tempDir()
    const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
    await call(session, 'project.create', { path: join(dir, 'p.needle') })
    const story = crmStory(1500, 21)
    writeFileSync(join(dir, 'crm.csv'), story.crm)
    writeFileSync(join(dir, 'events.csv'), story.events)
    await call(session, 'import.run', {
      jobId: 'a',
      files: [
        { path: join(dir, 'crm.csv'), options: { kind: 'survey' } },
        { path: join(dir, 'events.csv'), options: { kind: 'events' } },
      ],
    })
    try {
      const choices = await call(session, 'breadcrumbs.outcomes', {})
      expect(choices.events.map((e) => e.type)).not.toContain('Subscription cancelled')
      const p = planted(story.log)
      expect(choices.attributes).toContainEqual({ attribute: 'Lifecycle stage', value: 'churned', count: p.churned })

      const r = await call(session, 'breadcrumbs.analyze', { outcomeAttribute: 'lifecycle stage', outcome: 'Churned', windowDays: 60 })
      expect(r).toMatchObject({ outcome: 'Lifecycle stage = churned', outcomeValue: 'churned', outcomeAttribute: 'Lifecycle stage' })
      expect(r.churned).toBe(p.churned)
      expect(r.retained).toBe(p.stayed)
      const failed = r.breadcrumbs.find((b) => b.label === 'Payment failed')!
      // Exactly the planted customers: counted from the day the stage changed, not the later snapshot.
      expect(failed.churnedCount).toBe(p.failedChurned)
      expect(failed.retainedCount).toBe(p.failedStayed)
      expect(failed.churnedShare).toBeCloseTo(0.4, 1)
      expect(failed.retainedShare).toBeCloseTo(0.05, 1)
      expect(failed.low!).toBeGreaterThan(4)
      expect(r.breadcrumbs[0].label).toBe('Payment failed')

      // The at-risk group of an attribute outcome: those who stayed (the come-backs included) with a failure now.
      const seg = await call(session, 'breadcrumbs.saveSegment', {
        name: 'At risk',
        outcome: r.outcomeValue,
        outcomeAttribute: r.outcomeAttribute!,
        breadcrumb: 'Payment failed',
        breadcrumbType: 'event',
        windowDays: 60,
      })
      expect(seg.size).toBe(p.failedStayed)
    } finally {
      session.closeProject()
    }
  }, 120_000)

  it('leaves out, and says so, customers whose value has no date', async () => {
    const dir = tempDir()
    const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
    await call(session, 'project.create', { path: join(dir, 'p.needle') })
    const story = crmStory(200, 4)
    // Five who stayed according to the dated table are churned in a later table without dates: since when?
    const undated = story.log.customers.filter((c) => !c.churned).slice(0, 5)
    writeFileSync(join(dir, 'crm.csv'), story.crm)
    writeFileSync(join(dir, 'late.csv'), 'customer_id,Lifecycle stage\n' + undated.map((c) => `${c.id},churned`).join('\n') + '\n')
    writeFileSync(join(dir, 'events.csv'), story.events)
    await call(session, 'import.run', {
      jobId: 'b',
      files: [
        { path: join(dir, 'crm.csv'), options: { kind: 'survey' } },
        { path: join(dir, 'late.csv'), options: { kind: 'survey' } },
        { path: join(dir, 'events.csv'), options: { kind: 'events' } },
      ],
    })
    try {
      const r = await call(session, 'breadcrumbs.analyze', { outcomeAttribute: 'Lifecycle stage', outcome: 'churned' })
      const p = planted(story.log)
      expect(r.churned).toBe(p.churned)
      expect(r.retained).toBe(p.stayed - 5)
      expect(r.leftOut).toContainEqual({ code: 'outcomeUndated', count: 5, attribute: 'Lifecycle stage', value: 'churned' })
      await expect(call(session, 'breadcrumbs.analyze', { outcomeAttribute: 'Lifecycle stage', outcome: 'frozen' })).rejects.toThrow(
        /No customer has Lifecycle stage = frozen\. Attribute values with dates in this project: .*"Lifecycle stage=churned"/,
      )
    } finally {
      session.closeProject()
    }
  }, 120_000)

  it('from the command line: --outcome "Lifecycle stage=churned", the at-risk group saved', () => {
    const d = { cwd: tempDir('needle-cli-'), home: tempDir('needle-home-') }
    const story = crmStory(300, 8)
    writeFileSync(join(d.cwd, 'crm.csv'), story.crm)
    writeFileSync(join(d.cwd, 'events.csv'), story.events)
    expect(needle(['new', 'p'], d).code).toBe(0)
    expect(needle(['import', 'p.needle', 'crm.csv', '--kind', 'feedback'], d).code).toBe(0)
    expect(needle(['import', 'p.needle', 'events.csv', '--kind', 'events'], d).code).toBe(0)
    const r = needle(
      [
        'breadcrumbs',
        'p.needle',
        '--outcome',
        'Lifecycle stage=churned',
        '--breadcrumb',
        'Payment failed',
        '--save-segment',
        'At risk',
        '--json',
      ],
      d,
    )
    expect(r.stderr).toBe('')
    const json = JSON.parse(r.stdout)
    const p = planted(story.log)
    expect(json).toMatchObject({ outcome: 'Lifecycle stage = churned', churned: p.churned, retained: p.stayed })
    expect(json.breadcrumbs.find((b: { label: string }) => b.label === 'Payment failed')).toMatchObject({
      churnedCount: p.failedChurned,
      retainedCount: p.failedStayed,
    })
    expect(json.segment).toMatchObject({ name: 'At risk', size: p.failedStayed })
    const help = needle(['breadcrumbs', '--help'], d)
    expect(help.stdout).toMatch(/--outcome <event\|attribute=value>/)
    expect(help.stdout).toMatch(/"Lifecycle stage=churned"/)
  }, 300_000)
})
