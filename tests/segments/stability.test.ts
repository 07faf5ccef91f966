import { describe, expect, it } from 'vitest'
import { matrix } from '../../src/main/services/segments/math/matrix'
import { mulberry32 } from '../../src/main/services/segments/math/random'
import { hierarchicalRecluster, kmeansRecluster, segmentHierarchical, segmentKMeans } from '../../src/main/services/segments/math/segment'
import { bootstrapStability, seedAgreement, stabilityBadge } from '../../src/main/services/segments/math/stability'
import { synthetic } from '../../src/main/services/segments/math/synthetic'
import { kmeans } from '../../src/main/services/segments/math/kmeans'

const planted = synthetic({
  participants: 240,
  needs: 24,
  segments: 3,
  seed: 4,
  signatureNeeds: 6,
  noise: 0.8,
  mentionRate: 0.8,
  backgroundRate: 0.03,
})

describe('bootstrap stability (Hennig clusterwise Jaccard)', () => {
  it('is high for every segment of well-separated planted data', () => {
    const r = segmentKMeans(planted.importance, { seed: 1, gap: false })
    const s = bootstrapStability(r.labels, kmeansRecluster(r.standardized.matrix, r.requestedK), { resamples: 20, seed: 1 })
    expect(s.jaccard).toHaveLength(3)
    for (const j of s.jaccard) expect(j).toBeGreaterThan(0.9)
    expect(s.badges).toEqual(['stable', 'stable', 'stable'])
  })

  it('is high for hierarchical segments of planted presence data', () => {
    const r = segmentHierarchical(planted.presence, { seed: 1, gap: false })
    const s = bootstrapStability(r.labels, hierarchicalRecluster(r.distances, 240, r.requestedK), { resamples: 10, seed: 1 })
    for (const j of s.jaccard) expect(j).toBeGreaterThan(0.75)
  })

  it('is low on uniform noise, where any split is arbitrary', () => {
    const random = mulberry32(8)
    const noise = matrix(
      240,
      8,
      Float64Array.from({ length: 240 * 8 }, () => random()),
    )
    const labels = kmeans(noise, 4, { seed: 1, restarts: 3 }).labels
    const s = bootstrapStability(labels, kmeansRecluster(noise, 4, 0), { resamples: 20, seed: 1 })
    expect(Math.max(...s.jaccard)).toBeLessThan(0.75)
    expect(s.jaccard.reduce((a, b) => a + b) / 4).toBeLessThan(0.6)
  })

  it('stops resampling once no badge can change, with the badges that all 100 resamples give', () => {
    const r = segmentKMeans(planted.importance, { seed: 1, gap: false })
    const recluster = kmeansRecluster(r.standardized.matrix, r.requestedK)
    const early = bootstrapStability(r.labels, recluster, { resamples: 100, seed: 1 })
    const full = bootstrapStability(r.labels, recluster, { resamples: 100, minResamples: 100, seed: 1 })
    expect(full.resamples).toBe(100)
    expect(early.resamples).toBeLessThan(50)
    expect(early.resamples).toBeGreaterThanOrEqual(20)
    expect(early.badges).toEqual(full.badges)
    early.jaccard.forEach((j, c) => expect(Math.abs(j - full.jaccard[c])).toBeLessThan(0.05))
  })

  it('keeps resampling while a segment sits near a threshold', () => {
    // Re-clustering that alternates between finding both halves (Jaccard 1) and lumping everyone
    // together (about ½): the mean sits on the 0.75 threshold, so no number of resamples settles it.
    const labels = Array.from({ length: 200 }, (_, i) => (i < 100 ? 0 : 1))
    let calls = 0
    const alternating = (idx: Int32Array) => (calls++ % 2 === 0 ? Array.from(idx, (i) => labels[i]) : new Int32Array(idx.length))
    const s = bootstrapStability(labels, alternating, { resamples: 100, seed: 1 })
    s.jaccard.forEach((j) => expect(Math.abs(j - 0.75)).toBeLessThan(0.02))
    expect(s.resamples).toBe(100)
  })

  it('is deterministic for a seed', () => {
    const r = segmentKMeans(planted.importance, { seed: 1, k: 3, gap: false })
    const recluster = kmeansRecluster(r.standardized.matrix, 3)
    expect(bootstrapStability(r.labels, recluster, { resamples: 5, seed: 3 })).toEqual(
      bootstrapStability(r.labels, recluster, { resamples: 5, seed: 3 }),
    )
  })

  it('is 1 when re-clustering finds the same segments under other names, about ½ when it lumps two halves', () => {
    const labels = Array.from({ length: 100 }, (_, i) => (i < 50 ? 0 : 1))
    const renamed = bootstrapStability(labels, (idx) => Array.from(idx, (i) => 7 - labels[i]), { resamples: 10, seed: 1 })
    expect(renamed.jaccard).toEqual([1, 1])
    // One bootstrap cluster holding everyone drawn: Jaccard = |C ∩ drawn| / |drawn| ≈ 50/100 for each half.
    const lumped = bootstrapStability(labels, (idx) => new Int32Array(idx.length), { resamples: 30, seed: 1 })
    for (const j of lumped.jaccard) {
      expect(j).toBeGreaterThan(0.4)
      expect(j).toBeLessThan(0.6)
    }
    expect(lumped.badges).toEqual(['unreliable', 'unreliable'])
  })

  it('badges at Hennig thresholds', () => {
    expect([0.75, 0.749, 0.6, 0.599].map(stabilityBadge)).toEqual(['stable', 'doubtful', 'doubtful', 'unreliable'])
  })

  it('measures agreement across seeds with the adjusted Rand index', () => {
    const z = segmentKMeans(planted.importance, { seed: 1, k: 3, gap: false }).standardized.matrix
    expect(seedAgreement((seed) => kmeans(z, 3, { seed, restarts: 1 }).labels, [1, 2, 3]).meanAri).toBe(1)
    const random = mulberry32(8)
    const noise = matrix(
      200,
      6,
      Float64Array.from({ length: 1200 }, () => random()),
    )
    expect(seedAgreement((seed) => kmeans(noise, 6, { seed, restarts: 1 }).labels, [1, 2, 3, 4]).meanAri).toBeLessThan(0.9)
  })
})
