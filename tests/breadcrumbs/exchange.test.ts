/**
 * Event logs travel with the project: a teammate's merge carries their events (and a stage's dated
 * history), mapped to this project's participants by label, so the breadcrumbs come out the same;
 * a REFI-QDA export, whose standard has no place for dated events, says how many it left out.
 */
import Database from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { syntheticEventLog } from '../../src/main/services/breadcrumbs/synthetic'
import { SettingsStore } from '../../src/main/services/settings/store'
import { Session } from '../../src/main/session'
import { needle } from '../cli/run'
import { tempDir } from '../helpers/tmp'

async function project(dir: string, name: string, files: Array<{ file: string; text: string; kind: 'survey' | 'events' }>) {
  const session = new Session('desktop', new SettingsStore(join(dir, `${name}-settings.json`)))
  await call(session, 'project.create', { path: join(dir, `${name}.needle`) })
  for (const f of files) writeFileSync(join(dir, f.file), f.text)
  await call(session, 'import.run', { jobId: name, files: files.map((f) => ({ path: join(dir, f.file), options: { kind: f.kind } })) })
  return session
}

describe('events in a team merge', () => {
  it("carries the teammate's event log and stage history, participants mapped by label; merging again adds nothing", async () => {
    const dir = tempDir()
    const log = syntheticEventLog({ customers: 400, seed: 17 })
    const ids = log.customers.map((c) => c.id)
    // Ours: the customers in one order, and a survey without free text (a source with no documents, like the log).
    const ours = await project(dir, 'ours', [
      {
        file: 'customers.csv',
        text: 'customer_id,plan\n' + ids.map((id, i) => `${id},${i % 2 ? 'Pro' : 'Basic'}`).join('\n') + '\n',
        kind: 'survey',
      },
    ])
    // Theirs: the same customers met in reverse order (other row ids), the event log and a dated stage table.
    const crm =
      'customer_id,updated_at,Lifecycle stage\n' +
      log.customers
        .map((c) => `${c.id},${new Date(c.referenceDay * 86_400_000).toISOString().slice(0, 10)},${c.churned ? 'churned' : 'active'}`)
        .join('\n') +
      '\n'
    const theirs = await project(dir, 'theirs', [
      {
        file: 'first.csv',
        text:
          'customer_id,plan\n' +
          [...ids]
            .reverse()
            .map((id) => `${id},Pro`)
            .join('\n') +
          '\n',
        kind: 'survey',
      },
      { file: 'events.csv', text: log.csv, kind: 'events' },
      { file: 'crm.csv', text: crm, kind: 'survey' },
    ])
    const expected = await call(theirs, 'breadcrumbs.analyze', { outcome: 'Subscription cancelled', windowDays: 60 })
    theirs.closeProject()
    try {
      const first = await call(ours, 'project.merge', { path: join(dir, 'theirs.needle') })
      expect(first.added.events).toBe(log.rows)
      const db = ours.project!.db
      expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(log.rows)
      expect(db.prepare('SELECT count(*) FROM attribute_history').pluck().get()).toBe(log.customers.length)
      // Every event sits with the customer of the same label.
      const someone = log.customers.find((c) => c.churned)!
      const t = await call(ours, 'timeline.get', { participant: someone.id })
      expect(t.events.filter((e) => e.kind === 'event').at(-1)?.type).toBe('Subscription cancelled')
      const r = await call(ours, 'breadcrumbs.analyze', { outcome: 'Subscription cancelled', windowDays: 60 })
      const pick = (x: typeof r) => x.breadcrumbs.map((b) => [b.label, b.churnedCount, b.retainedCount])
      expect(pick(r)).toEqual(pick(expected))
      expect([r.churned, r.retained]).toEqual([expected.churned, expected.retained])
      const byStage = await call(ours, 'breadcrumbs.analyze', { outcomeAttribute: 'Lifecycle stage', outcome: 'churned' })
      expect(byStage.churned).toBe(log.customers.filter((c) => c.churned).length)

      const second = await call(ours, 'project.merge', { path: join(dir, 'theirs.needle') })
      expect(second.added.events).toBe(0)
      expect(second.skipped.events).toBe(log.rows)
      expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(log.rows)
    } finally {
      ours.closeProject()
    }
  }, 180_000)
})

describe('events in a REFI-QDA export', () => {
  it('are said to be left out, in the report and on the command line', () => {
    const d = { cwd: tempDir('needle-cli-'), home: tempDir('needle-home-') }
    const log = syntheticEventLog({ customers: 40, seed: 2 })
    writeFileSync(join(d.cwd, 'events.csv'), log.csv)
    expect(needle(['new', 'p'], d).code).toBe(0)
    expect(needle(['import', 'p.needle', 'events.csv', '--kind', 'events'], d).code).toBe(0)
    const json = needle(['export', 'p.needle', '--format', 'qdpx', '--out', 'out.qdpx', '--json'], d)
    expect(json.stderr).toBe('')
    expect(JSON.parse(json.stdout)).toMatchObject({ eventsLeftOut: log.rows })
    const text = needle(['export', 'p.needle', '--format', 'qdpx', '--out', 'out2.qdpx'], d)
    expect(text.stdout).toMatch(new RegExp(`Left out: ${log.rows} events of event logs \\(REFI-QDA has no place for dated events`))
  }, 120_000)
})

describe('a stage history in an anonymised copy', () => {
  it('carries the identifying stage values as pseudonyms, never as they were', async () => {
    const dir = tempDir()
    const crm =
      'customer_id,updated_at,Lifecycle stage\nC1,2024-01-01,Acme trial\nC1,2024-02-01,Acme onboarding\nC1,2024-03-01,Acme churned\nC2,2024-01-05,Acme trial\nC3,2024-02-01,Acme churned\n'
    const session = await project(dir, 'crm', [{ file: 'crm.csv', text: crm, kind: 'survey' }])
    try {
      const copy = join(dir, 'shared.needle')
      await call(session, 'project.exportForSharing', { path: copy, anonymise: true, identifyingAttributes: ['Lifecycle stage'] })
      const shared = new Database(copy, { readonly: true })
      const history = shared.prepare('SELECT value FROM attribute_history').pluck().all() as string[]
      shared.close()
      expect(history.length).toBeGreaterThan(0)
      expect(history.join(' ')).not.toMatch(/Acme/)
    } finally {
      session.closeProject()
    }
  }, 60_000)
})
