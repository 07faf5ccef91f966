/**
 * segments.explain on a six-person project whose numbers are worked out by hand (see the comments):
 * lift, opportunity within the segment and for everyone, urgency, attribute profile, representatives
 * and the suggested name.
 */
import { describe, expect, it } from 'vitest'
import { makeProject, type PersonSpec } from './fixture'

const north = { Region: 'North' }
const south = { Region: 'South' }
const people: PersonSpec[] = [
  {
    label: 'P1',
    attributes: north,
    ratings: { Speed: [5, 1], Price: [2, 5] },
    answers: [
      {
        text: 'We need it live by 1 May or we lose the contract.',
        codes: [{ words: 'by 1 May', code: 'Go-live', kind: 'deadline', dueDate: '2026-05-01' }],
      },
    ],
  },
  {
    label: 'P2',
    attributes: north,
    ratings: { Speed: [4, 2], Price: [1, 4] },
    answers: [
      {
        text: 'Last week the server was down all morning.',
        codes: [{ words: 'the server was down', code: 'Outage', kind: 'emergency', severity: 4 }],
      },
    ],
  },
  { label: 'P3', attributes: north, ratings: { Speed: [2, 4], Price: [2, 5] } },
  {
    label: 'P4',
    attributes: south,
    ratings: { Speed: [1, 5], Price: [5, 1] },
    answers: [
      {
        text: 'Budget is signed off by 1 April.',
        codes: [{ words: 'by 1 April', code: 'Go-live', kind: 'deadline', dueDate: '2026-04-01' }],
      },
    ],
  },
  { label: 'P5', attributes: south, ratings: { Speed: [2, 5], Price: [4, 2] } },
  { label: 'P6', attributes: south, ratings: { Speed: [3, 5], Price: [5, 2] } },
]

describe('segments.explain', () => {
  it('explains a rule segment with hand-checked lift, opportunity, urgency and profile', async () => {
    const p = makeProject(people)
    const seg = await p.run('segments.createRule', {
      name: 'North',
      rule: { all: [{ type: 'attribute', attribute: 'Region', op: 'equals', value: 'north' }] },
    })
    const x = await p.run('segments.explain', { segmentId: seg.id, today: '2026-04-15' })
    expect(x.size).toBe(3)
    expect(x.base).toBe(6)
    expect(x.share).toBe(0.5)

    const speed = x.opportunities.find((n) => n.code === 'Speed')!
    // In the segment: importance 5,4,2 → 2 of 3 rate 4-5 → 6.67; satisfaction 1,2,4 → 1 of 3 → 3.33;
    // opportunity 6.67 + (6.67 − 3.33) = 10. Everyone: importance 2 of 6 → 3.33, satisfaction 4 of 6 → 6.67,
    // opportunity 3.33 + 0 = 3.33. Unmet (important, satisfaction < 4): P1, P2 of the segment, nobody else → lift (2/3)/(2/6) = 2.
    expect(speed.importance).toBeCloseTo(20 / 3, 10)
    expect(speed.satisfaction).toBeCloseTo(10 / 3, 10)
    expect(speed.opportunity).toBeCloseTo(10, 10)
    expect(speed.overallOpportunity).toBeCloseTo(10 / 3, 10)
    expect(speed.lift).toBe(2)
    expect(speed.count).toBe(2)
    // Price: nobody here finds it important (opportunity 0); everyone: importance 3/6 → 5, satisfaction 3/6 → 5 → 5.
    const price = x.opportunities.find((n) => n.code === 'Price')!
    expect(price.opportunity).toBe(0)
    expect(price.overallOpportunity).toBe(5)
    expect(price.lift).toBe(0)
    expect(x.opportunities.map((n) => n.code)).toEqual(['Speed', 'Price'])
    expect(x.topNeedsByLift.map((n) => [n.code, n.lift])).toEqual([['Speed', 2]])

    expect(x.urgency).toMatchObject({
      deadlineShare: 1 / 3,
      emergencyShare: 1 / 3,
      overallDeadlineShare: 2 / 6,
      overallEmergencyShare: 1 / 6,
    })
    expect(x.urgency.nearestDeadlines).toEqual([
      { dueDate: '2026-05-01', past: false, participant: 'P1', quote: 'by 1 May', highlightId: expect.any(Number) },
    ])

    expect(x.attributes.slice(0, 2)).toEqual([
      { attribute: 'Region', value: 'North', segmentShare: 1, overallShare: 0.5, difference: 0.5 },
      { attribute: 'Region', value: 'South', segmentShare: 0, overallShare: 0.5, difference: -0.5 },
    ])
    expect(x.representatives.map((r) => r.label).sort()).toEqual(['P1', 'P2', 'P3'])
    const p1 = x.representatives.find((r) => r.label === 'P1')!
    expect(p1.quotes[0]).toMatchObject({ text: 'by 1 May', context: 'Go-live' })
    // Price is served in this segment (opportunity 0 < 10): the name speaks only of Speed, as a strategist would.
    expect(x.suggestedName).toBe('Speed first')
  })

  it('names, renames and deletes a saved run segment; explains it against the run’s participants', async () => {
    const p = makeProject(people)
    const preview = await p.run('segments.run', { k: 2, resamples: 0 })
    const saved = await p.run('segments.saveRun', { runId: preview.runId })
    const south = saved.find((s) => s.definition.kind === 'run' && s.definition.topNeeds[0]?.code === 'Price')!
    expect(south.name).toBe('Price first')
    const x = await p.run('segments.explain', { segmentId: south.id })
    expect(x.base).toBe(6)
    expect(x.opportunities[0]).toMatchObject({ code: 'Price', lift: 2 })
    const renamed = await p.run('segments.rename', { id: south.id, name: 'Price-sensitive south' })
    expect(renamed.name).toBe('Price-sensitive south')
    expect((await p.run('segments.list')).find((s) => s.id === south.id)!.name).toBe('Price-sensitive south')
    await p.run('segments.delete', { id: south.id })
    await expect(p.run('segments.explain', { segmentId: south.id })).rejects.toMatchObject({ code: 'not_found' })
  })
})
