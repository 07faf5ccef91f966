/**
 * The search normaliser's version is recorded in the project; a file whose index an older
 * normaliser built is re-indexed when opened, so words it could not find are found.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject, openProject } from '../../src/main/db/open'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { SEARCH_NORMALISER_VERSION } from '../../src/shared/text/arabic'
import { tempDir } from '../helpers/tmp'

const TEXT = 'نقلنا المريض إلى المستشفى بسرعة'

/** A current-schema file whose index holds `indexed` for its one document, built by normaliser `version`. */
function fileIndexedBy(path: string, version: string | null, indexed: string): void {
  createProject(path).close()
  const raw = new Database(path)
  raw.exec(`INSERT INTO sources (id, kind, name, imported_at) VALUES (1, 'interview', 'i', 'then');
            INSERT INTO documents (id, source_id, title, text, direction, created_at) VALUES (1, 1, 'd', '${TEXT}', 'rtl', 'then');`)
  raw.prepare('INSERT INTO document_fts (rowid, body) VALUES (1, ?)').run(indexed)
  if (version === null) raw.prepare("DELETE FROM project_meta WHERE key = 'search_normaliser'").run()
  else raw.prepare("UPDATE project_meta SET value = ? WHERE key = 'search_normaliser'").run(version)
  raw.close()
}

async function search(dir: string, path: string, query: string): Promise<number> {
  const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
  session.project = openProject(path)
  try {
    return (await call(session, 'search.query', { query })).total ?? 0
  } finally {
    session.closeProject()
  }
}

const meta = (path: string) => {
  const db = new Database(path, { readonly: true })
  try {
    return db.prepare("SELECT value FROM project_meta WHERE key = 'search_normaliser'").pluck().get()
  } finally {
    db.close()
  }
}

describe('the search normaliser version', () => {
  it('is recorded in a new project', () => {
    const path = join(tempDir(), 'new.needle')
    createProject(path).close()
    expect(meta(path)).toBe(String(SEARCH_NORMALISER_VERSION))
  })

  it('re-indexes a file an older normaliser indexed, so a word it missed is found', async () => {
    const dir = tempDir()
    const path = join(dir, 'old.needle')
    // What a normaliser without alef-maqsura folding wrote: المستشفى kept its ى, so مستشفي never matched.
    fileIndexedBy(path, '2', 'نقلنا مريض الي مستشفى بسرعه')
    expect(await search(dir, path, 'مستشفي')).toBe(1)
    expect(meta(path)).toBe(String(SEARCH_NORMALISER_VERSION))
  })

  it('re-indexes a file from before versions were recorded', async () => {
    const dir = tempDir()
    const path = join(dir, 'unrecorded.needle')
    fileIndexedBy(path, null, 'nothing useful')
    expect(await search(dir, path, 'المستشفى')).toBe(1)
  })

  it('leaves the index of a file built by today’s normaliser as it is (no re-index on every open)', async () => {
    const dir = tempDir()
    const path = join(dir, 'current.needle')
    fileIndexedBy(path, String(SEARCH_NORMALISER_VERSION), 'placeholder')
    expect(await search(dir, path, 'مستشفي')).toBe(0)
    expect(await search(dir, path, 'placeholder')).toBe(1)
  })
})
