/**
 * Rule segments as the filter builder makes them: attribute, code and rating conditions; hand edits
 * that survive recomputation; score conditions once 3D scores exist.
 */
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/dispatch'
import { makeProject, plantedPeople } from './fixture'

function project() {
  return makeProject([
    {
      label: 'A',
      attributes: { Region: 'North' },
      ratings: { Speed: [5, 1] },
      answers: [{ text: 'Speed is everything.', codes: [{ words: 'Speed', code: 'Speed' }] }],
    },
    { label: 'B', attributes: { Region: 'North' }, ratings: { Speed: [3, 3] } },
    { label: 'C', attributes: { Region: 'South' }, ratings: { Speed: [5, 2] } },
    { label: 'D', attributes: { Region: 'South' } },
    { label: 'Maya', attributes: { Region: 'North' }, interviewer: true },
  ])
}

describe('rule segments', () => {
  it('matches attribute, rating and code conditions (all of them), never interviewers', async () => {
    const p = project()
    const labels = async (id: number) => (await p.run('segments.members', { id })).map((m) => m.label)
    const north = await p.run('segments.createRule', {
      name: 'North',
      rule: { all: [{ type: 'attribute', attribute: 'region', op: 'in', values: ['North'] }] },
    })
    expect(await labels(north.id)).toEqual(['A', 'B'])
    expect(north).toMatchObject({ method: 'rule', size: 2, share: 0.5, runId: null, definition: { kind: 'rule', excluded: [] } })
    const important = await p.run('segments.createRule', {
      name: 'Speed matters',
      rule: { all: [{ type: 'rating', needId: p.codes.Speed, measure: 'importance', op: '>=', value: 4 }] },
    })
    expect(await labels(important.id)).toEqual(['A', 'C'])
    const both = await p.run('segments.createRule', {
      name: 'North and speed',
      rule: {
        all: [
          { type: 'attribute', attribute: 'Region', op: 'equals', value: 'North' },
          { type: 'rating', needId: p.codes.Speed, measure: 'importance', op: '>=', value: 4 },
        ],
      },
    })
    expect(await labels(both.id)).toEqual(['A'])
    const silent = await p.run('segments.createRule', {
      name: 'Never said it',
      rule: { all: [{ type: 'code', codeId: p.codes.Speed, present: false }] },
    })
    expect(await labels(silent.id)).toEqual(['B', 'C', 'D'])
    const missing = await dispatch(p.session, 'segments.createRule', {
      name: 'x',
      rule: { all: [{ type: 'attribute', attribute: 'Nope', op: 'equals', value: 'x' }] },
    })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('keeps hand-added and hand-removed members when the rule is recomputed', async () => {
    const p = project()
    const members = async (id: number) => (await p.run('segments.members', { id })).map((m) => `${m.label}${m.manual ? '*' : ''}`)
    const seg = await p.run('segments.createRule', {
      name: 'Speed seekers',
      rule: { all: [{ type: 'code', codeId: p.codes.Speed, present: true }] },
    })
    expect(await members(seg.id)).toEqual(['A'])
    expect((await p.run('segments.addMembers', { id: seg.id, participantIds: [p.ids.D] })).manualMembers).toBe(1)
    await p.run('segments.removeMembers', { id: seg.id, participantIds: [p.ids.A] })
    expect(await members(seg.id)).toEqual(['D*'])

    // A new rule: the South matches C and D; D stays a hand-added member; A stays removed.
    const south = await p.run('segments.update', {
      id: seg.id,
      name: 'South',
      rule: { all: [{ type: 'attribute', attribute: 'Region', op: 'equals', value: 'South' }] },
    })
    expect(south.name).toBe('South')
    expect(await members(seg.id)).toEqual(['C', 'D*'])
    await p.run('segments.update', {
      id: seg.id,
      rule: { all: [{ type: 'attribute', attribute: 'Region', op: 'equals', value: 'North' }] },
    })
    expect(await members(seg.id)).toEqual(['B', 'D*'])
    const saved = (await p.run('segments.list')).find((s) => s.id === seg.id)!
    expect(saved.definition).toEqual({
      kind: 'rule',
      rule: { all: [{ type: 'attribute', attribute: 'Region', op: 'equals', value: 'North' }] },
      excluded: [p.ids.A],
    })
    // Adding A back by hand lifts the exclusion.
    await p.run('segments.addMembers', { id: seg.id, participantIds: [p.ids.A] })
    expect(await members(seg.id)).toEqual(['A*', 'B', 'D*'])

    const notIn = await dispatch(p.session, 'segments.removeMembers', { id: seg.id, participantIds: [p.ids.C] })
    expect(notIn).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('refuses a rule on a clustering segment, and score conditions before scores exist', async () => {
    const p = makeProject(plantedPeople(2, 5))
    const run = await p.run('segments.run', { k: 2, resamples: 0 })
    const [first] = await p.run('segments.saveRun', { runId: run.runId })
    const r = await dispatch(p.session, 'segments.update', {
      id: first.id,
      rule: { all: [{ type: 'code', codeId: p.codes['Live re-routing'], present: true }] },
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    // Hand edits work on run segments too.
    const edited = await p.run('segments.addMembers', { id: first.id, participantIds: [p.ids['G0-0']] })
    expect(edited.manualMembers).toBe(1)
    const scored = await dispatch(p.session, 'segments.createRule', {
      name: 'Fit',
      rule: { all: [{ type: 'score', score: 'fit', op: '>=', value: 50 }] },
    })
    expect(scored).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Compute the 3D scores first/) },
    })
  })
})
