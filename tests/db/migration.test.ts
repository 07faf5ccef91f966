import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../src/main/db/backup'
import { readSqliteHeader } from '../../src/main/db/fileFormat'
import Database from 'better-sqlite3'
import { APPLICATION_ID } from '../../src/main/db/fileFormat'
import { migrations, REQUIRED_TABLES, SCHEMA_VERSION } from '../../src/main/db/migrations'
import { openProject } from '../../src/main/db/open'
import { checkProjectFile } from '../../src/main/db/check'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import type { NeedleError } from '../../src/shared/errors'
import { tempDir } from '../helpers/tmp'
import { entries, pragmaOf, sha256, tableNames, v0Project } from './fixtures/files'

/** A project file built the way Needle at `version` built it: the migrations up to it, nothing after. */
function olderProject(path: string, version: number, sql = ''): void {
  const raw = new Database(path)
  raw.pragma(`application_id = ${APPLICATION_ID}`)
  for (const m of migrations.slice(0, version)) m.up(raw)
  raw.pragma(`user_version = ${version}`)
  if (sql) raw.exec(sql)
  raw.close()
}

/** Opens (and so upgrades) the file in a session, runs `fn` through the channels, then closes it. */
async function withSession(dir: string, path: string, fn: (session: Session, db: Database.Database) => Promise<void>): Promise<void> {
  const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
  session.project = openProject(path)
  try {
    await fn(session, session.project.db)
  } finally {
    session.closeProject()
  }
}

