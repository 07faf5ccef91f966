/** Migration 006 (event logs) upgrades a v5 file: its sources and what hangs off them survive, and events can come in. */
import Database from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { checkProjectFile } from '../../src/main/db/check'
import { APPLICATION_ID } from '../../src/main/db/fileFormat'
import { migrations, SCHEMA_VERSION } from '../../src/main/db/migrations'
import { openProject } from '../../src/main/db/open'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { tempDir } from '../helpers/tmp'

it('upgrades a v5 project: sources, documents and their cascade kept; an event log then imports', async () => {
  const dir = tempDir()
  const path = join(dir, 'v5.needle')
  const raw = new Database(path)
  raw.pragma(`application_id = ${APPLICATION_ID}`)
  for (const m of migrations.slice(0, 5)) m.up(raw)
  raw.pragma('user_version = 5')
  raw.exec(`INSERT INTO sources (id, kind, name, imported_at) VALUES (1, 'feedback', 'crm.csv', 'then');
            INSERT INTO participants (id, label, created_at) VALUES (1, 'C001', 'then');
            INSERT INTO documents (id, source_id, participant_id, title, text, created_at) VALUES (1, 1, 1, 't', 'Invoice wrong', 'then');`)
  raw.close()

  const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
  session.project = openProject(path)
  try {
    const db = session.project.db
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.prepare('SELECT id, kind, name FROM sources').all()).toEqual([{ id: 1, kind: 'feedback', name: 'crm.csv' }])
    const csv = join(dir, 'events.csv')
    writeFileSync(csv, 'customer_id,date,event\nC001,2024-01-02,Signed up\nC001,2024-03-01,Subscription cancelled\n')
    const { sources } = await call(session, 'import.run', { jobId: 'm', files: [{ path: csv, options: { kind: 'events' } }] })
    expect(sources[0]).toMatchObject({ kind: 'events', rows: 2, participants: 1 })
    // Removing the old source still cascades to its documents (the foreign key follows the rebuilt table)...
    await call(session, 'sources.remove', { id: 1 })
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0)
    // ...and keeps the customer, whose events are still there.
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(2)
  } finally {
    session.closeProject()
  }
  expect(checkProjectFile(path).problems).toEqual([])
})
