import { mkdirSync, writeFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkProjectFile } from '../../src/main/db/check'
import { SCHEMA_VERSION } from '../../src/main/db/migrations'
import { createProject, openProject } from '../../src/main/db/open'
import { dispatch } from '../../src/main/dispatch'
import { SettingsStore } from '../../src/main/services/settings/store'
import { Session } from '../../src/main/session'
import type { NeedleError } from '../../src/shared/errors'
import { tempDir } from '../helpers/tmp'
import { entries, foreignDb, futureProject, sha256, textFile } from './fixtures/files'

function refusal(fn: () => unknown): NeedleError {
  try {
    fn()
  } catch (err) {
    return err as NeedleError
  }
  throw new Error('expected a refusal')
}

describe('files that are not Needle projects this Needle can open', () => {
  it('refuses a text file named x.needle, naming it, and leaves it byte for byte as it was', () => {
    const dir = tempDir()
    const path = join(dir, 'x.needle')
    textFile(path)
    const before = sha256(path)
    const err = refusal(() => openProject(path))
    expect(err.code).toBe('not_a_project')
    expect(err.message).toContain(path)
    expect(err.message).toMatch(/not an SQLite database/)
    expect(sha256(path)).toBe(before)
    expect(entries(dir)).toEqual(['x.needle'])
  })

  it('refuses an empty file named .needle without touching it', () => {
    const dir = tempDir()
    const path = join(dir, 'empty.needle')
    writeFileSync(path, '')
    expect(refusal(() => openProject(path)).code).toBe('not_a_project')
    expect(entries(dir)).toEqual(['empty.needle'])
  })

  it.each([
    ['in rollback mode', false],
    ['left in WAL mode', true],
  ])('refuses another program’s SQLite database (%s) and leaves it and its folder unchanged', (_label, wal) => {
    const dir = tempDir()
    const path = join(dir, 'other.needle')
    foreignDb(path, wal)
    const before = sha256(path)
    const err = refusal(() => openProject(path))
    expect(err.code).toBe('not_a_project')
    expect(err.message).toContain(path)
    expect(err.message).toMatch(/another program/)
    expect(sha256(path)).toBe(before)
    expect(entries(dir)).toEqual(['other.needle'])
  })

  it('refuses a project from a newer Needle, naming both versions, and leaves it unchanged', () => {
    const dir = tempDir()
    const path = join(dir, 'future.needle')
    futureProject(path)
    expect(entries(dir)).toEqual(['future.needle'])
    const before = sha256(path)
    const err = refusal(() => openProject(path))
    expect(err.code).toBe('future_version')
    expect(err.message).toContain(`v${SCHEMA_VERSION + 1}`)
    expect(err.message).toContain(`v${SCHEMA_VERSION}`)
    expect(err.message).toMatch(/Update Needle/)
    expect(sha256(path)).toBe(before)
    // Not even read-only: a newer schema could mean anything.
    expect(refusal(() => openProject(path, { readOnly: true })).code).toBe('future_version')
    expect(sha256(path)).toBe(before)
    expect(entries(dir)).toEqual(['future.needle'])
  })

  it('refuses a folder and a missing file with messages that name them', () => {
    const dir = tempDir()
    const folder = join(dir, 'folder.needle')
    mkdirSync(folder)
    expect(refusal(() => openProject(folder))).toMatchObject({ code: 'not_a_project', message: expect.stringContaining(folder) })
    const missing = join(dir, 'missing.needle')
    expect(refusal(() => openProject(missing))).toMatchObject({ code: 'not_found', message: expect.stringContaining(missing) })
  })

  it('refuses a file with Needle’s mark but without its tables as damaged', () => {
    const dir = tempDir()
    const path = join(dir, 'hollow.needle')
    futureProject(path) // a real project …
    const db = new Database(path)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
    db.exec('DROP TABLE highlight_codes') // … with a table gone
    db.close()
    const before = sha256(path)
    const err = refusal(() => openProject(path))
    expect(err.code).toBe('corrupt')
    expect(err.message).toContain('highlight_codes')
    expect(sha256(path)).toBe(before)
  })

  it('gives the same refusals through dispatch, as the app and the CLI see them', async () => {
    const dir = tempDir()
    const text = join(dir, 'x.needle')
    textFile(text)
    const future = join(dir, 'f.needle')
    futureProject(future)
    const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
    const a = await dispatch(session, 'project.open', { path: text })
    const b = await dispatch(session, 'project.open', { path: future })
    expect(a).toMatchObject({ ok: false, error: { code: 'not_a_project' } })
    expect(b).toMatchObject({ ok: false, error: { code: 'future_version', details: { fileVersion: SCHEMA_VERSION + 1 } } })
    expect(session.project).toBeNull()
  })

  it('check refuses the same files and reports a sound project as ok, without leaving files behind', () => {
    const dir = tempDir()
    const text = join(dir, 'x.needle')
    textFile(text)
    expect(refusal(() => checkProjectFile(text)).code).toBe('not_a_project')
    const future = join(dir, 'f.needle')
    futureProject(future)
    expect(refusal(() => checkProjectFile(future)).code).toBe('future_version')
    expect(entries(dir)).toEqual(['f.needle', 'x.needle'])
  })
})

describe('a project file that carries executable schema', () => {
  it('is refused at open, never executed, and left untouched', () => {
    const path = join(tempDir(), 'sent.needle')
    createProject(path).close()
    const raw = new Database(path)
    raw.exec('CREATE TRIGGER wipe AFTER INSERT ON codes BEGIN DELETE FROM sources; END; CREATE VIEW v AS SELECT 1')
    raw.close()
    const before = sha256(path)
    expect(() => openProject(path)).toThrow(/sent\.needle is not safe to open: it contains trigger "wipe", view "v"/)
    expect(sha256(path)).toBe(before)
  })
})
