/**
 * The mapping step's preview of files larger than the prefix it reads: the same headers,
 * mapping and first rows as reading the whole file, a row count estimated from the prefix,
 * UTF-16 and legacy code pages cut without splitting a character, and the duplicate check
 * still made on the whole file's checksum (the one the import records).
 */
import iconv from 'iconv-lite'
import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/dispatch'
import { previewTable } from '../../src/main/importers/tables/previewTable'
import { lineCut, PREFIX_BYTES } from '../../src/main/importers/tables/prefix'
import { Session } from '../../src/main/session'
import { MAX_TRANSCRIPT_BYTES } from '../../src/main/services/imports/kind'
import { SettingsStore } from '../../src/main/services/settings/store'
import { tempDir } from '../helpers/tmp'

async function openProject() {
  const dir = tempDir()
  const session = new Session('browser', new SettingsStore(join(dir, 'settings.json')))
  await call(session, 'project.create', { path: join(dir, 'p.needle') })
  return { dir, session }
}

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

const HEADER = 'Respondent,Country,Plan,Satisfaction,NPS,What would make planning easier?'
const COUNTRIES = ['United Kingdom', 'Qatar', 'Jordan', 'Germany', 'Brazil']
const PLANS = ['Free', 'Team', 'Business']
const LIKERT = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied']
const ANSWERS = [
  'Seeing all vans on one map',
  'أريد تقارير أسبوعية قبل نهاية الشهر',
  'Routes by 7am, "before the drivers leave"',
  'Proof of delivery on the phone 📦 please',
  'Offline mode.\nThe depot has no signal.',
  '',
]

