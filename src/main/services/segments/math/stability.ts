import { adjustedRandIndex } from './ari'
import { report, type RunControl } from './control'
import { countClusters } from './labels'
import { deriveSeed, mulberry32, sampleWithReplacement } from './random'

/**
 * Clusterwise bootstrap stability (Hennig 2007, "Cluster-wise assessment of cluster stability"; fpc's
 * clusterboot). For each of B resamples drawn with replacement, the data are re-clustered with the same
 * method and k; each original segment C, restricted to the participants drawn, is compared with every
 * bootstrap cluster D by Jaccard similarity |C ∩ D| / |C ∪ D| over the drawn participants, and its
 * best match is kept. A segment's stability is the mean best match over resamples (resamples that drew
 * none of its members are skipped). Hennig's reading: ≥ 0.75 stable, 0.6-0.75 doubtful (a pattern, but
 * its membership is uncertain), < 0.6 not to be trusted.
 */
export type StabilityBadge = 'stable' | 'doubtful' | 'unreliable'

export function stabilityBadge(jaccard: number): StabilityBadge {
  if (jaccard >= 0.75) return 'stable'
  if (jaccard >= 0.6) return 'doubtful'
  return 'unreliable'
}

/**
 * Re-cluster the participants at `indices` (a resample: repeats allowed, in draw order) and return
 * one label per entry of `indices`.
 */
export type Recluster = (indices: Int32Array, seed: number) => ArrayLike<number>

export interface StabilityOptions extends RunControl {
  resamples?: number
  seed?: number
}

export interface StabilityResult {
  /** Mean best Jaccard per original segment (index = segment label). */
  jaccard: number[]
  badges: StabilityBadge[]
  resamples: number
}

export function bootstrapStability(labels: ArrayLike<number>, recluster: Recluster, options: StabilityOptions = {}): StabilityResult {
  const { resamples = 100, seed = 1 } = options
  const n = labels.length
  const k = countClusters(labels)
  const sum = new Float64Array(k)
  const count = new Int32Array(k)
  const bootLabel = new Int32Array(n)
  for (let b = 0; b < resamples; b++) {
    const indices = sampleWithReplacement(mulberry32(deriveSeed(seed, b)), n)
    const boot = recluster(indices, deriveSeed(seed, 5000 + b))
    // A participant drawn several times gets the label of its first copy (copies coincide in the data,
    // so any sensible method labels them alike).
    bootLabel.fill(-1)
    let kb = 0
    for (let r = 0; r < indices.length; r++) {
      if (bootLabel[indices[r]] < 0) bootLabel[indices[r]] = boot[r]
      kb = Math.max(kb, boot[r] + 1)
    }
    // Contingency of original segment × bootstrap cluster over the distinct drawn participants.
    const table = new Int32Array(k * kb)
    const origSize = new Int32Array(k)
    const bootSize = new Int32Array(kb)
    for (let i = 0; i < n; i++) {
      const l = bootLabel[i]
      if (l < 0) continue
      table[labels[i] * kb + l]++
      origSize[labels[i]]++
      bootSize[l]++
    }
    for (let c = 0; c < k; c++) {
      if (origSize[c] === 0) continue
      let best = 0
      for (let d = 0; d < kb; d++) {
        const both = table[c * kb + d]
        const union = origSize[c] + bootSize[d] - both
        if (union > 0) best = Math.max(best, both / union)
      }
      sum[c] += best
      count[c]++
    }
    report(options, (b + 1) / resamples)
  }
  const jaccard = Array.from(sum, (s, c) => (count[c] ? s / count[c] : 0))
  return { jaccard, badges: jaccard.map(stabilityBadge), resamples }
}

/**
 * Agreement across seeds: the same method run with each seed, mean adjusted Rand index over all
 * pairs of runs. 1 means the seed does not matter; well below 1 means the partition is an accident of
 * the seeding and more restarts (or another k) are needed.
 */
export function seedAgreement(
  cluster: (seed: number) => ArrayLike<number>,
  seeds: readonly number[],
  control?: RunControl,
): { meanAri: number; minAri: number } {
  if (seeds.length < 2) throw new Error('seedAgreement: needs at least two seeds')
  const runs: ArrayLike<number>[] = []
  seeds.forEach((s, i) => {
    runs.push(cluster(s))
    report(control, (i + 1) / seeds.length)
  })
  let total = 0
  let min = Infinity
  let pairs = 0
  for (let a = 0; a < runs.length; a++)
    for (let b = a + 1; b < runs.length; b++) {
      const ari = adjustedRandIndex(runs[a], runs[b])
      total += ari
      min = Math.min(min, ari)
      pairs++
    }
  return { meanAri: total / pairs, minAri: min }
}
