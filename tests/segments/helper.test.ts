import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { compute, type ComputeRequest } from '../../src/main/services/segments/compute'
import { helperOffload, type HelperOffload } from '../../src/main/services/segments/helper'
import { adjustedRandIndex } from '../../src/main/services/segments/math/ari'
import type { Matrix } from '../../src/main/services/segments/math/matrix'
import { synthetic } from '../../src/main/services/segments/math/synthetic'

// Planted: 4 needs-based segments among 1,500 participants × 16 needs (2% random answerers).
const data = synthetic({ participants: 1500, needs: 16, segments: 4, seed: 11, outlierShare: 0.02 })
const request: ComputeRequest = {
  method: 'kmeans',
  k: 'auto',
  seed: 3,
  minShare: 0.05,
  resamples: 30,
  rows: 1500,
  cols: 16,
  values: data.importance.data,
  binaryCols: 0,
  presence: new Uint8Array(0),
}

describe('segmentation on two cores', () => {
  it('gives exactly the one-thread result while the helper thread does part of the work', () => {
    const alone = compute(request)
    let helper: HelperOffload | null = null
    const both = compute(request, {
      // Small enough to run in seconds, so the helper is asked for below its usual size threshold.
      offload: (z: Matrix) => (helper = helperOffload(z, { minCells: 0 })),
    })
    // The planted segments come back either way…
    expect(both.k).toBe(4)
    expect(adjustedRandIndex(both.labels, data.truth)).toBeGreaterThan(0.8)
    // …and the split changes nothing a researcher sees: same segments, scores, stability, agreement.
    expect(Array.from(both.labels)).toEqual(Array.from(alone.labels))
    expect(both.candidates).toEqual(alone.candidates)
    expect(both.gapK).toBe(alone.gapK)
    expect(both.stability).toEqual(alone.stability)
    expect(both.seedAgreement).toBe(alone.seedAgreement)
    if (availableParallelism() < 2) {
      console.log('one core: the helper thread is not started, so only the equality above is checked')
      return
    }
    // Candidates, the gap statistic, odd resamples and one agreement seed ran on the helper.
    expect(helper!.helped()).toBeGreaterThanOrEqual(5)
  }, 120_000)
})
