/** The done-when path from the command line: customers table, event log, one trail, the breadcrumbs, the at-risk group. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { syntheticEventLog } from '../../src/main/services/breadcrumbs/synthetic'
import { needle } from '../cli/run'
import { tempDir } from '../helpers/tmp'

it('imports an event log, shows a trail, finds what precedes cancelling and saves the at-risk group', () => {
  const d = { cwd: tempDir('needle-cli-'), home: tempDir('needle-home-') }
  const log = syntheticEventLog({ customers: 400, seed: 5 })
  writeFileSync(
    join(d.cwd, 'customers.csv'),
    'customer_id,plan\n' + log.customers.map((c, i) => `${c.id},${i % 2 ? 'Pro' : 'Basic'}`).join('\n') + '\n',
  )
  writeFileSync(join(d.cwd, 'events.csv'), log.csv)
  expect(needle(['new', 'p'], d).code).toBe(0)
  expect(needle(['import', 'p.needle', 'customers.csv', '--kind', 'survey'], d).code).toBe(0)
  const imported = needle(['import', 'p.needle', 'events.csv', '--kind', 'events', '--json'], d)
  expect(imported.stderr).toBe('')
  const source = JSON.parse(imported.stdout).sources[0]
  expect(source).toMatchObject({ kind: 'events', rows: log.rows, participants: 400, skipped: 0 })

  const someone = log.customers.find((c) => c.churned && c.failedInWindow)!
  const t = needle(['timeline', 'p.needle', '--participant', someone.id, '--json'], d)
  expect(t.stderr).toBe('')
  const { events } = JSON.parse(t.stdout)
  expect(Object.keys(events[0]).sort()).toEqual(['at', 'channel', 'codes', 'label', 'source', 'text', 'type'])
  expect(events[0].type).toBe('Signed up')
  expect(events[events.length - 1].type).toBe('Subscription cancelled')
  expect([...events].map((e: { at: string }) => e.at)).toEqual([...events].map((e: { at: string }) => e.at).sort())

  const r = needle(
    [
      'breadcrumbs',
      'p.needle',
      '--outcome',
      'Subscription cancelled',
      '--window',
      '60',
      '--from',
      'Signed up',
      '--to',
      'First delivery completed',
      '--breadcrumb',
      'Payment failed',
      '--save-segment',
      'At risk',
      '--csv',
      'at-risk.csv',
      '--json',
    ],
    d,
  )
  expect(r.stderr).toBe('')
  const json = JSON.parse(r.stdout)
  expect(Object.keys(json).sort()).toEqual([
    'breadcrumbs',
    'churned',
    'duration',
    'leftOut',
    'outcome',
    'persona',
    'retained',
    'segment',
    'windowDays',
  ])
  expect(json.leftOut).toContainEqual({ code: 'beforeWindow', count: expect.any(Number), days: 60 })
  expect(Object.keys(json.breadcrumbs[0]).sort()).toEqual(
    ['churnedCount', 'churnedShare', 'high', 'label', 'lift', 'low', 'retainedCount', 'retainedShare', 'type'].sort(),
  )
  expect(json.breadcrumbs[0]).toMatchObject({ label: 'Payment failed', type: 'event' })
  expect(json.duration.ratio).toBeGreaterThan(1.5)
  const atRisk = log.customers.filter((c) => !c.churned && c.failedInWindow)
  expect(json.segment).toMatchObject({ name: 'At risk', size: atRisk.length })
  const segments = JSON.parse(needle(['segments', 'p.needle', '--json'], d).stdout).segments
  expect(segments.find((s: { name: string }) => s.name === 'At risk')).toMatchObject({ method: 'rule', size: atRisk.length })
  const csv = readFileSync(join(d.cwd, 'at-risk.csv'), 'utf8')
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(atRisk.length + 1)

  const text = needle(['breadcrumbs', 'p.needle', '--outcome', 'Subscription cancelled'], d)
  expect(text.stdout).toMatch(
    /- \d+% of customers who had 'Subscription cancelled' had 'Payment failed' in the 60 days before \(\d+% of those who stayed; \d+\.\d×\)/,
  )
  // What was left out, in English sentences.
  expect(text.stdout).toMatch(/\(\d+ events before the 60-day window were not counted\.\)/)
  const ar = needle(['breadcrumbs', 'p.needle', '--outcome', 'Subscription cancelled', '--lang', 'ar'], d)
  expect(ar.stdout).toMatch(/من العملاء الذين حدث لهم «Subscription cancelled» كان لديهم «Payment failed» خلال 60 يوماً قبله/)

  const bad = needle(['breadcrumbs', 'p.needle', '--outcome', 'Churned'], d)
  expect(bad.code).not.toBe(0)
  expect(bad.errLines.join(' ')).toMatch(/No customer has the event "Churned"/)
}, 300_000)
