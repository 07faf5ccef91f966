/** `needle export <project> --format needle --anonymise`: the sharing copy from the command line, as a user runs it. */
import Database from 'better-sqlite3'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/tmp'
import { needle } from './run'

describe('needle export --format needle --anonymise', () => {
  it('asks about the names found in the text, lists them, and writes an anonymised copy with counts per kind', () => {
    const d = { cwd: tempDir(), home: tempDir() }
    expect(needle(['demo', 's.needle'], d).code).toBe(0)

    // Nothing is written until the researcher decides about the other names the text mentions.
    const undecided = needle(['export', 's.needle', '--format', 'needle', '--anonymise', '--out', 'copy.needle'], d)
    expect(undecided.code).toBe(2)
    expect(undecided.stderr).toMatch(/mentions \d+ other names .*--list-names.*--mask-detected.*--confirm-names/s)
    expect(existsSync(join(d.cwd, 'copy.needle'))).toBe(false)

    const listed = needle(['export', 's.needle', '--format', 'needle', '--anonymise', '--list-names', '--out', 'copy.needle', '--json'], d)
    expect(listed.code).toBe(0)
    const review = JSON.parse(listed.stdout) as {
      attributes: { name: string; identifying: boolean }[]
      detected: { text: string; kind: string }[]
    }
    expect(review.attributes.filter((a) => a.identifying).map((a) => a.name)).toEqual(['Company name (optional)', 'Account name'])
    expect(review.detected.map((n) => n.text)).toContain('Onfleet')
    expect(existsSync(join(d.cwd, 'copy.needle'))).toBe(false)

    // Only the confirmed names are replaced; the rest of the found names stay.
    writeFileSync(join(d.cwd, 'names.txt'), '# confirmed by the researcher\nOnfleet\nStockport\n')
    const r = needle(
      ['export', 's.needle', '--format', 'needle', '--anonymise', '--confirm-names', 'names.txt', '--out', 'copy.needle', '--json'],
      d,
    )
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)

    const original = new Database(join(d.cwd, 's.needle'), { readonly: true })
    const labels = original.prepare('SELECT label FROM participants').pluck().all() as string[]
    const files = original.prepare('SELECT file_name FROM sources').pluck().all() as string[]
    original.close()
    // Every source is renamed; participants: the sample's 140.
    expect(out).toMatchObject({ anonymised: true, replaced: { participants: 140, sources: files.length, names: 2 } })
    const bytes = readFileSync(join(d.cwd, 'copy.needle'))
    const left = [...labels, ...files, 'Onfleet', 'Stockport'].filter((v) => bytes.includes(Buffer.from(v)))
    expect(left).toEqual([])
    expect(bytes.includes(Buffer.from('Tidewater'))).toBe(true) // not confirmed, so kept
  }, 180_000)

  it('documents the options in --help and refuses them without --anonymise', () => {
    const d = { cwd: tempDir(), home: tempDir() }
    const help = needle(['export', '--help'], d)
    expect(help.stdout).toMatch(/needle \(a compact copy of the project for sharing/)
    expect(help.stdout).toMatch(/--mask-detected/)
    expect(help.stdout).toMatch(/--confirm-names <file\|list>/)
    needle(['new', 'p'], d)
    const r = needle(['export', 'p.needle', '--format', 'needle', '--mask-detected', '--out', 'c.needle'], d)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--mask-detected goes with --anonymise/)
  }, 60_000)
})
