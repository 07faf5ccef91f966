/** The coding commands as a script would use them: search → code → codes, and autocode. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { needle } from './run'

const TRANSCRIPT = [
  'Interviewer: What happened last month?',
  'سارة: نحتاج إلى تقريرٍ أسبوعي. الطَّلبات تتأخر كثيراً.',
  'Dana: We had an outage on Friday and it was urgent. We need the new routes by Friday 14 March 2025.',
  'Dana: The planners needed better maps 🙂 and the drivers need them too.',
].join('\n')

let dir: string
let home: string
const run = (...args: string[]) => needle(args, { cwd: dir, home })

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'needle-cli-coding-'))
  home = join(dir, 'home')
  writeFileSync(join(dir, 'talk.txt'), TRANSCRIPT)
  expect(run('new', 'p.needle').code).toBe(0)
  expect(run('import', 'p.needle', 'talk.txt').code).toBe(0)
})

describe('needle search / code / codes / autocode', () => {
  it('search --json gives total documents and offsets that slice the matched word', () => {
    const r = run('search', 'p.needle', 'need', '--json')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as {
      total: number
      hits: { document: number; start: number; end: number; snippet: string; source: string }[]
    }
    expect(out.total).toBe(1)
    // "need", "needed", "need" (stemmed): three hits in the one document.
    const words = out.hits.map((h) => TRANSCRIPT.slice(h.start, h.end))
    expect(words).toEqual(['need', 'needed', 'need'])
    expect(out.hits[0].source).toBe('talk')
  })

  it('search finds Arabic without harakat and across ta marbuta / prefixes', () => {
    const out = JSON.parse(run('search', 'p.needle', 'طلبات', '--json').stdout)
    expect(out.total).toBe(1)
    expect(TRANSCRIPT.slice(out.hits[0].start, out.hits[0].end)).toBe('الطَّلبات')
    const report = JSON.parse(run('search', 'p.needle', 'تقرير', '--json').stdout)
    expect(TRANSCRIPT.slice(report.hits[0].start, report.hits[0].end)).toBe('تقريرٍ')
  })

  it('code creates the code with --kind, records the coder, and codes shows the count and parent', () => {
    const hit = JSON.parse(run('search', 'p.needle', 'outage', '--json').stdout).hits[0]
    const r = run(
      'code',
      'p.needle',
      '--document',
      String(hit.document),
      '--start',
      String(hit.start),
      '--end',
      String(hit.end),
      '--code',
      'Outage',
      '--kind',
      'emergency',
      '--coder',
      'Omar',
      '--severity',
      '3',
      '--json',
    )
    expect(r.errLines).toEqual([])
    const h = JSON.parse(r.stdout)
    expect([h.text, h.coder, h.severity]).toEqual(['outage', 'Omar', 3])
    const codes = JSON.parse(run('codes', 'p.needle', '--json').stdout).codes
    expect(codes).toContainEqual({ id: expect.any(Number), name: 'Outage', kind: 'emergency', count: 1, parent: null })
  })

  it('code refuses an unknown code without --kind, and offsets outside the text, in one line', () => {
    const unknown = run('code', 'p.needle', '--document', '1', '--start', '0', '--end', '4', '--code', 'Nope')
    expect(unknown.code).toBe(1)
    expect(unknown.errLines).toHaveLength(1)
    expect(unknown.errLines[0]).toMatch(/no code named "Nope".*--kind/)
    const outside = run('code', 'p.needle', '--document', '1', '--start', '0', '--end', '99999', '--code', 'Outage')
    expect(outside.code).toBe(1)
    expect(outside.errLines).toHaveLength(1)
  })

  it('autocode lists suggestions with due dates, applies nothing, and --accept-all applies them', () => {
    const before = JSON.parse(run('info', 'p.needle', '--json').stdout).highlights
    const passages = (
      JSON.parse(run('autocode', 'p.needle', '--json').stdout) as {
        suggestions: { text: string; codes: { kind: string; code: string; due: string | null }[] }[]
      }
    ).suggestions
    // One entry per passage; each of its codes is applied by --accept-all.
    const r = { suggestions: passages.flatMap((p) => p.codes.map((c) => ({ ...c, text: p.text }))) }
    const kinds = new Set(r.suggestions.map((s) => s.kind))
    // The starter lexicons go to the generic codes, not to the researcher's own "Outage" code
    // (which only gets rules written for it): the outage sentence is suggested as "Emergency".
    expect(kinds).toEqual(new Set(['need', 'deadline', 'emergency']))
    expect(new Set(r.suggestions.map((s) => s.code))).toEqual(new Set(['Need', 'Deadline', 'Emergency']))
    expect(r.suggestions.find((s) => s.kind === 'deadline')?.due).toBe('2025-03-14')
    expect(r.suggestions.some((s) => s.kind === 'need' && s.text.includes('نحتاج'))).toBe(true)
    expect(JSON.parse(run('info', 'p.needle', '--json').stdout).highlights).toBe(before)
    const applied = JSON.parse(run('autocode', 'p.needle', '--accept-all', '--json').stdout)
    expect(applied.accepted).toBe(r.suggestions.length)
    expect(JSON.parse(run('info', 'p.needle', '--json').stdout).highlights).toBeGreaterThan(before)
  })
})
