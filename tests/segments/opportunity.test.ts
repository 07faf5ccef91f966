import { describe, expect, it } from 'vitest'
import { opportunity, opportunityByNeed, opportunityBySegment, topTwoBoxScore, type Rating } from '../../src/shared/analysis/opportunity'

const ratings = (need: number, imp: (number | null)[], sat: (number | null)[], from = 0): Rating[] =>
  imp.map((importance, i) => ({ participant: from + i, need, importance, satisfaction: sat[i] }))

describe('opportunity score', () => {
  it('scores ten ratings by hand', () => {
    // importance 4-5: 7 of 10 → 7; satisfaction 4-5: 2 of 10 → 2; opportunity 7 + (7 − 2) = 12.
    const r = ratings(1, [5, 5, 4, 4, 4, 3, 2, 5, 4, 1], [2, 3, 4, 1, 5, 2, 3, 2, 1, 2])
    const [need] = opportunityByNeed(r)
    expect(need).toMatchObject({ need: 1, importance: 7, satisfaction: 2, opportunity: 12, importanceCount: 10 })
  })

  it('does not subtract when a need is over-served', () => {
    // importance 3 of 10 → 3, satisfaction 8 of 10 → 8: opportunity 3 + max(−5, 0) = 3.
    const r = ratings(2, [5, 4, 4, 1, 1, 2, 3, 3, 2, 1], [5, 5, 5, 5, 4, 4, 4, 4, 1, 2])
    expect(opportunityByNeed(r)[0].opportunity).toBe(3)
    expect(opportunity(10, 0)).toBe(20)
  })

  it('leaves missing ratings out of their share only', () => {
    expect(topTwoBoxScore([5, null, 1, 4])).toBeCloseTo(10 * (2 / 3), 12)
    expect(topTwoBoxScore([null])).toBeNull()
    const [need] = opportunityByNeed(ratings(3, [5, 5], [null, null]))
    expect(need.importance).toBe(10)
    expect(need.opportunity).toBeNull()
  })

  it('reveals within segments an unmet need that pooling hides', () => {
    // Segment 0: all rate need 9 critical and unserved (20); segment 1: unimportant and served (0).
    // Pooled: importance 5, satisfaction 5 → 5, which would hide segment 0's extreme opportunity.
    const r = [...ratings(9, [5, 5, 5, 5, 5], [1, 1, 1, 1, 1], 0), ...ratings(9, [1, 1, 1, 1, 1], [5, 5, 5, 5, 5], 5)]
    expect(opportunityByNeed(r)[0].opportunity).toBe(5)
    const segmentOf = new Map(Array.from({ length: 10 }, (_, p) => [p, p < 5 ? 0 : 1]))
    const bySegment = opportunityBySegment(r, segmentOf)
    expect(bySegment.get(0)![0].opportunity).toBe(20)
    expect(bySegment.get(1)![0].opportunity).toBe(0)
  })

  it('orders needs by opportunity, highest first', () => {
    const r = [...ratings(1, [1, 1], [5, 5]), ...ratings(2, [5, 5], [1, 1]), ...ratings(3, [5, 5], [5, 5])]
    expect(opportunityByNeed(r).map((n) => n.need)).toEqual([2, 3, 1])
  })
})
