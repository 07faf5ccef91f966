import Database from 'better-sqlite3'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APPLICATION_ID, readSqliteHeader } from '../../src/main/db/fileFormat'
import { SCHEMA_VERSION } from '../../src/main/db/migrations'
import { createProject, openProject } from '../../src/main/db/open'
import { NeedleError } from '../../src/shared/errors'
import { tempDir } from '../helpers/tmp'
import { checkProjectFile } from '../../src/main/db/check'
import { crashedMidWrite, entries, fillProject, pragmaOf, sha256 } from './fixtures/files'

describe('creating, opening and closing a project file', () => {
  it('leaves the closed file alone in its folder, marked as a Needle project at the current schema', () => {
    const dir = tempDir()
    const path = join(dir, 'study.needle')
    const project = createProject(path)
    fillProject(project.db, 3)
    project.close()
    expect(entries(dir)).toEqual(['study.needle'])

    const reopened = openProject(path)
    fillProject(reopened.db, 3)
    reopened.close()
    // The daily backup folder is the only other thing beside it: no -wal, -shm or lock.
    expect(entries(dir)).toEqual(['study.needle', 'study.needle.backups'])

    const header = readSqliteHeader(path)
    expect(header.applicationId).toBe(APPLICATION_ID)
    expect(header.userVersion).toBe(SCHEMA_VERSION)
    expect(header.walMode).toBe(false) // travels as a rollback-journal file that any SQLite reads alone
    expect(pragmaOf(path, 'user_version')).toBe(SCHEMA_VERSION)
    expect((pragmaOf(path, 'application_id') as number) >>> 0).toBe(APPLICATION_ID)
  })

  it('keeps every commit in the file itself after close, even when only the file is copied away', () => {
    const dir = tempDir()
    const path = join(dir, 'a.needle')
    const project = createProject(path)
    fillProject(project.db, 50)
    project.close()
    const copy = join(tempDir(), 'copy.needle')
    copyFileSync(path, copy)
    const opened = openProject(copy)
    expect((opened.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(50)
    opened.close()
  })

  it('is in WAL mode with foreign keys on and trusted_schema off while open', () => {
    const dir = tempDir()
    const project = createProject(join(dir, 'p.needle'))
    try {
      expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(project.db.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(project.db.pragma('trusted_schema', { simple: true })).toBe(0)
      expect(project.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0)
      // Foreign keys are enforced, not only declared: a document needs its source.
      expect(() =>
        project.db.prepare(`INSERT INTO documents (source_id, title, text, created_at) VALUES (999, 't', 'x', 'now')`).run(),
      ).toThrow(/FOREIGN KEY/)
      expect(existsSync(join(dir, 'p.needle.lock'))).toBe(true)
    } finally {
      project.close()
    }
    expect(entries(dir)).toEqual(['p.needle'])
  })

  it('records the project name from the file name', () => {
    const dir = tempDir()
    const project = createProject(join(dir, 'Onboarding study.needle'))
    const row = project.db.prepare(`SELECT value FROM project_meta WHERE key = 'name'`).get() as { value: string }
    project.close()
    expect(row.value).toBe('Onboarding study')
  })

  it('refuses to create over an existing file and leaves it untouched', () => {
    const dir = tempDir()
    const path = join(dir, 'taken.needle')
    writeFileSync(path, 'my notes')
    const before = sha256(path)
    expect(() => createProject(path)).toThrow(expect.objectContaining({ code: 'already_exists', message: expect.stringContaining(path) }))
    expect(sha256(path)).toBe(before)
    expect(entries(dir)).toEqual(['taken.needle'])
  })

  it('refuses to create in a folder that does not exist, naming it', () => {
    const dir = tempDir()
    const path = join(dir, 'missing', 'p.needle')
    let error: unknown
    try {
      createProject(path)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(NeedleError)
    expect((error as NeedleError).code).toBe('not_found')
    expect((error as NeedleError).message).toContain(join(dir, 'missing'))
    expect(entries(dir)).toEqual([])
  })

  it('can be closed twice without harm', () => {
    const dir = tempDir()
    const project = createProject(join(dir, 'p.needle'))
    project.close()
    expect(() => project.close()).not.toThrow()
    expect(entries(dir)).toEqual(['p.needle'])
  })

  it('opens a project that was copied while open (WAL header, no -wal beside it) and closes it clean', () => {
    const dir = tempDir()
    const path = join(dir, 'p.needle')
    const project = createProject(path)
    fillProject(project.db, 5)
    project.db.pragma('wal_checkpoint(TRUNCATE)')
    const copy = join(tempDir(), 'copied.needle')
    copyFileSync(path, copy)
    project.close()
    expect(readSqliteHeader(copy).walMode).toBe(true)

    const opened = openProject(copy)
    expect((opened.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(5)
    opened.close()
    expect(readSqliteHeader(copy).walMode).toBe(false)
    expect(existsSync(`${copy}-wal`)).toBe(false)
    expect(existsSync(`${copy}-shm`)).toBe(false)
  })

  it('opens read-only on request, refuses writes, and leaves nothing beside the file', () => {
    const dir = tempDir()
    const path = join(dir, 'p.needle')
    createProject(path).close()
    const before = sha256(path)
    const viewer = openProject(path, { readOnly: true })
    expect(viewer.readOnly).toBe(true)
    expect(() => viewer.db.prepare(`INSERT INTO coders (name, created_at) VALUES ('x', 'now')`).run()).toThrow(/readonly/)
    viewer.close()
    expect(sha256(path)).toBe(before)
    expect(entries(dir)).toEqual(['p.needle'])
  })

  it('a raw connection sees the schema tables and the full-text index', () => {
    const dir = tempDir()
    const path = join(dir, 'p.needle')
    createProject(path).close()
    const db = new Database(path, { readonly: true })
    const names = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as Array<{ name: string }>).map((r) => r.name)
    db.close()
    expect(names).toEqual(expect.arrayContaining(['sources', 'documents', 'highlights', 'codes', 'personas', 'document_fts']))
  })

  it('recovers a file left by a crash mid-write (hot journal): checked without touching it, then rolled back on open', () => {
    const dir = tempDir()
    const source = join(dir, 'source.needle')
    const project = createProject(source)
    fillProject(project.db, 300)
    project.close()
    const crashed = join(tempDir(), 'crashed.needle')
    crashedMidWrite(source, crashed)
    expect(existsSync(`${crashed}-journal`)).toBe(true)
    const before = sha256(crashed)

    expect(checkProjectFile(crashed)).toMatchObject({ ok: true })
    expect(sha256(crashed)).toBe(before)
    expect(existsSync(`${crashed}-journal`)).toBe(true)

    const opened = openProject(crashed)
    const halfWritten = opened.db.prepare(`SELECT count(*) AS n FROM documents WHERE text = 'half-written'`).get() as { n: number }
    const all = opened.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }
    opened.close()
    expect(halfWritten.n).toBe(0)
    expect(all.n).toBe(300)
    expect(existsSync(`${crashed}-journal`)).toBe(false)
  })

  it('checks and opens a file whose close was killed while leaving WAL mode (WAL header and a hot journal)', () => {
    // Leaving WAL mode rewrites the header through a rollback journal: a kill -9 in that
    // moment leaves the header saying WAL with a hot journal beside it. A read-only view of
    // that file cannot roll back (SQLITE_READONLY_ROLLBACK), which once made check call it damaged.
    const dir = tempDir()
    const source = join(dir, 'source.needle')
    const project = createProject(source)
    fillProject(project.db, 300)
    project.close()
    const crashed = join(tempDir(), 'crashed.needle')
    crashedMidWrite(source, crashed)
    const bytes = readFileSync(crashed)
    bytes[18] = 2
    bytes[19] = 2
    writeFileSync(crashed, bytes)
    // The killed process's lock stays behind too (pid 2^22 + 1 is above Linux's pid_max: dead).
    writeFileSync(`${crashed}.lock`, JSON.stringify({ user: 'killed', host: hostname(), pid: 4194305, since: new Date().toISOString() }))
    expect(readSqliteHeader(crashed).walMode).toBe(true)
    const before = sha256(crashed)

    expect(checkProjectFile(crashed)).toMatchObject({ ok: true })
    expect(() => openProject(crashed, { readOnly: true })).toThrow(/middle of a write.*Open it normally/)
    expect(sha256(crashed)).toBe(before)

    const opened = openProject(crashed)
    const all = opened.db.prepare(`SELECT count(*) AS n FROM documents WHERE text <> 'half-written'`).get() as { n: number }
    opened.close()
    expect(all.n).toBe(300)
    expect(existsSync(`${crashed}-journal`)).toBe(false)
    expect(readSqliteHeader(crashed).walMode).toBe(false)
  })
})
