import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../src/main/db/backup'
import { checkProjectFile } from '../../src/main/db/check'
import { createProject, openProject } from '../../src/main/db/open'
import { call, dispatch } from '../../src/main/dispatch'
import { SettingsStore } from '../../src/main/services/settings/store'
import { Session } from '../../src/main/session'
import type { NeedleError } from '../../src/shared/errors'
import { tempDir } from '../helpers/tmp'
import { countRows, damageMiddle, entries, fillProject, sha256 } from './fixtures/files'

/** A project of a few hundred pages with a backup beside it (the first open of the day writes one). */
function projectWithBackup(dir: string, documents = 300): string {
  const path = join(dir, 'field.needle')
  const created = createProject(path)
  fillProject(created.db, documents)
  created.close()
  openProject(path).close()
  expect(listBackups(path)).toHaveLength(1)
  return path
}

function openError(path: string): NeedleError {
  try {
    openProject(path).close()
  } catch (err) {
    return err as NeedleError
  }
  throw new Error('expected the damaged file to be refused')
}

describe('a damaged project file', () => {
  it('is refused on open with code corrupt, an offer of the newest backup, and is not changed', () => {
    const dir = tempDir()
    const path = projectWithBackup(dir)
    damageMiddle(path)
    const damaged = sha256(path)
    const err = openError(path)
    expect(err.code).toBe('corrupt')
    expect(err.message).toContain(path)
    expect(err.message).toContain(`needle restore ${path}`)
    expect(err.message).not.toContain('\n')
    expect(err.details?.backups).toEqual(listBackups(path))
    expect(sha256(path)).toBe(damaged)
    expect(entries(dir)).toEqual(['field.needle', 'field.needle.backups'])
  })

  it('is reported by check with its problems, and a sound file is not', () => {
    const dir = tempDir()
    const path = projectWithBackup(dir)
    expect(checkProjectFile(path)).toMatchObject({ ok: true, problems: [] })
    damageMiddle(path)
    const damaged = sha256(path)
    const report = checkProjectFile(path)
    expect(report.ok).toBe(false)
    expect(report.problems.length).toBeGreaterThan(0)
    expect(report.backups).toHaveLength(1)
    expect(sha256(path)).toBe(damaged)
  })

  it('is replaced by its backup through project.restoreBackup, which keeps the damaged file aside', async () => {
    const dir = tempDir()
    const path = projectWithBackup(dir, 300)
    damageMiddle(path)
    const damaged = sha256(path)
    const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))

    const refused = await dispatch(session, 'project.open', { path })
    expect(refused).toMatchObject({ ok: false, error: { code: 'corrupt' } })

    const summary = await call(session, 'project.restoreBackup', { path })
    expect(summary.readOnly).toBe(false)
    expect(summary.counts.documents).toBe(300)
    expect(summary.counts.sources).toBe(1)
    session.closeProject()

    const aside = readdirSync(dir).filter((f) => /^field\.damaged-.*\.needle$/.test(f))
    expect(aside).toHaveLength(1)
    expect(sha256(join(dir, aside[0]))).toBe(damaged)
    expect(checkProjectFile(path).ok).toBe(true)
    expect(countRows(path, 'documents')).toBe(300)
    expect(existsSync(`${path}-wal`)).toBe(false)
    expect(existsSync(`${path}.lock`)).toBe(false)
  })

  it('is restored from an older backup when the newest backup is itself damaged', async () => {
    const dir = tempDir()
    const path = projectWithBackup(dir, 120)
    const [good] = listBackups(path)
    // A newer backup that is broken (a copy cut short, a bad disk sector).
    const newer = good.replace(/-daily\.needle$/, '-x.needle').replace(/\d{4}-\d{2}-\d{2}T/, '2999-01-01T')
    copyFileSync(good, newer)
    damageMiddle(newer)
    expect(listBackups(path)[0]).toBe(newer)
    damageMiddle(path)

    const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
    const summary = await call(session, 'project.restoreBackup', { path })
    session.closeProject()
    expect(summary.counts.documents).toBe(120)
    expect(checkProjectFile(path).ok).toBe(true)
  })

  it('is not restored while another process has it open', async () => {
    const dir = tempDir()
    const path = projectWithBackup(dir, 10)
    const { hostname } = await import('node:os')
    const lock = { user: 'amira', host: hostname(), pid: process.ppid, since: '2025-03-01T09:00:00.000Z' }
    writeFileSync(`${path}.lock`, JSON.stringify(lock))
    const before = sha256(path)
    const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
    const result = await dispatch(session, 'project.restoreBackup', { path })
    expect(result).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringContaining('amira') } })
    expect(sha256(path)).toBe(before)
  })
})
