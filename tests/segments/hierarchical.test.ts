import { describe, expect, it } from 'vitest'
import { adjustedRandIndex } from '../../src/main/services/segments/math/ari'
import { averageLinkage, cutTree, toDendrogram } from '../../src/main/services/segments/math/hierarchical'
import { segmentHierarchical } from '../../src/main/services/segments/math/segment'
import { synthetic } from '../../src/main/services/segments/math/synthetic'

function line(points: number[]): Float64Array {
  const n = points.length
  const d = new Float64Array(n * n)
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) d[a * n + b] = Math.abs(points[a] - points[b])
  return d
}

describe('average linkage', () => {
  it('merges as computed by hand', () => {
    // 0, 1, 5, 7: {0,1} at 1, {5,7} at 2, then the mean of |0−5|, |0−7|, |1−5|, |1−7| = 5.5.
    const merges = averageLinkage(line([0, 1, 5, 7]), 4)
    expect(merges.map((m) => m.height)).toEqual([1, 2, 5.5])
    expect(merges.map((m) => [m.a, m.b])).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ])
    expect(Array.from(cutTree(merges, 4, 2))).toEqual([0, 0, 1, 1])
    expect(Array.from(cutTree(merges, 4, 3))).toEqual([0, 0, 1, 2])
  })

  it('uses the average, not the nearest, distance between groups', () => {
    // 0, 2 | 5, 6 | 20: {0,2} and {5,6} merge at the mean of 5, 6, 3, 4 = 4.5 (single linkage would
    // say 3, complete 6); then 20 joins at the mean of 20, 18, 15, 14 = 16.75.
    const merges = averageLinkage(line([0, 2, 5, 6, 20]), 5)
    expect(merges.map((m) => m.height)).toEqual([1, 2, 4.5, 16.75])
  })

  it('exposes the dendrogram for drawing', () => {
    const merges = averageLinkage(line([0, 1, 5, 7]), 4)
    const root = toDendrogram(merges, 4)
    expect(root.height).toBe(5.5)
    expect(root.size).toBe(4)
    expect(root.children.map((c) => c.children.map((l) => l.index))).toEqual([
      [0, 1],
      [2, 3],
    ])
  })

  it('recovers planted segments from yes/no need presence', () => {
    const data = synthetic({
      participants: 300,
      needs: 24,
      segments: 3,
      seed: 2,
      signatureNeeds: 6,
      mentionRate: 0.8,
      backgroundRate: 0.03,
    })
    const r = segmentHierarchical(data.presence, { seed: 1, gap: false })
    expect(r.k).toBe(3)
    expect(adjustedRandIndex(r.labels, data.truth)).toBeGreaterThan(0.9)
    const again = segmentHierarchical(data.presence, { seed: 1, gap: false })
    expect(Array.from(again.labels)).toEqual(Array.from(r.labels))
  })
})
