/** Migration 008 upgrades an older project: the links its documents, turns and events show are written, so source counts stay right. */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { APPLICATION_ID } from '../../src/main/db/fileFormat'
import { migrations } from '../../src/main/db/migrations'
import { openProject } from '../../src/main/db/open'
import { listSources } from '../../src/main/services/project/summary'
import { tempDir } from '../helpers/tmp'

it('links every participant a v6 file shows in a source (documents, turns, events) to that source', () => {
  const path = join(tempDir(), 'v6.needle')
  const raw = new Database(path)
  raw.pragma(`application_id = ${APPLICATION_ID}`)
  for (const m of migrations.slice(0, 6)) m.up(raw)
  raw.pragma('user_version = 6')
  raw.exec(`INSERT INTO sources (id, kind, name, imported_at) VALUES (1, 'interview', 'call.txt', 'then'), (2, 'events', 'crm.csv', 'then');
            INSERT INTO participants (id, label, created_at) VALUES (1, 'Sara', 'then'), (2, 'Dan', 'then'), (3, 'C001', 'then');
            INSERT INTO documents (id, source_id, participant_id, title, text, created_at) VALUES (1, 1, NULL, 'call', 'Sara: Hi. Dan: Yo.', 'then');
            INSERT INTO utterances (document_id, seq, speaker, participant_id, start, end) VALUES (1, 0, 'Sara', 1, 0, 9), (1, 1, 'Dan', 2, 10, 18);
            INSERT INTO events (source_id, participant_id, at, day, type, row_number) VALUES (2, 3, '2024-01-02', 19724, 'Signed up', 2);`)
  raw.close()
  const project = openProject(path)
  try {
    expect(listSources(project.db).map((s) => [s.name, s.participants])).toEqual([
      ['call.txt', 2],
      ['crm.csv', 1],
    ])
  } finally {
    project.close()
  }
})
