/**
 * The events are read from the file once and kept while nothing changes: a second analysis is
 * served from memory, and any write (an import, a participant merge) is seen by the next one.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { syntheticEventLog } from '../../src/main/services/breadcrumbs/synthetic'
import { SettingsStore } from '../../src/main/services/settings/store'
import { Session } from '../../src/main/session'
import { tempDir } from '../helpers/tmp'

it('sees new events and merged participants at once', async () => {
  const dir = tempDir()
  const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
  await call(session, 'project.create', { path: join(dir, 'p.needle') })
  const first = syntheticEventLog({ customers: 120, seed: 3 })
  writeFileSync(join(dir, 'a.csv'), first.csv)
  await call(session, 'import.run', { jobId: 'a', files: [{ path: join(dir, 'a.csv'), options: { kind: 'events' } }] })
  const ask = { outcome: 'Subscription cancelled', windowDays: 60 }
  try {
    const before = await call(session, 'breadcrumbs.analyze', ask)
    expect(before.churned + before.retained).toBe(120)
    // Another log with other customers (their ids renamed D…).
    const second = syntheticEventLog({ customers: 80, seed: 4 })
    writeFileSync(join(dir, 'b.csv'), second.csv.replace(/^C/gm, 'D'))
    await call(session, 'import.run', { jobId: 'b', files: [{ path: join(dir, 'b.csv'), options: { kind: 'events' } }] })
    const after = await call(session, 'breadcrumbs.analyze', ask)
    expect(after.churned + after.retained).toBe(200)
    expect(after.churned).toBe(before.churned + second.customers.filter((c) => c.churned).length)
    // Two customers merged into one: one customer fewer in the next analysis.
    const ids = session
      .project!.db.prepare("SELECT id FROM participants WHERE label IN ('D001', 'D002') ORDER BY label")
      .pluck()
      .all() as number[]
    await call(session, 'participants.merge', { from: [ids[1]], into: ids[0] })
    const merged = await call(session, 'breadcrumbs.analyze', ask)
    expect(merged.churned + merged.retained).toBe(199)
  } finally {
    session.closeProject()
  }
}, 120_000)
