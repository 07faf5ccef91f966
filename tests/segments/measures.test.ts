import { describe, expect, it } from 'vitest'
import { adjustedRandIndex } from '../../src/main/services/segments/math/ari'
import { jaccardDistances } from '../../src/main/services/segments/math/jaccard'
import { fromRows } from '../../src/main/services/segments/math/matrix'
import { mulberry32 } from '../../src/main/services/segments/math/random'
import { euclideanTable, silhouette, tableFromDistances } from '../../src/main/services/segments/math/silhouette'
import { standardize } from '../../src/main/services/segments/math/standardize'

describe('silhouette', () => {
  it('matches a two-segment example computed by hand', () => {
    // Points 0, 1 | 4, 6 on a line.
    // s(0) = (5 − 1)/5, s(1) = (4 − 1)/4, s(4) = (3.5 − 2)/3.5, s(6) = (5.5 − 2)/5.5
    const table = euclideanTable(fromRows([[0], [1], [4], [6]]))
    const result = silhouette(table, [0, 0, 1, 1])
    const byHand = [0.8, 0.75, 3 / 7, 7 / 11]
    byHand.forEach((v, i) => expect(result.values[i]).toBeCloseTo(v, 12))
    expect(result.mean).toBeCloseTo((0.8 + 0.75 + 3 / 7 + 7 / 11) / 4, 12)
  })

  it('scores a one-person segment 0 and a bad split negative', () => {
    const table = euclideanTable(fromRows([[0], [1], [10]]))
    expect(silhouette(table, [0, 0, 1]).values[2]).toBe(0)
    // {0, 10} vs {1}: point 0 is nearer the other segment than its own → s(0) = (1 − 10)/10.
    expect(silhouette(table, [0, 1, 0]).values[0]).toBeCloseTo(-0.9, 12)
  })

  it('samples large data with the seed, and agrees with the exact value closely', () => {
    const random = mulberry32(3)
    const rows = Array.from({ length: 400 }, (_, i) => [(i % 2) * 4 + random(), random()])
    const labels = rows.map((_, i) => i % 2)
    const exact = silhouette(euclideanTable(fromRows(rows)), labels).mean
    const sampled = silhouette(euclideanTable(fromRows(rows), { exactLimit: 100, sampleSize: 100, seed: 9 }), labels)
    expect(sampled.indices.length).toBe(100)
    expect(Math.abs(sampled.mean - exact)).toBeLessThan(0.03)
    const again = silhouette(euclideanTable(fromRows(rows), { exactLimit: 100, sampleSize: 100, seed: 9 }), labels)
    expect(again.mean).toBe(sampled.mean)
  })

  it('works from a precomputed (Jaccard) distance matrix', () => {
    const d = jaccardDistances([
      [1, 1, 0, 0],
      [1, 1, 1, 0],
      [0, 0, 1, 1],
      [0, 0, 1, 1],
    ])
    // Within {0,1}: 1 − 2/3 = 1/3; from 0 to 2 and 3: 1; from 1 to 2 and 3: 1 − 1/4 = 3/4.
    const s = silhouette(tableFromDistances(d, 4), [0, 0, 1, 1])
    expect(s.values[0]).toBeCloseTo((1 - 1 / 3) / 1, 12)
    expect(s.values[1]).toBeCloseTo((3 / 4 - 1 / 3) / (3 / 4), 12)
  })
})

describe('adjusted Rand index', () => {
  it('is 1 for identical and for renamed partitions', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 2, 2])).toBe(1)
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 9, 9, 1, 1])).toBe(1)
  })

  it('matches a hand-computed contingency table', () => {
    // a = {0,1,2}{3,4,5}, b = {0,1}{2,3}{4,5}: Σ C(n_ij,2) = 2, Σ C(a_i,2) = 6, Σ C(b_j,2) = 3, C(6,2) = 15,
    // E = 6·3/15 = 1.2, max = 4.5 → (2 − 1.2)/(4.5 − 1.2) = 8/33.
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(8 / 33, 12)
  })

  it('is about 0 for independent labelings', () => {
    const random = mulberry32(11)
    const a = Array.from({ length: 3000 }, () => Math.floor(random() * 4))
    const b = Array.from({ length: 3000 }, () => Math.floor(random() * 4))
    expect(Math.abs(adjustedRandIndex(a, b))).toBeLessThan(0.01)
  })
})

describe('Jaccard distance', () => {
  it('ignores shared absences and treats two empty rows as identical', () => {
    const d = jaccardDistances([
      [1, 1, 1, 0, 0],
      [0, 1, 1, 1, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ])
    expect(d[0 * 4 + 1]).toBeCloseTo(1 - 2 / 4, 12)
    expect(d[0 * 4 + 2]).toBe(1)
    expect(d[2 * 4 + 3]).toBe(0)
  })

  it('packs more than 32 needs correctly', () => {
    const a = new Array(70).fill(0)
    const b = new Array(70).fill(0)
    a[0] = a[40] = a[69] = 1
    b[40] = b[69] = b[33] = 1
    expect(jaccardDistances([a, b])[1]).toBeCloseTo(1 - 2 / 4, 12)
  })
})

describe('standardize', () => {
  it('gives z-scores and zeros a constant column', () => {
    const { matrix, sds } = standardize(
      fromRows([
        [1, 7],
        [2, 7],
        [3, 7],
      ]),
    )
    const z = Math.sqrt(3 / 2) // (3 − 2) / sqrt(2/3)
    expect(Array.from(matrix.data).map((v) => +v.toFixed(9))).toEqual([-z, 0, 0, 0, z, 0].map((v) => +v.toFixed(9)))
    expect(sds[1]).toBe(0)
  })
})
