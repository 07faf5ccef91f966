/**
 * Chart data for the Segments screen, on a project small enough to count by hand: sizes, the
 * opportunity heatmap (the same numbers explain gives), the landscape with an "Everyone" series,
 * participant-level code co-occurrence and the code × attribute crosstab — each with its CSV.
 */
import { describe, expect, it } from 'vitest'
import { makeProject, type PersonSpec } from './fixture'

const said = (text: string, ...codes: string[]) => ({ text, codes: codes.map((c) => ({ words: c.toLowerCase(), code: c })) })
const people: PersonSpec[] = [
  {
    label: 'P1',
    attributes: { Region: 'North' },
    ratings: { Speed: [5, 1] },
    answers: [said('speed and price and trust', 'Speed', 'Price')],
  },
  { label: 'P2', attributes: { Region: 'North' }, ratings: { Speed: [4, 2] }, answers: [said('speed again', 'Speed')] },
  { label: 'P3', attributes: { Region: 'South' }, ratings: { Speed: [1, 5] }, answers: [said('price only', 'Price')] },
  { label: 'P4', attributes: { Region: 'South' }, ratings: { Speed: [2, 4] }, answers: [said('speed and price', 'Speed', 'Price')] },
]

describe('segments.charts', () => {
  it('gives sizes, heatmap, landscape, co-occurrence and crosstab for chosen segments, each as CSV', async () => {
    const p = makeProject(people)
    const north = await p.run('segments.createRule', {
      name: 'North',
      rule: { all: [{ type: 'attribute', attribute: 'Region', op: 'equals', value: 'North' }] },
    })
    const south = await p.run('segments.createRule', {
      name: 'South',
      rule: { all: [{ type: 'attribute', attribute: 'Region', op: 'equals', value: 'South' }] },
    })
    const c = await p.run('segments.charts', { segmentIds: [north.id, south.id] })

    expect(c.sizes.rows).toEqual([
      { segmentId: north.id, name: 'North', size: 2, share: 0.5 },
      { segmentId: south.id, name: 'South', size: 2, share: 0.5 },
    ])
    expect(c.sizes.csv).toBe('\uFEFFsegment,size,share\r\nNorth,2,0.5\r\nSouth,2,0.5\r\n')

    // North: importance 5,4 → 10, satisfaction 1,2 → 0 → 20. South: importance 1,2 → 0, satisfaction 5,4 → 10 → 0.
    expect(c.heatmap.needs).toEqual([{ id: p.codes.Speed, name: 'Speed' }])
    expect(c.heatmap.cells).toEqual([
      { segmentId: north.id, needId: p.codes.Speed, opportunity: 20 },
      { segmentId: south.id, needId: p.codes.Speed, opportunity: 0 },
    ])
    expect(c.heatmap.csv).toBe('\uFEFFsegment,Speed\r\nNorth,20\r\nSouth,0\r\n')
    const explained = await p.run('segments.explain', { segmentId: north.id })
    expect(explained.opportunities[0].opportunity).toBe(20)

    // Everyone: importance 2 of 4 → 5, satisfaction 2 of 4 → 5 → opportunity 5.
    expect(c.landscape.points.map((x) => [x.segment, x.importance, x.satisfaction, x.opportunity])).toEqual([
      ['Everyone', 5, 5, 5],
      ['North', 10, 0, 20],
      ['South', 0, 10, 0],
    ])
    expect(c.landscape.csv.split('\r\n')[0]).toBe('\uFEFFsegment,need,importance,satisfaction,opportunity')

    // Participants with each code: Speed P1 P2 P4, Price P1 P3 P4; both: P1 P4.
    expect(c.cooccurrence.codes.map((x) => x.name)).toEqual(['Speed', 'Price'])
    expect(c.cooccurrence.matrix).toEqual([
      [3, 2],
      [2, 3],
    ])
    expect(c.cooccurrence.csv).toBe('\uFEFFcode,Speed,Price\r\nSpeed,3,2\r\nPrice,2,3\r\n')

    expect(c.crosstab.attribute).toBe('Region')
    expect(c.crosstab.values).toEqual(['North', 'South'])
    expect(c.crosstab.rows.map((r) => [r.code, r.counts])).toEqual([
      ['Speed', [2, 1]],
      ['Price', [1, 2]],
    ])
    expect(c.crosstab.csv).toBe('\uFEFFcode,North,South\r\nSpeed,2,1\r\nPrice,1,2\r\n')
  })

  it('defaults to the latest saved run, and is empty (not an error) before any run', async () => {
    const p = makeProject(people)
    const empty = await p.run('segments.charts', {})
    expect(empty.segments).toEqual([])
    expect(empty.sizes.rows).toEqual([])
    const saved = await p.run('segments.saveRun', { runId: (await p.run('segments.run', { k: 2, resamples: 0 })).runId })
    const c = await p.run('segments.charts', {})
    expect(c.segments.map((s) => s.id)).toEqual(saved.map((s) => s.id))
    expect(c.sizes.rows.reduce((n, r) => n + r.size, 0)).toBe(4)
    await expect(p.run('segments.charts', { runId: 'not-a-run' })).rejects.toMatchObject({ code: 'not_found' })
  })
})
