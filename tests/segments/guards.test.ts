/**
 * Rules of the segmentation that a plausible edit could break while every other test stays green:
 * k-means++ seeding (not uniform), the contract's default smallest-segment share, and that share
 * applied in hierarchical runs too. Each test plants data where breaking the rule changes the answer.
 */
import { describe, expect, it } from 'vitest'
import { runOptionsSchema } from '../../src/shared/contract/segments'
import { compute, type ComputeRequest } from '../../src/main/services/segments/compute'
import { kmeans, seedCentres } from '../../src/main/services/segments/math/kmeans'
import { fromRows } from '../../src/main/services/segments/math/matrix'
import { mulberry32 } from '../../src/main/services/segments/math/random'

/** 95 rows near the origin and 5 far away: uniform seeding rarely picks a far row, D² seeding almost always does. */
function denseAndFar() {
  const rows: number[][] = []
  for (let i = 0; i < 95; i++) rows.push([(i % 10) * 0.01, Math.floor(i / 10) * 0.01])
  for (let i = 0; i < 5; i++) rows.push([100 + i * 0.01, 100])
  return fromRows(rows)
}

describe('k-means++ seeding', () => {
  it('puts a second centre on a small far group almost every time (uniform seeding would about 1 time in 10)', () => {
    const m = denseAndFar()
    let reached = 0
    const draws = 200
    for (let s = 1; s <= draws; s++) {
      const c = seedCentres(m, 2, mulberry32(s))
      if (c[0] > 50 || c[2] > 50) reached++
    }
    // D² weighting: once a dense row is a centre, the far rows hold ~99.9% of the potential.
    // Uniform seeding reaches the far group with probability 1 - (95/100)² ≈ 0.10.
    expect(reached / draws).toBeGreaterThan(0.95)
  })

  it('with one restart, still finds the small far group as its own segment', () => {
    const m = denseAndFar()
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = kmeans(m, 2, { seed, restarts: 1 })
      expect(Array.from(r.labels.slice(95)), `seed ${seed}`).toEqual([1, 1, 1, 1, 1])
      expect(
        Array.from(r.labels.slice(0, 95)).every((l) => l === 0),
        `seed ${seed}`,
      ).toBe(true)
    }
  })
})

/** Two groups of 30 and one participant apart (1.6%): the planted too-small segment. */
function plantedWithTiny(): { numeric: Float64Array; presence: Uint8Array; rows: number } {
  const rows = 61
  const numeric = new Float64Array(rows * 2)
  const presence = new Uint8Array(rows * 6)
  for (let i = 0; i < rows; i++) {
    const group = i < 30 ? 0 : i < 60 ? 1 : 2
    const jitter = ((i * 7) % 5) * 0.05
    numeric.set(group === 0 ? [jitter, 0] : group === 1 ? [10 + jitter, 0] : [0, 10], i * 2)
    // Yes/no needs: group 0 has needs 0-1, group 1 needs 2-3, the lone one needs 4-5; every third of a group also need 0/2.
    const needs = group === 0 ? [0, 1] : group === 1 ? [2, 3] : [4, 5]
    for (const n of needs) presence[i * 6 + n] = 1
    if (group < 2 && i % 3 === 0) presence[i * 6 + (group === 0 ? 2 : 0)] = 1
  }
  return { numeric, presence, rows }
}

function request(method: 'kmeans' | 'hierarchical', options: Record<string, unknown>): ComputeRequest {
  const data = plantedWithTiny()
  // The options a researcher gets when they do not touch the settings: the contract's defaults.
  const o = runOptionsSchema.parse({ method, k: 3, resamples: 0, ...options })
  return {
    method,
    k: o.k,
    seed: o.seed,
    minShare: o.minShare,
    resamples: o.resamples,
    rows: data.rows,
    cols: 2,
    values: data.numeric,
    binaryCols: 6,
    presence: data.presence,
  }
}

describe('the smallest segment share', () => {
  for (const method of ['kmeans', 'hierarchical'] as const) {
    it(`${method}: by default a segment under 5% is merged into its nearest one`, () => {
      const r = compute(request(method, {}))
      expect(r.removed).toEqual([{ segment: 2, size: 1 }])
      expect(r.k).toBe(2)
      const sizes = [0, 1].map((s) => r.labels.filter((l) => l === s).length)
      expect(Math.min(...sizes) / 61).toBeGreaterThanOrEqual(0.05)
    })

    it(`${method}: with the share set to 0, the lone participant keeps a segment of their own`, () => {
      const r = compute(request(method, { minShare: 0 }))
      expect(r.removed).toEqual([])
      expect(r.k).toBe(3)
      expect(r.labels.filter((l) => l === r.labels[60]).length).toBe(1)
    })
  }
})
