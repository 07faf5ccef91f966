import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSqliteHeader } from '../../src/main/db/fileFormat'
import { lockPathFor } from '../../src/main/db/lock'
import { createProject, openProject } from '../../src/main/db/open'
import { tempDir } from '../helpers/tmp'
import { entries } from './fixtures/files'
import { deadPid, otherProcess } from './fixtures/processes'

function project(dir: string): string {
  const path = join(dir, 'shared.needle')
  createProject(path).close()
  return path
}

describe('the lock beside an open project', () => {
  it('gives a second process read-only access and tells it who holds the project', async () => {
    const dir = tempDir()
    const path = project(dir)
    const holder = openProject(path)
    try {
      const other = otherProcess('report', path)
      const seen = await other.opened
      expect(await other.exited).toBe(0)
      expect(seen.readOnly).toBe(true)
      expect(seen.lockedBy).toMatchObject({ host: hostname(), pid: process.pid })
      expect(seen.lockedBy?.user).toBeTruthy()
      expect(Date.now() - Date.parse(seen.lockedBy!.since)).toBeLessThan(60_000)
      // The viewer left the holder's lock in place.
      expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid)
    } finally {
      holder.close()
    }
    expect(entries(dir)).toEqual(['shared.needle', 'shared.needle.backups'])
  })

  it('lets a viewer read the holder’s latest commits, and the file is left alone once both are gone', async () => {
    const dir = tempDir()
    const path = project(dir)
    const other = otherProcess('hold', path)
    const held = await other.opened
    expect(held.readOnly).toBe(false)

    const viewer = openProject(path)
    expect(viewer.readOnly).toBe(true)
    expect(viewer.lockedBy?.pid).toBe(held.pid)
    const names = viewer.db.prepare('SELECT name FROM coders').all() as Array<{ name: string }>
    expect(names.map((n) => n.name)).toEqual([`coder-${held.pid}`])

    // The holder leaves first; the viewer, closing last, folds the WAL away.
    await other.close()
    viewer.close()
    expect(entries(dir)).toEqual(['shared.needle', 'shared.needle.backups'])
    expect(readSqliteHeader(path).walMode).toBe(false)
  })

  it('takes over a lock left by a process on this host that has ended', async () => {
    const dir = tempDir()
    const path = project(dir)
    const pid = await deadPid()
    writeFileSync(lockPathFor(path), JSON.stringify({ user: 'ghost', host: hostname(), pid, since: '2020-01-01T00:00:00.000Z' }))
    const opened = openProject(path)
    expect(opened.readOnly).toBe(false)
    expect(opened.lockedBy).toBeNull()
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid)
    opened.close()
    expect(existsSync(lockPathFor(path))).toBe(false)
  })

  it('respects a lock from another machine, which it cannot check', () => {
    const dir = tempDir()
    const path = project(dir)
    const lock = { user: 'amira', host: 'laptop-elsewhere', pid: 4242, since: '2025-03-01T09:00:00.000Z' }
    writeFileSync(lockPathFor(path), JSON.stringify(lock))
    const opened = openProject(path)
    expect(opened.readOnly).toBe(true)
    expect(opened.lockedBy).toEqual(lock)
    opened.close()
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toEqual(lock)
  })

  it('gives the project to exactly one of two processes racing to take over a stale lock', async () => {
    const dir = tempDir()
    const path = project(dir)
    writeFileSync(lockPathFor(path), JSON.stringify({ user: 'ghost', host: hostname(), pid: await deadPid(), since: '' }))
    const a = otherProcess('hold', path)
    const b = otherProcess('hold', path)
    const [ra, rb] = await Promise.all([a.opened, b.opened])
    expect([ra.readOnly, rb.readOnly].sort()).toEqual([false, true])
    const writer = ra.readOnly ? rb : ra
    const reader = ra.readOnly ? ra : rb
    expect(reader.lockedBy?.pid).toBe(writer.pid)
    await Promise.all([a.close(), b.close()])
    expect(entries(dir)).toEqual(['shared.needle', 'shared.needle.backups'])
  })
})
