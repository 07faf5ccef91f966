import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../src/main/db/migrations'
import { futureProject, sha256, textFile, foreignDb } from '../db/fixtures/files'
import { tempDir } from '../helpers/tmp'
import { needle } from './run'

function dirs() {
  return { cwd: tempDir('needle-cli-'), home: tempDir('needle-home-') }
}

describe('needle new and needle info', () => {
  it('creates an empty project whose info --json shows schema version and zero counts as integers', () => {
    const d = dirs()
    const created = needle(['new', 'study'], d)
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    expect(created.stdout).toContain(join(d.cwd, 'study.needle'))

    const info = needle(['info', 'study.needle', '--json'], d)
    expect(info.code).toBe(0)
    const json = JSON.parse(info.stdout)
    expect(json).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      name: 'study',
      path: join(d.cwd, 'study.needle'),
      readOnly: false,
      sources: 0,
      documents: 0,
      participants: 0,
      codes: 0,
      highlights: 0,
      segments: 0,
      personas: 0,
    })
    for (const key of ['schemaVersion', 'sources', 'documents', 'participants', 'codes', 'highlights', 'segments', 'personas']) {
      expect(Number.isInteger(json[key]), key).toBe(true)
    }
    // Each run closes the project: nothing but the daily backup folder beside it.
    expect(readdirSync(d.cwd).sort()).toEqual(['study.needle', 'study.needle.backups'])
    // And nothing in the real home: settings went to NEEDLE_HOME.
    expect(existsSync(join(d.home, 'settings.json'))).toBe(true)
  })

  it('prints a readable summary without --json', () => {
    const d = dirs()
    needle(['new', 'p.needle'], d)
    const info = needle(['info', 'p.needle'], d)
    expect(info.code).toBe(0)
    expect(info.stdout).toMatch(/Project:\s+p/)
    expect(info.stdout).toContain(`v${SCHEMA_VERSION}`)
    expect(info.stdout).toContain('read-write')
    expect(info.stdout).toContain('0 sources')
  })

  it('refuses to create over an existing file, with one line naming it', () => {
    const d = dirs()
    const path = join(d.cwd, 'notes.needle')
    textFile(path)
    const before = sha256(path)
    const r = needle(['new', 'notes.needle'], d)
    expect(r.code).toBe(1)
    expect(r.errLines).toHaveLength(1)
    expect(r.errLines[0]).toContain(path)
    expect(r.errLines[0]).toContain('already exists')
    expect(sha256(path)).toBe(before)
  })
})

describe('refusals on the command line: non-zero exit, one line on stderr, the file untouched', () => {
  it.each([
    ['a text file named x.needle', 'x.needle', textFile, /not a Needle project/],
    ['another program’s SQLite database', 'other.needle', (p: string) => foreignDb(p), /not a Needle project/],
    ['a project from a newer Needle', 'future.needle', futureProject, new RegExp(`v${SCHEMA_VERSION + 1}.*v${SCHEMA_VERSION}`)],
  ])('%s', (_label, name, make, pattern) => {
    const d = dirs()
    const path = join(d.cwd, name)
    make(path)
    const before = sha256(path)
    for (const command of ['info', 'check']) {
      const r = needle([command, name], d)
      expect(r.code, `${command}: ${r.stderr}`).toBe(1)
      expect(r.errLines, command).toHaveLength(1)
      expect(r.errLines[0]).toContain(path)
      expect(r.errLines[0]).toMatch(pattern)
      expect(r.errLines[0]).not.toMatch(/\bat .*\.ts:\d+/) // no stack
      expect(r.stdout).toBe('')
    }
    expect(sha256(path)).toBe(before)
    expect(readdirSync(d.cwd)).toEqual([name])
  })

  it('a missing file', () => {
    const d = dirs()
    const r = needle(['info', 'nowhere.needle'], d)
    expect(r.code).toBe(1)
    expect(r.errLines).toEqual([expect.stringContaining(join(d.cwd, 'nowhere.needle'))])
    expect(r.errLines[0]).toContain('does not exist')
  })
})

describe('needle check', () => {
  it('passes a sound project with exit 0 and reports it in --json', () => {
    const d = dirs()
    needle(['new', 'p'], d)
    const r = needle(['check', 'p.needle', '--json'], d)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION, problems: [] })
    expect(readdirSync(d.cwd)).toEqual(['p.needle'])
  })
})

describe('help and argument errors', () => {
  it('--help lists every command', () => {
    const d = dirs()
    const r = needle(['--help'], d)
    expect(r.code).toBe(0)
    for (const command of ['new', 'demo', 'info', 'check', 'restore', 'serve'])
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\s+\\S`, 'm'))
  })

  it('<command> --help shows its usage and options', () => {
    const d = dirs()
    const r = needle(['serve', '--help'], d)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Usage: needle serve [<file>] [--port <n>] [--no-open]')
    const info = needle(['help', 'info'], d)
    expect(info.stdout).toContain('Usage: needle info <file> [--json]')
  })

  it('an unknown command is one clear line, with the likely meant one', () => {
    const d = dirs()
    const r = needle(['inf', 'p.needle'], d)
    expect(r.code).toBe(2)
    expect(r.errLines).toEqual([expect.stringContaining('Unknown command "inf"')])
    expect(r.errLines[0]).toContain('"info"')
    expect(needle(['frobnicate'], d).errLines).toEqual([expect.stringContaining('Unknown command "frobnicate"')])
  })

  it('a missing argument or an unknown option is one line pointing at the command’s help', () => {
    const d = dirs()
    const missing = needle(['info'], d)
    expect(missing.code).toBe(2)
    expect(missing.errLines).toEqual([expect.stringMatching(/Missing <file>.*needle info --help/)])
    const option = needle(['info', 'p.needle', '--jsno'], d)
    expect(option.code).toBe(2)
    expect(option.errLines).toEqual([expect.stringMatching(/--jsno.*needle info --help/)])
    const port = needle(['serve', '--port', 'eighty'], d)
    expect(port.code).toBe(2)
    expect(port.errLines).toEqual([expect.stringContaining('--port must be a whole number')])
  })
})
