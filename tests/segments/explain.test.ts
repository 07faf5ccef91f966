import { describe, expect, it } from 'vitest'
import {
  medoidRepresentatives,
  needLifts,
  representatives,
  segmentName,
  segmentNames,
  topNeedsByLift,
  urgency,
} from '../../src/main/services/segments/math/explain'

describe('explaining a segment', () => {
  // Ten participants; need 7 is held by 0, 1, 2 and 9; the segment is 0-3.
  const needsOf = [[7, 1], [7], [7, 7], [2], [1], [1], [], [2], [], [7]]
  const members = [0, 1, 2, 3]

  it('computes lift against everyone by hand', () => {
    const lift7 = needLifts(needsOf, members).find((l) => l.need === 7)!
    // Segment share 3/4, overall 4/10 → lift 1.875; a repeated code counts once per participant.
    expect(lift7).toEqual({ need: 7, count: 3, segmentShare: 0.75, overallShare: 0.4, lift: 1.875 })
    const lift1 = needLifts(needsOf, members).find((l) => l.need === 1)!
    expect(lift1.lift).toBeCloseTo(0.25 / 0.3, 12)
  })

  it('ranks needs by lift, dropping single mentions and needs the segment has less than everyone', () => {
    const lifts = needLifts(needsOf, members)
    // Need 2: one member of four (lift 1.25) — a single mention; need 1: lift below 1.
    expect(topNeedsByLift(lifts).map((l) => l.need)).toEqual([7])
    expect(topNeedsByLift(lifts, 5, 1).map((l) => l.need)).toEqual([7, 2])
  })

  it('measures urgency as shares of members with deadlines and emergencies', () => {
    const deadline = [true, false, true, false, true, true, true, true, true, true]
    const emergency = [false, false, false, true, false, false, false, false, false, false]
    const due = [['2026-03-01'], [], ['2026-01-15', '2025-12-01'], [], ['2026-01-01']]
    const u = urgency(members, deadline, emergency, due, { today: '2026-01-01' })
    expect(u).toEqual({ deadlineShare: 0.5, emergencyShare: 0.25, nearestDeadlines: ['2026-01-15', '2026-03-01'] })
  })

  it('picks representatives nearest the centre', () => {
    const rows = [
      [0, 0],
      [5, 5],
      [1, 1],
      [0.9, 1.2],
      [9, 9],
    ]
    expect(representatives(rows, [0, 1, 2, 3], [1, 1], 2)).toEqual([2, 3])
    // Medoids on a distance matrix: 1 is between 0 and 2.
    const d = [0, 1, 2, 1, 0, 1, 2, 1, 0]
    expect(medoidRepresentatives(d, 3, [0, 1, 2], 1)).toEqual([1])
  })

  it('names a segment as a strategist would: what its members put first, over what they care less about', () => {
    expect(segmentName(['fast payouts', 'offline mode', 'dark theme'])).toBe('Fast payouts first')
    expect(segmentName(['fast payouts', 'offline mode'], 'Segment 1', 'en', 'Dark theme')).toBe('Fast payouts over dark theme')
    expect(segmentName(['fast payouts'])).toBe('Fast payouts first')
    // Acronyms keep their capitals; a name stays short (at most 40 characters), clipped at a word when nothing shorter fits.
    expect(segmentName(['Speed'], 'Segment 1', 'en', 'VAT returns')).toBe('Speed over VAT returns')
    expect(segmentName(['Re-route live when plans change'], 'Segment 1', 'en', 'Take payment on the job')).toBe(
      'Re-route live when plans change first',
    )
    // Too long for "first": the need alone, never the second need in its place.
    expect(segmentName(['Match jobs to skills and certificates', 'Take payment on the job'])).toBe('Match jobs to skills and certificates')
    const long = segmentName(['Match every job to the skills and certificates of the driver on duty'])
    expect(long.length).toBeLessThanOrEqual(40)
    expect(long).toMatch(/^Match every job to the skills and\b.*…$/)
    expect(segmentName([], 'Segment 3')).toBe('Segment 3')
    // Alternatives, so two segments with the same top need never share a name.
    expect(new Set(segmentNames(['Speed', 'Price', 'Support'], 'Segment 1', 'en', 'Training')).size).toBeGreaterThanOrEqual(4)
  })
})
