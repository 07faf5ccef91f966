import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../src/main/db/open'
import { damageMiddle, fillProject, sha256 } from '../db/fixtures/files'
import { otherProcess } from '../db/fixtures/processes'
import { tempDir } from '../helpers/tmp'
import { needle, needleAsync } from './run'

function dirs() {
  return { cwd: tempDir('needle-cli-'), home: tempDir('needle-home-') }
}

describe('needle info on a project someone else has open', () => {
  it('shows it read-only, with who holds it', async () => {
    const d = dirs()
    needle(['new', 'p'], d)
    const holder = otherProcess('hold', join(d.cwd, 'p.needle'))
    const held = await holder.opened
    const r = needle(['info', 'p.needle', '--json'], d)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.readOnly).toBe(true)
    expect(json.lockedBy).toMatchObject({ pid: held.pid })
    expect(needle(['info', 'p.needle'], d).stdout).toMatch(new RegExp(`read-only \\(.* process ${held.pid}, has it open since`))
    await holder.close()
  })
})

describe('needle restore', () => {
  it('puts the newest backup back in place of a damaged file and keeps the damaged one aside', () => {
    const d = dirs()
    const path = join(d.cwd, 'field.needle')
    const project = createProject(path)
    fillProject(project.db, 250)
    project.close()
    expect(needle(['info', 'field.needle'], d).code).toBe(0) // first open of the day: a backup
    damageMiddle(path)
    const damaged = sha256(path)

    const info = needle(['info', 'field.needle'], d)
    expect(info.code).toBe(1)
    expect(info.errLines).toEqual([expect.stringMatching(/field\.needle is damaged.*needle restore/)])
    expect(sha256(path)).toBe(damaged)

    const check = needle(['check', 'field.needle'], d)
    expect(check.code).toBe(1)
    expect(check.errLines).toEqual([expect.stringContaining(`needle restore ${path}`)])

    const restore = needle(['restore', 'field.needle', '--json'], d)
    expect(restore.stderr).toBe('')
    expect(restore.code).toBe(0)
    const json = JSON.parse(restore.stdout)
    expect(json).toMatchObject({ documents: 250, sources: 1, readOnly: false })
    expect(sha256(json.damagedKeptAt)).toBe(damaged)
    expect(needle(['check', 'field.needle'], d).code).toBe(0)
  }, 120_000) // five CLI runs: each starts Node and tsx

  it('says so when there is no backup', () => {
    const d = dirs()
    needle(['new', 'p'], d)
    const r = needle(['restore', 'p.needle'], d)
    expect(r.code).toBe(1)
    expect(r.errLines).toEqual([expect.stringMatching(/no backup of p\.needle/)])
  })
})

describe('needle demo', () => {
  it('writes the sample project, whose info shows its sources and documents', () => {
    const d = dirs()
    const demo = needle(['demo', 's.needle'], d)
    expect(demo.stderr).toBe('')
    expect(demo.code).toBe(0)
    const info = JSON.parse(needle(['info', 's.needle', '--json'], d).stdout)
    expect(info.sources).toBeGreaterThan(0)
    expect(info.documents).toBeGreaterThan(0)
    expect(info.participants).toBeGreaterThan(0)
  })

  it('never overwrites an existing file', () => {
    const d = dirs()
    needle(['new', 's'], d)
    const before = sha256(join(d.cwd, 's.needle'))
    const r = needle(['demo', 's.needle'], d)
    expect(r.code).toBe(1)
    expect(r.errLines).toEqual([expect.stringContaining('already exists')])
    expect(sha256(join(d.cwd, 's.needle'))).toBe(before)
  })
})

describe('needle serve', () => {
  it('serves a project at a tokened URL until SIGTERM, then closes it cleanly', async () => {
    const d = dirs()
    needle(['new', 'p'], d)
    const child = needleAsync(['serve', 'p.needle', '--no-open', '--json'], d)
    let stderr = ''
    child.stderr.on('data', (c) => (stderr += c))
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)))
    const first = await new Promise<string>((res, rej) => {
      let out = ''
      child.stdout.on('data', (c) => {
        out += c
        if (out.includes('}')) res(out)
      })
      child.on('exit', () => rej(new Error(`serve exited early: ${stderr}`)))
    })
    const { url, token, port } = JSON.parse(first)
    expect(url).toBe(`http://127.0.0.1:${port}/?token=${token}`)

    const res = await fetch(`http://127.0.0.1:${port}/api/invoke/project.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-needle-token': token },
      body: '{}',
    })
    const body = await res.json()
    expect(body).toMatchObject({ ok: true, value: { path: join(d.cwd, 'p.needle'), readOnly: false } })
    expect(existsSync(join(d.cwd, 'p.needle.lock'))).toBe(true)

    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(readdirSync(d.cwd).sort()).toEqual(['p.needle', 'p.needle.backups'])
  })
})

/** The system Node of this machine, when it is one Needle cannot run on directly. */
function oldSystemNode(): string | null {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue
    const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim()
    if (Number(version.slice(1).split('.')[0]) < 22) return candidate
  }
  return null
}
const systemNode = oldSystemNode()

describe('bin/needle.mjs on an older Node', () => {
  it.skipIf(!systemNode)('re-runs itself on the bundled Node 24, so SQLite works', () => {
    const d = dirs()
    const created = needle(['new', 'p'], { ...d, node: systemNode! })
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    const info = needle(['info', 'p.needle', '--json'], { ...d, node: systemNode! })
    expect(info.code).toBe(0)
    expect(JSON.parse(info.stdout).documents).toBe(0)
  })
})
