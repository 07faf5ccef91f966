/**
 * Personas from the command line on an uncoded survey (planted segments and open answers): drafted
 * cards carry a name, a role and members' uncoded quotes in --json; the researcher edits the role,
 * keeps one quote and replaces another; drafting again updates the same cards and keeps the edits.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { plantedSurvey } from '../segments-service/plantedSurvey'
import { needle } from './run'

it('drafts, edits, keeps and replaces quotes, and drafts again without duplicates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'needle-cli-personas-'))
  const home = mkdtempSync(join(tmpdir(), 'needle-cli-home-'))
  const run = (...args: string[]) => needle(args, { cwd: dir, home })
  const ok = (...args: string[]) => {
    const r = run(...args)
    expect(r.stderr.split('\n').filter((l) => /error/i.test(l))).toEqual([])
    expect(r.code).toBe(0)
    return r
  }
  writeFileSync(join(dir, 'survey.csv'), plantedSurvey({ perGroup: 30, openAnswers: true, roles: true, seed: 11 }).csv)
  ok('new', 'study.needle')
  ok('import', 'study.needle', 'survey.csv', '--kind', 'survey')
  ok('segment', 'study.needle', '--inputs', 'answers', '--k', '3', '--resamples', '0')
  const first = JSON.parse(ok('personas', 'study.needle', '--from-segments', '--json').stdout).personas
  expect(first).toHaveLength(3)
  for (const p of first) {
    expect(p.role).toMatch(/ in /)
    expect(p.tagline).not.toBe('')
    expect(p.quotes.filter((q: { uncoded: boolean }) => q.uncoded).length).toBeGreaterThanOrEqual(2)
  }
  const [p] = first
  const [keep, replace] = p.quotes.filter((q: { uncoded: boolean }) => q.uncoded)
  ok('personas', 'study.needle', '--persona', String(p.id), '--role', 'Head of purchasing', '--keep-quote', keep.ref)
  // By name too (any case), as --add-to-persona takes it.
  ok('personas', 'study.needle', '--persona', p.name.toUpperCase(), '--replace-quote', replace.ref)
  const again = JSON.parse(ok('personas', 'study.needle', '--from-segments', '--json').stdout).personas
  expect(again.map((x: { id: number }) => x.id)).toEqual(first.map((x: { id: number }) => x.id))
  const edited = again.find((x: { id: number }) => x.id === p.id)
  expect(edited.role).toBe('Head of purchasing')
  const refs = edited.quotes.filter((q: { uncoded: boolean }) => q.uncoded).map((q: { ref: string }) => q.ref)
  expect(refs).toContain(keep.ref)
  expect(refs).not.toContain(replace.ref)

  const bad = run('personas', 'study.needle', '--role', 'x')
  expect(bad.code).not.toBe(0)
  expect(bad.stderr).toMatch(/--role needs --persona <id\|name>/)
  const unknown = run('personas', 'study.needle', '--persona', 'Nobody Here', '--role', 'x')
  expect(unknown.code).not.toBe(0)
  expect(unknown.stderr).toMatch(/No persona "Nobody Here" in this project\. Its personas: #\d+ /)
}, 120_000)
