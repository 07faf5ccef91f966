/**
 * Every job of the app from the command line: `needle call` for any contract command, and the
 * named commands people script (codes edits, highlight edit/delete, memo, rules, scores,
 * agreement, undo/redo across runs), driven as a user would on a real project file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../src/shared/contract'
import { needle } from './run'

// Two coders code this transcript; the survey gives participants attributes for rules and scores.
const TRANSCRIPT = [
  'Interviewer: What went wrong?',
  'Dana: We had an outage on Friday. The maps were slow and we need live re-routing.',
  'سارة: نحتاج إلى خرائط أسرع 🙂 قبل الموسم.',
].join('\n')
const SURVEY = ['respondent_id,role,seats', 'R1,planner,10', 'R2,planner,12', 'R3,driver,1', 'R4,driver,2', 'R5,manager,40'].join('\n')

let dir: string
let home: string
const run = (...args: string[]) => needle(args, { cwd: dir, home })
const json = (...args: string[]) => {
  const r = run(...args, '--json')
  expect(r.errLines).toEqual([])
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout)
}
const span = (word: string) => ({ start: TRANSCRIPT.indexOf(word), end: TRANSCRIPT.indexOf(word) + word.length })
const codes = () => json('codes', 'p.needle').codes as { id: number; name: string; kind: string; count: number; parent: string | null }[]
const codeNamed = (name: string) => codes().find((c) => c.name === name)

function code(word: string, codeName: string, kind: string, coder: string): number {
  const { start, end } = span(word)
  return json(
    'code',
    'p.needle',
    '--document',
    '1',
    '--start',
    String(start),
    '--end',
    String(end),
    '--code',
    codeName,
    '--kind',
    kind,
    '--coder',
    coder,
  ).id
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'needle-cli-reach-'))
  home = join(dir, 'home')
  writeFileSync(join(dir, 'talk.txt'), TRANSCRIPT)
  writeFileSync(join(dir, 'survey.csv'), SURVEY)
  expect(run('new', 'p.needle').code).toBe(0)
  expect(run('import', 'p.needle', 'talk.txt', 'survey.csv').code).toBe(0)
}, 120_000)

describe('needle call', () => {
  it('--list names every command of the contract with its input fields', () => {
    const listed = json('call', '--list').commands as { name: string; inputs: { name: string; required: boolean }[][] }[]
    const names = listed.map((c) => c.name)
    // Everything but the commands that would open another project or a native dialog in the script's place.
    const expected = Object.keys(contract)
      .filter((c) => !['dialog.pick', 'project.open', 'project.create', 'project.openSample', 'project.close'].includes(c))
      .sort()
    expect(names).toEqual(expected)
    expect(listed.find((c) => c.name === 'codes.merge')?.inputs).toEqual([
      [
        { name: 'from', required: true },
        { name: 'into', required: true },
      ],
    ])
    expect(run('call', '--list').stdout).toMatch(/^memos\.save +\{id\?, targetKind, targetId\?, text\}$/m)
  })

  it('runs a command with JSON input (inline or @file) and prints its result', () => {
    const created = json('call', 'p.needle', 'codes.create', '--input', '{"name": "Speed", "kind": "need"}')
    expect(created).toMatchObject({ name: 'Speed', kind: 'need', count: 0 })
    writeFileSync(join(dir, 'memo.json'), JSON.stringify({ targetKind: 'code', targetId: created.id, text: 'Faster than the old tool' }))
    const memo = json('call', 'p.needle', 'memos.save', '--input', '@memo.json')
    expect(memo).toMatchObject({ targetKind: 'code', targetId: created.id, text: 'Faster than the old tool' })
    expect(codeNamed('Speed')).toBeDefined()
  }, 60_000)

  it('refuses input its schema rejects, bad JSON and unknown commands with one line and exit 2, before touching the file', () => {
    const bad = run('call', 'p.needle', 'codes.create', '--input', '{"name": "", "kind": "need"}')
    expect(bad.code).toBe(2)
    expect(bad.errLines).toEqual([
      expect.stringMatching(/Invalid input for codes\.create \(name\): a code needs a name\. Fields: \{name, kind/),
    ])
    const notJson = run('call', 'p.needle', 'codes.create', '--input', '{name: Speed}')
    expect(notJson.code).toBe(2)
    expect(notJson.errLines).toEqual([expect.stringMatching(/--input is not valid JSON/)])
    const unknown = run('call', 'p.needle', 'codes.rename')
    expect(unknown.code).toBe(2)
    expect(unknown.errLines).toEqual([expect.stringMatching(/Unknown command "codes\.rename" \(needle call --list names them\)/)])
    // Needle's own refusals (a valid input the project says no to) are exit 1.
    const missing = run('call', 'p.needle', 'codes.delete', '--input', '{"id": 9999, "highlights": "delete"}')
    expect(missing.code).toBe(1)
    expect(missing.errLines).toHaveLength(1)
    expect(codes().map((c) => c.name)).toEqual(['Speed'])
  }, 60_000)
})

describe('needle codes <action>, highlight, undo and redo', () => {
  it('renames, recolours, nests, merges and deletes codes as the codebook panel does', () => {
    code('outage', 'Outage', 'emergency', 'Omar')
    code('slow', 'Slow maps', 'pain', 'Omar')
    code('live re-routing', 'Re-routing', 'need', 'Omar')
    expect(run('codes', 'p.needle', 'rename', 'speed', 'Faster maps').stdout).toBe('Renamed “Speed” to “Faster maps”.\n')
    expect(json('codes', 'p.needle', 'colour', 'Faster maps', '#112233').color).toBe('#112233')
    expect(run('codes', 'p.needle', 'move', 'Re-routing', 'Faster maps').code).toBe(0)
    expect(codeNamed('Re-routing')?.parent).toBe('Faster maps')
    expect(run('codes', 'p.needle', 'move', 'Re-routing', '--top').code).toBe(0)
    expect(codeNamed('Re-routing')?.parent).toBeNull()
    const merged = json('codes', 'p.needle', 'merge', 'Slow maps', 'Faster maps')
    expect(merged).toMatchObject({ name: 'Faster maps', count: 1 })
    expect(codeNamed('Slow maps')).toBeUndefined()
    const badColour = run('codes', 'p.needle', 'colour', 'Outage', 'red')
    expect(badColour.code).toBe(1)
    expect(badColour.errLines).toEqual([expect.stringMatching(/colour is #rrggbb/)])
    const unknown = run('codes', 'p.needle', 'rename', 'Nope', 'X')
    expect([unknown.code, unknown.errLines.length]).toEqual([1, 1])
    const usage = run('codes', 'p.needle', 'paint', 'Outage')
    expect(usage.code).toBe(2)
    expect(usage.errLines).toEqual([expect.stringMatching(/Unknown action "paint"/)])
  }, 180_000)

  it('undo in a later run takes back the last edit, redo puts it back, and each says what it did', () => {
    const undo = run('undo', 'p.needle')
    expect(undo.code).toBe(0)
    expect(undo.stdout).toBe('Undid: Merge “Slow maps” into “Faster maps”.\n')
    expect(codeNamed('Slow maps')?.count).toBe(1)
    expect(codeNamed('Faster maps')?.count).toBe(0)
    expect(json('redo', 'p.needle')).toMatchObject({ redone: 'Merge “Slow maps” into “Faster maps”', canRedo: false })
    expect(codeNamed('Slow maps')).toBeUndefined()
    expect(json('undo', 'p.needle', '--list')).toMatchObject({ canUndo: true, canRedo: false })
  }, 120_000)

  it('deletes a code keeping or deleting its highlights, as asked', () => {
    const kept = json('codes', 'p.needle', 'delete', 'Outage')
    expect(kept).toEqual({ deletedHighlights: 0, keptHighlights: 1 })
    const gone = json('codes', 'p.needle', 'delete', 'Re-routing', '--highlights', 'delete')
    expect(gone).toEqual({ deletedHighlights: 1, keptHighlights: 0 })
    expect(json('info', 'p.needle').highlights).toBe(2)
  }, 60_000)

  it('highlight edit changes codes and details; delete removes it; undo brings it back', () => {
    const id = code('نحتاج إلى خرائط أسرع 🙂', 'Faster maps', 'need', 'Omar')
    code('قبل الموسم', 'Before the season', 'deadline', 'Omar')
    const edited = json(
      'highlight',
      'p.needle',
      'edit',
      String(id),
      '--codes',
      'faster maps, Before the season',
      '--memo',
      'ملاحظة',
      '--due',
      '2025-06-01',
    )
    expect(edited.codes.map((c: { name: string }) => c.name).sort()).toEqual(['Before the season', 'Faster maps'])
    expect([edited.text, edited.memo, edited.dueDate]).toEqual(['نحتاج إلى خرائط أسرع 🙂', 'ملاحظة', '2025-06-01'])
    const cleared = json('highlight', 'p.needle', 'edit', String(id), '--memo', '')
    expect(cleared.memo).toBeNull()
    const listed = () => json('call', 'p.needle', 'highlights.list', '--input', '{"documentId": 1}') as { id: number }[]
    expect(listed().map((h) => h.id)).toContain(id)
    expect(run('highlight', 'p.needle', 'delete', String(id)).stdout).toBe(`Deleted highlight ${id}.\n`)
    expect(listed().map((h) => h.id)).not.toContain(id)
    expect(run('undo', 'p.needle').stdout).toBe('Undid: Delete highlight.\n')
    expect(listed().map((h) => h.id)).toContain(id)
    const missing = run('highlight', 'p.needle', 'delete', '99999')
    expect([missing.code, missing.errLines.length]).toEqual([1, 1])
    const nothing = run('highlight', 'p.needle', 'edit', String(id))
    expect(nothing.code).toBe(2)
    expect(nothing.errLines).toEqual([expect.stringMatching(/Say what to change/)])
  }, 180_000)

  it('says so when there is nothing to undo or redo, with exit 1', () => {
    expect(run('redo', 'p.needle').stdout).toBe('Redid: Delete highlight.\n')
    const r = run('redo', 'p.needle')
    expect(r.code).toBe(1)
    expect(r.errLines).toEqual(['needle: There is nothing to redo.'])
  }, 30_000)
})

describe('needle memo', () => {
  it('adds, lists, edits and deletes memos on the project and on a participant', () => {
    expect(run('memo', 'p.needle', 'add', 'Ask the planners again').stdout).toMatch(/^Added memo \d+\.$/m)
    const onR1 = json('memo', 'p.needle', 'add', 'يحتاج خرائط أسرع', '--on', 'participant', '--id', '1')
    expect(onR1).toMatchObject({ targetKind: 'participant', targetId: 1, text: 'يحتاج خرائط أسرع' })
    const onParticipants = json('memo', 'p.needle', 'list', '--on', 'participant').memos
    expect(onParticipants.map((m: { text: string }) => m.text)).toEqual(['يحتاج خرائط أسرع'])
    expect(json('memo', 'p.needle', 'edit', String(onR1.id), 'Needs faster maps').text).toBe('Needs faster maps')
    expect(run('memo', 'p.needle', 'delete', String(onR1.id)).code).toBe(0)
    const texts = json('memo', 'p.needle').memos.map((m: { text: string }) => m.text)
    expect(texts).toContain('Ask the planners again')
    expect(texts).not.toContain('Needs faster maps')
    const gone = run('memo', 'p.needle', 'edit', String(onR1.id), 'again')
    expect(gone.code).toBe(1)
    expect(gone.errLines).toEqual([expect.stringMatching(/no memo \d+/)])
    const noTarget = run('memo', 'p.needle', 'add', 'x', '--on', 'participant', '--id', '999')
    expect([noTarget.code, noTarget.errLines.length]).toEqual([1, 1])
  }, 180_000)
})

describe('needle rules, scores and agreement', () => {
  it('creates a rule segment from an attribute and a code, lists it with its members count, and deletes it', () => {
    const planners = json('rules', 'p.needle', 'create', 'Planners', '--attribute', 'role=planner')
    expect([planners.size, planners.method]).toEqual([2, 'rule'])
    const notPlanners = json(
      'rules',
      'p.needle',
      'create',
      'Not planners',
      '--rule',
      '{"all": [{"type": "attribute", "attribute": "role", "op": "in", "values": ["driver", "manager"]}]}',
    )
    expect(notPlanners.size).toBe(3)
    const listed = json('rules', 'p.needle').rules
    expect(listed.map((r: { name: string; size: number; text: string }) => [r.name, r.size, r.text]).sort()).toEqual([
      ['Not planners', 3, 'role in (driver, manager)'],
      ['Planners', 2, 'role = planner'],
    ])
    expect(run('rules', 'p.needle', 'delete', String(planners.id)).code).toBe(0)
    expect(json('rules', 'p.needle').rules.map((r: { name: string }) => r.name)).toEqual(['Not planners'])
    const empty = run('rules', 'p.needle', 'create', 'Everyone')
    expect(empty.code).toBe(2)
    expect(empty.errLines).toEqual([expect.stringMatching(/a rule needs at least one condition/)])
  }, 120_000)

  it('scores participants on fit from a weighted attribute and keeps the settings for the next run', () => {
    expect(run('scores', 'p.needle').stdout).toMatch(/No scores yet/)
    const table = json('scores', 'p.needle', '--settings', '{"fitWeights": [{"attribute": "seats", "weight": 1}]}')
    const fit = Object.fromEntries(table.rows.map((r: { label: string; fit: number }) => [r.label, r.fit]))
    // seats 1..40 scaled min-max: the 40-seat account fits best, the 1-seat one least.
    expect(fit.R5).toBe(100)
    expect(fit.R3).toBe(0)
    expect(fit.R2).toBeGreaterThan(fit.R1)
    expect(json('scores', 'p.needle').rows.find((r: { label: string }) => r.label === 'R5').fit).toBe(100)
    const bad = run('scores', 'p.needle', '--settings', '{"fitWeights": [{"attribute": "seats", "weight": -1}]}')
    expect(bad.code).toBe(2)
    expect(bad.errLines).toEqual([expect.stringMatching(/--settings \(fitWeights\.0\.weight\)/)])
  }, 120_000)

  it("gives Cohen's kappa per code: 1 where two coders coded the same span, 0 where only one coded", () => {
    code('outage on Friday', 'Incident', 'emergency', 'Lina')
    code('outage on Friday', 'Incident', 'emergency', 'Karim')
    code('maps were slow', 'Map pain', 'pain', 'Lina')
    const coders = json('agreement', 'p.needle').coders.map((c: { name: string }) => c.name)
    expect(coders).toEqual(expect.arrayContaining(['Lina', 'Karim', 'Omar']))
    const report = json('agreement', 'p.needle', 'Lina', 'Karim')
    const byCode = Object.fromEntries(report.codes.map((c: { name: string; kappa: number; percentAgreement: number }) => [c.name, c]))
    expect(byCode.Incident.kappa).toBeCloseTo(1, 6)
    expect(byCode['Map pain'].kappa).toBeCloseTo(0, 6)
    expect(run('agreement', 'p.needle', 'Lina', 'Nobody').errLines).toEqual([expect.stringMatching(/no coder called “Nobody”/)])
  }, 120_000)
})

describe('--help of the new commands', () => {
  it('each prints its usage and exits 0', () => {
    for (const name of ['call', 'memo', 'highlight', 'rules', 'scores', 'agreement', 'undo', 'redo', 'codes']) {
      const r = run(name, '--help')
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(new RegExp(`^Usage: needle ${name} `))
    }
    expect(run('--help').stdout).toMatch(/^ {2}call +Run any command of the app/m)
  }, 120_000)
})
