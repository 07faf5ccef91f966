import { describe, expect, it } from 'vitest'
import { adjustedRandIndex } from '../../src/main/services/segments/math/ari'
import { CancelledError } from '../../src/main/services/segments/math/control'
import { kmeans } from '../../src/main/services/segments/math/kmeans'
import { fromRows } from '../../src/main/services/segments/math/matrix'
import { mergeSmallSegments } from '../../src/main/services/segments/math/minShare'
import { segmentKMeans } from '../../src/main/services/segments/math/segment'
import { synthetic } from '../../src/main/services/segments/math/synthetic'

// Clear planted structure: 3 segments of 6 signature needs each among 24, small rating noise.
const clean = (seed: number) =>
  synthetic({ participants: 300, needs: 24, segments: 3, seed, signatureNeeds: 6, noise: 0.8, mentionRate: 0.8, backgroundRate: 0.03 })

describe('k-means', () => {
  it('finds the hand-computed centres of two obvious groups', () => {
    const r = kmeans(fromRows([[0], [1], [10], [11], [12]]), 2, { seed: 1 })
    // Largest segment first: {10, 11, 12} mean 11, {0, 1} mean 0.5; inertia 2 + 0.5.
    expect(Array.from(r.labels)).toEqual([1, 1, 0, 0, 0])
    expect(Array.from(r.centres)).toEqual([11, 0.5])
    expect(r.inertia).toBeCloseTo(2.5, 12)
  })

  it('gives identical assignments for the same seed, and the same partition for other seeds on clean data', () => {
    const data = clean(2).importance
    const a = segmentKMeans(data, { seed: 7, gap: false })
    const b = segmentKMeans(data, { seed: 7, gap: false })
    expect(Array.from(b.labels)).toEqual(Array.from(a.labels))
    expect(b.silhouette).toBe(a.silhouette)
    const c = segmentKMeans(data, { seed: 12345, gap: false })
    expect(adjustedRandIndex(a.labels, c.labels)).toBe(1)
  })

  it('recovers planted segments with k chosen automatically', () => {
    for (const seed of [1, 3]) {
      const data = clean(seed)
      const r = segmentKMeans(data.importance, { seed: 1, gap: false })
      expect(r.k).toBe(3)
      expect(adjustedRandIndex(r.labels, data.truth)).toBeGreaterThan(0.9)
      // The silhouette picked the k with the best score among the candidates it reports.
      expect(Math.max(...r.candidates.map((c) => c.silhouette))).toBe(r.silhouette)
    }
  })

  it('reports the gap statistic choice beside the silhouette', () => {
    const data = clean(3)
    const r = segmentKMeans(data.importance, { seed: 1, gap: { references: 5, sampleSize: 300 } })
    expect(r.gap!.rows.map((row) => row.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(r.gap!.k).toBe(3)
  })

  it('reports progress up to 1 and stops when cancelled', () => {
    const data = clean(1).importance
    const seen: number[] = []
    segmentKMeans(data, { seed: 1, gap: false, onProgress: (f) => seen.push(f) })
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true)
    expect(seen.at(-1)).toBe(1)
    const controller = new AbortController()
    let calls = 0
    const run = () => segmentKMeans(data, { seed: 1, signal: controller.signal, onProgress: () => ++calls === 3 && controller.abort() })
    expect(run).toThrow(CancelledError)
    expect(calls).toBe(3)
  })
})

describe('segments under the minimum share', () => {
  // 48 around 0, 48 around 10, and 4 at 7: a 4% segment, nearer the group at 10.
  const rows = [
    ...Array.from({ length: 48 }, (_, i) => [i / 100]),
    ...Array.from({ length: 48 }, (_, i) => [10 + i / 100]),
    [7],
    [7],
    [7],
    [7],
  ]

  it('are merged into the nearest remaining segment', () => {
    const kept = segmentKMeans(fromRows(rows), { k: 3, minShare: 0.03, gap: false })
    expect(kept.k).toBe(3)
    const r = segmentKMeans(fromRows(rows), { k: 3, gap: false })
    expect(r.k).toBe(2)
    expect(r.removed).toEqual([{ segment: 2, size: 4 }])
    // The four at 7 joined the group at 10, not the one at 0.
    for (const i of [96, 97, 98, 99]) expect(r.labels[i]).toBe(r.labels[50])
    expect(r.labels[0]).not.toBe(r.labels[50])
  })

  it('keeps the largest segment when every segment is too small', () => {
    const merged = mergeSmallSegments([0, 0, 1, 2], 0.6, () => 1)
    expect(Array.from(merged.labels)).toEqual([0, 0, 0, 0])
  })
})
