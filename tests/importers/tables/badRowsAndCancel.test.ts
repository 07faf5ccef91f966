/** Rows that cannot be read, cancellation and progress: all or nothing, and said clearly. */
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { NeedleError } from '../../../src/shared/errors'
import { count, fixture, FIXTURES, newProject, runImport, writtenCounts } from './harness'

const file = join(FIXTURES, 'bad-rows.csv')
const empty = { sources: 0, participants: 0, attributes: 0, participant_attributes: 0, documents: 0, codes: 0, ratings: 0, utterances: 0 }

describe('bad rows', () => {
  test('without "import the rest" the file is refused, naming lines and reasons, and nothing is written', async () => {
    const p = newProject()
    const err = await runImport(p, file, fixture('bad-rows.csv')).catch((e) => e)
    expect(err).toBeInstanceOf(NeedleError)
    expect(err.code).toBe('bad_rows')
    expect(err.message).toContain('bad-rows.csv')
    expect(err.message).toContain('line 3: 2 fields where the header has 3')
    expect(err.message).toContain('line 5: 5 fields where the header has 3')
    expect(err.message).toContain('--skip-bad-rows')
    expect(err.details.badRows).toEqual([
      { row: 3, reason: '2 fields where the header has 3' },
      { row: 5, reason: '5 fields where the header has 3' },
    ])
    expect(writtenCounts(p)).toEqual(empty)
  })

  test('with skipBadRows the readable rows are imported and the skipped ones listed in the report', async () => {
    const p = newProject()
    const out = await runImport(p, file, fixture('bad-rows.csv'), { skipBadRows: true })
    expect(out).toMatchObject({ rows: 3, participants: 3, documents: 3 })
    expect(out.skipped.map((s) => s.row)).toEqual([3, 5])
    const report = JSON.parse(p.db.prepare('SELECT report FROM sources').pluck().get() as string)
    expect(report.skipped).toEqual(out.skipped)
    expect(report.warnings.join('\n')).toMatch(/2 rows could not be read/)
    expect(p.db.prepare('SELECT label FROM participants ORDER BY label').pluck().all()).toEqual(['u1', 'u3', 'u5'])
  })

  test('a header with no data rows is a clear error', async () => {
    const p = newProject()
    await expect(runImport(p, '/x/empty-survey.csv', new TextEncoder().encode('id,Comment\n'))).rejects.toMatchObject({
      code: 'unreadable_file',
      message: expect.stringContaining('empty-survey.csv'),
    })
  })
})

describe('cancel and progress', () => {
  function bigSurvey(rows: number): Uint8Array {
    const lines = ['id,Plan,Score,Comment']
    for (let i = 1; i <= rows; i++) lines.push(`r${i},${i % 3 ? 'Pro' : 'Free'},${i % 10},"Comment number ${i}, with a comma"`)
    return new TextEncoder().encode(lines.join('\n') + '\n')
  }

  test('cancelling half-way throws "cancelled" and leaves the project exactly as it was', async () => {
    const p = newProject()
    const ac = new AbortController()
    const err = await runImport(p, '/x/big.csv', bigSurvey(20_000), {
      signal: ac.signal,
      onProgress: (pr) => {
        if ((pr.rows ?? 0) >= 5000) ac.abort()
      },
    }).catch((e) => e)
    expect(err).toMatchObject({ code: 'cancelled' })
    expect(writtenCounts(p)).toEqual(empty)
  })

  test('progress reports rows and bytes as the import goes, ending at the full size', async () => {
    const p = newProject()
    // Large enough to take a second or more: the import service reports at most every 100 ms.
    const bytes = bigSurvey(40_000)
    const seen: Array<{ rows?: number; bytes?: number }> = []
    const out = await runImport(p, '/x/big.csv', bytes, { onProgress: (pr) => seen.push(pr) })
    expect(out.rows).toBe(40_000)
    expect(seen.filter((s) => (s.rows ?? 0) > 0 && (s.rows ?? 0) < 40_000).length).toBeGreaterThan(2)
    const rows = seen.map((s) => s.rows ?? 0)
    expect(rows).toEqual([...rows].sort((a, b) => a - b))
    expect(seen.at(-1)).toMatchObject({ rows: 40_000, bytes: bytes.length })
    expect(count(p, 'SELECT count(*) FROM documents')).toBe(40_000)
  })

  test('a file read faster than one report interval still ends its progress on every row and its whole size', async () => {
    // Reports are at most every 100 ms: without a closing report, a small file's bar stopped where the first one left it.
    const p = newProject()
    const bytes = bigSurvey(300)
    const seen: Array<{ rows?: number; bytes?: number }> = []
    await runImport(p, '/x/small.csv', bytes, { onProgress: (pr) => seen.push(pr) })
    expect(seen.at(-1)).toMatchObject({ rows: 300, bytes: bytes.length })
  })
})