/** A survey of at least `minChars` characters; returns its text and its number of data rows. */
function survey(minChars: number, newline = '\n'): { text: string; rows: number } {
  const r = rng(11)
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]
  const lines = [HEADER]
  let chars = HEADER.length
  let rows = 0
  while (chars < minChars) {
    const answer = pick(ANSWERS)
    const cell = /[",\n]/.test(answer) ? `"${answer.replace(/"/g, '""')}"` : answer
    const line = [`R${++rows}`, pick(COUNTRIES), pick(PLANS), pick(LIKERT), String(Math.floor(r() * 11)), cell].join(',')
    lines.push(line)
    chars += line.length + newline.length
  }
  return { text: lines.join(newline) + newline, rows }
}

describe('previewing a file larger than the prefix it reads', () => {
  it('gives the same headers, mapping and first rows as the whole file, and an estimated row count', async () => {
    const p = await openProject()
    const { text, rows } = survey(PREFIX_BYTES * 2)
    const file = join(p.dir, 'survey.csv')
    writeFileSync(file, text)
    const bytes = readFileSync(file)
    expect(bytes.byteLength).toBeGreaterThan(PREFIX_BYTES * 2)

    const whole = await previewTable(bytes, file)
    const preview = await call(p.session, 'import.preview', { path: file })
    const table = preview.table!
    expect(preview.bytes).toBe(bytes.byteLength)
    expect(table.headers).toEqual(whole.headers)
    expect(table.headers).toEqual(HEADER.split(','))
    expect(table.mapping).toEqual(whole.mapping)
    expect(table.rows).toEqual(whole.rows)
    expect(table.rows[0][0]).toBe('R1')
    expect(table.encoding).toBe('UTF-8')
    expect(table.totalRowsExact).toBe(false)
    expect(Math.abs(table.totalRowsEstimate - rows) / rows).toBeLessThan(0.05)
    // Reading the whole file counts exactly.
    expect(whole.totalRowsExact).toBe(true)
    expect(whole.totalRowsEstimate).toBe(rows)
  })

  it('previews a UTF-16 LE file (with BOM) cut at a whole newline code unit', async () => {
    const p = await openProject()
    const { text, rows } = survey(PREFIX_BYTES, '\r\n')
    const file = join(p.dir, 'survey-utf16.csv')
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])
    writeFileSync(file, bytes)
    expect(bytes.byteLength).toBeGreaterThan(PREFIX_BYTES * 2)

    const whole = await previewTable(bytes, file)
    const preview = await call(p.session, 'import.preview', { path: file })
    const table = preview.table!
    expect(table.encoding).toBe('UTF-16 LE')
    expect(table.headers).toEqual(HEADER.split(','))
    expect(table.headers).toEqual(whole.headers)
    expect(table.mapping).toEqual(whole.mapping)
    expect(table.rows).toEqual(whole.rows)
    expect(table.rows.flat().join('')).not.toContain('\uFFFD')
    expect(table.warnings).toEqual(whole.warnings)
    expect(table.totalRowsExact).toBe(false)
    expect(Math.abs(table.totalRowsEstimate - rows) / rows).toBeLessThan(0.05)
  })

  it('cuts UTF-16 at newline code units only, never at a 0x0A byte inside another character', () => {
    const le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf-16le')])
    const be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s, 'utf-16be')])
    // U+0A05 (Gurmukhi A) is 05 0A in UTF-16 LE, U+010A (Ċ) is 0A 01: both hold a 0x0A byte.
    expect(lineCut(le('a,b\nਅĊ'))).toBe(2 + 8)
    expect(lineCut(le('ਅĊ'))).toBe(0)
    expect(lineCut(be('a,b\nĊਅ'))).toBe(2 + 8)
    expect(lineCut(be('Ċ\u0A0Dx'))).toBe(0)
    expect(lineCut(Buffer.from('a,b\nc,d\ne', 'utf8'))).toBe(8)
    // Old Mac files end lines with CR alone.
    expect(lineCut(Buffer.from('a,b\rc,d\re', 'utf8'))).toBe(8)
  })

  it('previews in the code page the import will use when the first non-UTF-8 byte lies past the prefix', async () => {
    const p = await openProject()
    const { text } = survey(PREFIX_BYTES + 1024 * 1024)
    const file = join(p.dir, 'legacy.csv')
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(text.replace(/[^\x00-\x7f]/g, 'x'), 'latin1'),
        iconv.encode('R999999,France,Team,Neutral,7,Un café\n', 'windows-1252'),
      ]),
    )
    const preview = await call(p.session, 'import.preview', { path: file })
    expect(preview.table?.encoding).toBe('windows-1252')
    expect(preview.table?.headers).toEqual(HEADER.split(','))
  })

  it('reports a large file imported before as imported, by the checksum of all of its bytes', async () => {
    const p = await openProject()
    const { text } = survey(PREFIX_BYTES + 512 * 1024)
    const file = join(p.dir, 'wave1.csv')
    writeFileSync(file, text)
    expect((await call(p.session, 'import.preview', { path: file })).earlier).toBeNull()
    await call(p.session, 'import.run', { jobId: 'w1', files: [{ path: file }] })
    const again = await call(p.session, 'import.preview', { path: file })
    expect(again.earlier?.name).toBe('wave1.csv')
    // The same first megabytes with one row changed at the end are a different file.
    const changed = join(p.dir, 'wave1-fixed.csv')
    writeFileSync(changed, text.replace(/R(\d+),([^\n]*)\n$/, 'R$1,$2 (fixed)\n'))
    expect((await call(p.session, 'import.preview', { path: changed })).earlier).toBeNull()
  }, 120_000)

  it('refuses an absurdly large transcript with a message naming the file and what to do', async () => {
    const p = await openProject()
    const file = join(p.dir, 'everything.txt')
    writeFileSync(file, 'Interviewer: hello\n')
    // A sparse file: as large as it says, without writing 200 MB.
    truncateSync(file, MAX_TRANSCRIPT_BYTES + 1)
    const result = await dispatch(p.session, 'import.preview', { path: file })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('unreadable_file')
    expect(result.error.message).toContain('everything.txt')
    expect(result.error.message).toMatch(/survey or feedback table/)
    expect(result.error.message).toMatch(/split it/)
    // The import itself refuses it the same way, before reading it, and writes nothing.
    const run = await dispatch(p.session, 'import.run', { jobId: 'big', files: [{ path: file }] })
    expect(run.ok).toBe(false)
    if (!run.ok) expect(run.error.message).toBe(result.error.message)
    expect(p.session.requireProject().db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(0)
  })
})
