/**
 * Files that try to drive the researcher's terminal (escape sequences in a VTT timing line, a
 * speaker's name, a zip entry's name) are quoted escaped by the CLI, in errors and in search
 * results; and NUL characters deep inside a text file are refused like the binary check
 * refuses them at the start, naming the line.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../src/main/db/open'
import { decodeBytes } from '../../src/main/importers/decode'
import { needle } from '../cli/run'
import { tempDir } from '../helpers/tmp'
import { streamedZip } from './bombs'

const ESC = '\u001b'
/** Set the window title, turn the text red, and clear the screen. */
const PAYLOAD = `${ESC}]0;pwned\u0007${ESC}[31m${ESC}[2J`
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/

function setup() {
  const dir = tempDir()
  const d = { cwd: dir, home: join(dir, 'home') }
  const project = join(dir, 'p.needle')
  createProject(project).close()
  return { dir, d, project }
}

describe('terminal escape sequences inside files', () => {
  it('a VTT timing line with escapes is quoted escaped in the error', () => {
    const { dir, d, project } = setup()
    const file = join(dir, 'call.vtt')
    writeFileSync(file, `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>Hello.\n\n00:00:03.000 --> ${PAYLOAD}00:00:04\n<v Dana>Again.\n`)
    const r = needle(['import', project, file], d)
    expect(r.code).toBe(1)
    expect(r.stderr).not.toMatch(RAW_CONTROL)
    expect(r.stderr).toContain('\\x1b]0;pwned\\x07\\x1b[31m\\x1b[2J')
  })

  it('a speaker name with escapes comes back escaped in search results', () => {
    const { dir, d, project } = setup()
    const file = join(dir, 'talk.txt')
    writeFileSync(file, `Dana${PAYLOAD}: We need proof of delivery by Friday.\nInterviewer: Why?\nDana${PAYLOAD}: The client audits it.\n`)
    expect(needle(['import', project, file], d).code).toBe(0)
    const r = needle(['search', project, 'delivery'], d)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('proof of delivery')
    expect(r.stdout).toContain('\\x1b[31m')
    expect(r.stdout).not.toMatch(RAW_CONTROL)
  })

  it('a zip entry name with escapes is quoted escaped when the archive is refused', () => {
    const { dir, d, project } = setup()
    const file = join(dir, 'sent.docx')
    const mb = strToU8(`<w:t>${'a'.repeat(1024 * 1024 - 11)}</w:t>`)
    writeFileSync(
      file,
      streamedZip([
        // 70 MB of XML in a part whose name carries the payload: refused as too large, naming the part.
        {
          name: `word/${PAYLOAD}.xml`,
          *pieces() {
            for (let i = 0; i < 70; i++) yield mb
          },
        },
      ]),
    )
    const r = needle(['import', project, file], d)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/more than 64 MB of Word XML \(word\/\\x1b\]0;pwned\\x07/)
    expect(r.stderr).not.toMatch(RAW_CONTROL)
  }, 60_000)
})

describe('NUL characters after the first 8 KB', () => {
  it('are refused like a binary file, naming the line', () => {
    const text = 'Dana: fine.\n'.repeat(2_000) + 'Dana: hidden\u0000part.\n'
    expect(() => decodeBytes(Buffer.from(text), '/x/notes.txt')).toThrow(/notes\.txt cannot be imported: line 2001 holds a NUL character/)
  })

  it('a survey with a NUL deep inside is refused by the import and imports nothing', () => {
    const { dir, d, project } = setup()
    const file = join(dir, 'survey.csv')
    const rows = Array.from({ length: 20_000 }, (_, i) => `P${i},"answer ${i}",4`)
    rows[15_000] = 'P15000,"answer\u0000 15000",4'
    writeFileSync(file, `id,comment,score\n${rows.join('\n')}\n`)
    const r = needle(['import', project, file], d)
    expect(r.code).toBe(1)
    expect(r.errLines[0]).toMatch(/survey\.csv cannot be imported: line 15002 holds a NUL character/)
    expect(JSON.parse(needle(['info', project, '--json'], d).stdout).sources).toBe(0)
  }, 60_000)

  it('UTF-16 text, whose bytes are half zeros, still imports', () => {
    const text = '\uFEFFDana: proof of delivery.\n'.repeat(1_000)
    expect(decodeBytes(Buffer.from(text, 'utf16le'), 'u16.txt').text).toContain('proof of delivery')
  })
})