describe('upgrading a project from an older schema', () => {
  it('backs the file up as it was, then migrates it to the current schema', () => {
    const dir = tempDir()
    const path = join(dir, 'old.needle')
    v0Project(path)
    const original = sha256(path)
    expect(tableNames(path)).toEqual([])

    const project = openProject(path)
    expect(project.readOnly).toBe(false)
    project.close()

    expect(pragmaOf(path, 'user_version')).toBe(SCHEMA_VERSION)
    expect(tableNames(path)).toEqual(expect.arrayContaining(REQUIRED_TABLES))

    const backups = listBackups(path)
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatch(new RegExp(`old\\.needle\\.backups/old-.*-before-v${SCHEMA_VERSION}\\.needle$`))
    // The backup is the file before the upgrade: still version 0, still without tables.
    expect(readSqliteHeader(backups[0]).userVersion).toBe(0)
    expect(tableNames(backups[0])).toEqual([])
    expect(sha256(path)).not.toBe(original)
    expect(entries(dir)).toEqual(['old.needle', 'old.needle.backups'])
  })

  it.each(Array.from({ length: SCHEMA_VERSION }, (_, v) => v))(
    'upgrades a file at schema v%i, keeping its data and a backup at its old version',
    (version) => {
      const dir = tempDir()
      const path = join(dir, 'older.needle')
      olderProject(path, version, version >= 1 ? `INSERT INTO coders (name, created_at) VALUES ('amira', 'then')` : '')

      openProject(path).close()
      expect(pragmaOf(path, 'user_version')).toBe(SCHEMA_VERSION)
      const [backup] = listBackups(path)
      expect(readSqliteHeader(backup).userVersion).toBe(version)
      if (version >= 1) {
        const db = new Database(path, { readonly: true })
        expect(db.prepare('SELECT name FROM coders').all()).toEqual([{ name: 'amira' }])
        db.close()
      }
    },
  )

  it('re-indexes v3 documents so an Arabic word that begins with و is found with and without its article', async () => {
    const dir = tempDir()
    const path = join(dir, 'v3.needle')
    // What v3 indexed: the article stripped, the word's own و kept (وظيفه), unlike the bare word (ظيفه).
    olderProject(
      path,
      3,
      `INSERT INTO sources (id, kind, name, imported_at) VALUES (1, 'interview', 'i', 'then');
       INSERT INTO documents (id, source_id, title, text, direction, created_at) VALUES (1, 1, 'd', 'الوظيفة الجديدة', 'rtl', 'then');
       INSERT INTO document_fts (rowid, body) VALUES (1, 'وظيفه جديده');`,
    )
    await withSession(dir, path, async (session, db) => {
      for (const q of ['وظيفة', 'الوظيفة']) expect((await call(session, 'search.query', { query: q })).total, q).toBe(1)
      expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'participant_attributes_attribute'`).pluck().get()).toBe(0)
    })
  })

  it('moves v4 attribute values into one row per participant, and every reader still sees each value', async () => {
    const dir = tempDir()
    const path = join(dir, 'v4.needle')
    olderProject(
      path,
      4,
      `INSERT INTO participants (id, label, created_at) VALUES (1, 'R1', 'then'), (2, 'R2', 'then'), (3, 'R3', 'then');
       INSERT INTO attributes (id, name, type) VALUES (1, 'Country', 'category'), (2, 'Seats', 'number'), (3, 'Note', 'text');
       INSERT INTO participant_attributes VALUES (1, 1, 'Jordan'), (1, 2, '12'), (1, 3, NULL), (2, 1, 'مصر'), (2, 3, 'said "no", twice');`,
    )
    await withSession(dir, path, async (session, db) => {
      expect(db.prepare('SELECT participant_id, attribute_id, value FROM participant_attributes ORDER BY 1, 2').raw().all()).toEqual([
        [1, 1, 'Jordan'],
        [1, 2, '12'],
        [1, 3, null],
        [2, 1, 'مصر'],
        [2, 3, 'said "no", twice'],
      ])
      expect(db.prepare('SELECT count(*) FROM participant_values').pluck().get()).toBe(2)
      const list = await call(session, 'participants.list', {})
      expect(list.find((p) => p.label === 'R2')?.attributes).toEqual({ Country: 'مصر', Note: 'said "no", twice' })
      // Merging keeps the kept participant's values and fills in the ones it lacks.
      const merged = await call(session, 'participants.merge', { from: [1], into: 2 })
      expect(merged.attributes).toEqual({ Country: 'مصر', Note: 'said "no", twice', Seats: '12' })
      expect(db.prepare('SELECT count(*) FROM participant_values').pluck().get()).toBe(1)
    })
    expect(checkProjectFile(path).problems).toEqual([])
  })

  it('rolls every step back when a migration fails, leaving the old version and the backup', () => {
    const dir = tempDir()
    const path = join(dir, 'clash.needle')
    // A table that migration 1 also creates: its CREATE TABLE fails halfway through the schema.
    v0Project(path, 'CREATE TABLE memos (x)')
    let error: NeedleError | undefined
    try {
      openProject(path)
    } catch (err) {
      error = err as NeedleError
    }
    expect(error?.message).toMatch(new RegExp(`Could not upgrade .*clash\\.needle from schema v0 to v${SCHEMA_VERSION}`))
    expect(error?.message).toContain('backup')
    expect(pragmaOf(path, 'user_version')).toBe(0)
    // All or nothing: the tables created before the failing step are gone too.
    expect(tableNames(path)).toEqual(['memos'])
    expect(listBackups(path)).toHaveLength(1)
    expect(existsSync(`${path}.lock`)).toBe(false)
    expect(existsSync(`${path}-wal`)).toBe(false)
  })

  it('does not upgrade a file it may only read', () => {
    const dir = tempDir()
    const path = join(dir, 'old.needle')
    v0Project(path)
    const before = sha256(path)
    let error: NeedleError | undefined
    try {
      openProject(path, { readOnly: true })
    } catch (err) {
      error = err as NeedleError
    }
    expect(error?.code).toBe('read_only')
    expect(error?.message).toContain(`v0 to v${SCHEMA_VERSION}`)
    expect(sha256(path)).toBe(before)
    expect(entries(dir)).toEqual(['old.needle'])
  })
})
