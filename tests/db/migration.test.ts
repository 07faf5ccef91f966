import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../src/main/db/backup'
import { readSqliteHeader } from '../../src/main/db/fileFormat'
import Database from 'better-sqlite3'
import { APPLICATION_ID } from '../../src/main/db/fileFormat'
import { migrations, REQUIRED_TABLES, SCHEMA_VERSION } from '../../src/main/db/migrations'
import { openProject } from '../../src/main/db/open'
import type { NeedleError } from '../../src/shared/errors'
import { tempDir } from '../helpers/tmp'
import { entries, pragmaOf, sha256, tableNames, v0Project } from './fixtures/files'

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

  it.each(Array.from({ length: SCHEMA_VERSION }, (_, v) => v))('upgrades a file at schema v%i, keeping its data and a backup at its old version', (version) => {
    const dir = tempDir()
    const path = join(dir, 'older.needle')
    // Built the way that version of Needle built it: the migrations up to it, nothing after.
    const raw = new Database(path)
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    for (const m of migrations.slice(0, version)) m.up(raw)
    raw.pragma(`user_version = ${version}`)
    if (version >= 1) raw.prepare(`INSERT INTO coders (name, created_at) VALUES ('amira', 'then')`).run()
    raw.close()

    openProject(path).close()
    expect(pragmaOf(path, 'user_version')).toBe(SCHEMA_VERSION)
    const [backup] = listBackups(path)
    expect(readSqliteHeader(backup).userVersion).toBe(version)
    if (version >= 1) {
      const db = new Database(path, { readonly: true })
      expect(db.prepare('SELECT name FROM coders').all()).toEqual([{ name: 'amira' }])
      db.close()
    }
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
