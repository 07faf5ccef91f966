/**
 * One cell that never ends: a 1 GB CSV field used to keep the import reading for good. A cell
 * is limited (MAX_FIELD_CHARS, 1 MB: thirty times what any spreadsheet cell can hold), and the
 * refusal names the file, the line and the column, after reading little more than the limit.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../src/main/db/open'
import { MAX_FIELD_CHARS, readTable } from '../../src/main/importers/tables/readTable'
import { needle } from '../cli/run'
import { tempDir } from '../helpers/tmp'

const PIECE = 'lorem ipsum '.repeat(5_000) // 60,000 characters

/** A CSV whose second row opens a cell of `cellChars` characters (1 GB by default), generated lazily. */
function endlessCell(quoted: boolean, cellChars = 1024 ** 3) {
  const stats = { generated: 0 }
  async function* text(): AsyncGenerator<string> {
    yield `id,comment,score\n1,${quoted ? '"' : ''}`
    for (let n = 0; n < cellChars; n += PIECE.length) {
      stats.generated += PIECE.length
      yield PIECE
    }
    yield `${quoted ? '"' : ''},5\n`
  }
  return { text: text(), stats }
}

async function drain(input: AsyncIterable<string> | string, opts: Parameters<typeof readTable>[1]) {
  const rows: string[][] = []
  for await (const r of readTable(input, opts)) rows.push(r.fields)
  return rows
}

describe('a CSV cell without end', () => {
  for (const quoted of [true, false]) {
    it(`${quoted ? 'quoted' : 'unquoted'}: a 1 GB cell is refused after about the limit, naming line and column`, async () => {
      const { text, stats } = endlessCell(quoted)
      const started = Date.now()
      const read = drain(text, { delimiter: ',', newline: '\n', quoting: true, file: '/data/survey.csv' })
      await expect(read).rejects.toMatchObject({ code: 'unreadable_file' })
      await expect(read).rejects.toThrow(/^survey\.csv line 2, column 2: one cell holds more than 1 MB of text/)
      expect(stats.generated).toBeLessThan(3 * MAX_FIELD_CHARS)
      expect(Date.now() - started).toBeLessThan(5_000)
    })
  }

  it('the limit holds for a cell inside one complete record, and counts columns past quoted delimiters', async () => {
    const csv = `a,b,c\n1,2,3\n"x, y",2,${'z'.repeat(5_000)}\n`
    await expect(drain(csv, { delimiter: ',', newline: '\n', quoting: true, maxFieldChars: 1_000, file: 't.csv' })).rejects.toThrow(
      /^t\.csv line 3, column 3: one cell holds more than 1,000 characters of text \(5,000 characters read so far\)/,
    )
    // Under the limit the same file reads as always.
    expect((await drain(csv, { delimiter: ',', newline: '\n', quoting: true, maxFieldChars: 10_000 }))[2][0]).toBe('x, y')
  })

  it('needle import refuses a file with a 20 MB cell within seconds and imports nothing', () => {
    const dir = tempDir()
    const d = { cwd: dir, home: join(dir, 'home') }
    const project = join(dir, 'p.needle')
    createProject(project).close()
    const file = join(dir, 'survey.csv')
    writeFileSync(file, `id,comment,score\nP1,fine,4\nP2,"${'lorem ipsum '.repeat((20 * 1024 * 1024) / 12)}",5\nP3,ok,3\n`)
    const started = Date.now()
    const r = needle(['import', project, file], d)
    expect(r.code).toBe(1)
    expect(r.errLines).toEqual([
      expect.stringMatching(/^needle: survey\.csv line 3, column 2: one cell holds more than 1 MB of text.*--no-quotes/),
    ])
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(JSON.parse(needle(['info', project, '--json'], d).stdout).sources).toBe(0)
  }, 60_000)
})
