/**
 * 3D scores worked out by hand: fit from weighted attributes, engagement with a 90-day half-life
 * measured to the project's latest interaction, lifecycle from the stage attribute; and rules on them.
 */
import { describe, expect, it } from 'vitest'
import { makeProject } from './fixture'

function project() {
  return makeProject(
    [
      {
        label: 'X',
        attributes: { Country: 'UK', Fleet: '10', 'Lifecycle stage': 'active' },
        types: { Fleet: 'number' },
        answers: [{ text: 'Fine.', date: '2026-06-30' }],
      },
      { label: 'Y', attributes: { Country: 'Qatar', Fleet: '30', 'Lifecycle stage': 'trial' }, types: { Fleet: 'number' } },
      { label: 'Z', attributes: { Country: 'uk', Fleet: '20', 'Lifecycle stage': 'churned' }, types: { Fleet: 'number' } },
    ],
    [
      { date: '2026-04-01', turns: [['X', 'Ninety days before the latest.']] },
      { date: '2026-06-30', turns: [['Y', 'On the latest day.']] },
    ],
  )
}

describe('scores', () => {
  it('computes fit, engagement and lifecycle as three columns', async () => {
    const p = project()
    expect(await p.run('scores.get')).toBeNull()
    const t = await p.run('scores.compute', {
      fitWeights: [
        { attribute: 'Country', value: 'UK', weight: 2 },
        { attribute: 'Fleet', weight: 1 },
      ],
      engagementHalfLifeDays: 90,
    })
    expect(t.asOf).toBe('2026-06-30')
    expect(t.lifecycleAttribute).toBe('Lifecycle stage')
    const by = Object.fromEntries(t.rows.map((r) => [r.label, r]))
    // Fit: (2 × UK + 1 × fleet scaled 10→0, 30→1) / 3.
    expect(by.X.fit).toBe(66.7) // (2 + 0) / 3
    expect(by.Y.fit).toBe(33.3) // (0 + 1) / 3
    expect(by.Z.fit).toBe(83.3) // (2 + 0.5) / 3, "uk" matches "UK"
    // Engagement: X = answer on the latest day (1) + interview 90 days earlier (0.5) = 1.5, the most;
    // Y = interview on the latest day (1) → 1 / 1.5; Z never spoke.
    expect(by.X.engagement).toBe(100)
    expect(by.Y.engagement).toBe(66.7)
    expect(by.Z.engagement).toBe(0)
    expect([by.X.interactions, by.Y.interactions, by.Z.interactions]).toEqual([2, 1, 0])
    expect(by.X.lastInteraction).toBe('2026-06-30')
    expect([by.X.lifecycle, by.Y.lifecycle, by.Z.lifecycle]).toEqual(['active', 'trial', 'churned'])
    // The settings are kept: scores.get gives the same table.
    expect((await p.run('scores.get'))!.rows).toEqual(t.rows)
  })

  it('feeds score and lifecycle conditions of rule segments', async () => {
    const p = project()
    await p.run('scores.compute', {
      fitWeights: [
        { attribute: 'Country', value: 'UK', weight: 2 },
        { attribute: 'Fleet', weight: 1 },
      ],
      engagementHalfLifeDays: 90,
    })
    const labels = async (id: number) => (await p.run('segments.members', { id })).map((m) => m.label)
    const fit = await p.run('segments.createRule', {
      name: 'Good fit',
      rule: { all: [{ type: 'score', score: 'fit', op: '>=', value: 50 }] },
    })
    expect(await labels(fit.id)).toEqual(['X', 'Z'])
    const engaged = await p.run('segments.createRule', {
      name: 'Engaged, not churned',
      rule: {
        all: [
          { type: 'score', score: 'engagement', op: '>=', value: 50 },
          { type: 'lifecycle', stages: ['Active', 'trial'] },
        ],
      },
    })
    expect(await labels(engaged.id)).toEqual(['X', 'Y'])
  })

  it('says which attribute is missing or needs a value', async () => {
    const p = project()
    await expect(p.run('scores.compute', { fitWeights: [{ attribute: 'Revenue', weight: 1 }] })).rejects.toMatchObject({
      code: 'not_found',
    })
    await expect(p.run('scores.compute', { fitWeights: [{ attribute: 'Country', weight: 1 }] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/give the value/),
    })
  })
})
