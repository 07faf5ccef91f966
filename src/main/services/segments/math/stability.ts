import { adjustedRandIndex } from './ari'
import { report, type RunControl } from './control'
import { countClusters } from './labels'
import { resampleIndices, resampleSeed } from './offload'

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
 * one label per entry of `indices`. `b` is the resample's number (indices and seed are derived from
 * it), so a reclusterer may have had it computed elsewhere (compute.ts hands every other one to a
 * helper thread).
 */
export type Recluster = (indices: Int32Array, seed: number, b: number) => ArrayLike<number>

export interface StabilityOptions extends RunControl {
  /** The most resamples drawn. */
  resamples?: number
  /**
   * Resamples always drawn before stopping early. After these, drawing stops once no segment's badge
   * can change any more: every segment's mean lies more than CERTAIN_Z standard errors from both
   * thresholds (0.6 and 0.75). Set equal to `resamples` to always draw them all.
   */
  minResamples?: number
  seed?: number
}

/** Standard errors a mean must lie from a badge threshold before more resamples cannot move it across. */
const CERTAIN_Z = 3
const THRESHOLDS = [0.6, 0.75]

/** True when every segment's badge is settled (see StabilityOptions.minResamples). */
function badgesSettled(sum: Float64Array, sumSq: Float64Array, count: Int32Array): boolean {
  for (let c = 0; c < sum.length; c++) {
    if (count[c] < 2) return false
    const mean = sum[c] / count[c]
    const variance = Math.max(0, (sumSq[c] - count[c] * mean * mean) / (count[c] - 1))
    const se = Math.sqrt(variance / count[c])
    if (THRESHOLDS.some((t) => Math.abs(mean - t) <= CERTAIN_Z * se)) return false
  }
  return true
}

export interface StabilityResult {
  /** Mean best Jaccard per original segment (index = segment label). */
  jaccard: number[]
  badges: StabilityBadge[]
  resamples: number
}

export function bootstrapStability(labels: ArrayLike<number>, recluster: Recluster, options: StabilityOptions = {}): StabilityResult {
  const { resamples = 100, seed = 1 } = options
  const minResamples = Math.min(resamples, options.minResamples ?? 20)
  const n = labels.length
  const k = countClusters(labels)
  const sum = new Float64Array(k)
  const sumSq = new Float64Array(k)
  const count = new Int32Array(k)
  const bootLabel = new Int32Array(n)
  let drawn = 0
  for (let b = 0; b < resamples; b++) {
    const indices = resampleIndices(seed, b, n)
    const boot = recluster(indices, resampleSeed(seed, b), b)
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
      sumSq[c] += best * best
      count[c]++
    }
    drawn = b + 1
    report(options, drawn / resamples)
    // Most of a segmentation's time is these resamples: once the badges are certain, more only polish the third decimal.
    if (drawn >= minResamples && drawn < resamples && badgesSettled(sum, sumSq, count)) {
      report(options, 1)
      break
    }
  }
  const jaccard = Array.from(sum, (s, c) => (count[c] ? s / count[c] : 0))
  return { jaccard, badges: jaccard.map(stabilityBadge), resamples: drawn }
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
