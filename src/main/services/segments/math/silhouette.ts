import { dist2 } from './kmeans'
import type { Matrix } from './matrix'
import { mulberry32, sampleWithoutReplacement } from './random'

/**
 * Silhouette width (Rousseeuw 1987): for participant i, a(i) is the mean distance to the other members
 * of its segment, b(i) the smallest mean distance to the members of another segment, and
 * s(i) = (b − a) / max(a, b). The mean over participants is the quality used to pick k: near 1 means
 * tight, well-separated segments, near 0 overlapping ones. A member of a one-person segment scores 0
 * (Rousseeuw's convention, as scikit-learn).
 *
 * Exact for n ≤ `exactLimit` (default 5,000). Above that, the score is computed on a seeded uniform
 * sample of `sampleSize` participants (default 5,000) — distances within the sample only, as
 * scikit-learn's silhouette_score(sample_size=…). Exact would be O(n²·cols) per candidate k (10⁹
 * operations at 10,000 × 100); the sample's standard error is well under 0.01 at 5,000, below any
 * difference worth choosing k on. The sample's distances are computed once and reused for every k.
 */
export interface SilhouetteResult {
  mean: number
  /** Per scored participant (the sample, when sampled), in the order of `indices`. */
  values: Float64Array
  /** The participants scored: all of them, or the sample. */
  indices: Int32Array
}

/** Participants the silhouette is scored on above this many (bench/segmentation.ts gives scikit-learn the same). */
export const SILHOUETTE_SAMPLE = 5000

/** Pairwise distances among a fixed set of participants, reusable across labelings. */
export interface DistanceTable {
  /** Participant index of each row/column. */
  indices: Int32Array
  /** indices.length² distances, row-major. */
  distances: Float64Array
}

export interface SilhouetteSampleOptions {
  exactLimit?: number
  sampleSize?: number
  seed?: number
}

/** Euclidean distances among all rows, or among a seeded sample when there are more than exactLimit. */
export function euclideanTable(m: Matrix, options: SilhouetteSampleOptions = {}): DistanceTable {
  const indices = chooseRows(m.rows, options)
  const s = indices.length
  const { cols, data } = m
  const distances = new Float64Array(s * s)
  for (let a = 0; a < s; a++)
    for (let b = a + 1; b < s; b++) {
      const d = Math.sqrt(dist2(data, indices[a] * cols, data, indices[b] * cols, cols))
      distances[a * s + b] = d
      distances[b * s + a] = d
    }
  return { indices, distances }
}

/** A table from a full n × n distance matrix (e.g. Jaccard), sampled the same way when n is large. */
export function tableFromDistances(distances: Float64Array, n: number, options: SilhouetteSampleOptions = {}): DistanceTable {
  const indices = chooseRows(n, options)
  const s = indices.length
  if (s === n) return { indices, distances }
  const out = new Float64Array(s * s)
  for (let a = 0; a < s; a++) for (let b = 0; b < s; b++) out[a * s + b] = distances[indices[a] * n + indices[b]]
  return { indices, distances: out }
}

function chooseRows(
  n: number,
  { exactLimit = SILHOUETTE_SAMPLE, sampleSize = SILHOUETTE_SAMPLE, seed = 1 }: SilhouetteSampleOptions,
): Int32Array {
  if (n <= exactLimit) return Int32Array.from({ length: n }, (_, i) => i)
  return sampleWithoutReplacement(mulberry32(seed), n, sampleSize)
}

/** Silhouette of `labels` (one per participant of the whole data) over the table's participants. */
export function silhouette(table: DistanceTable, labels: ArrayLike<number>): SilhouetteResult {
  const { indices, distances } = table
  const s = indices.length
  let k = 0
  for (let a = 0; a < s; a++) k = Math.max(k, labels[indices[a]] + 1)
  const sizes = new Float64Array(k)
  for (let a = 0; a < s; a++) sizes[labels[indices[a]]]++
  const values = new Float64Array(s)
  const sums = new Float64Array(k)
  let total = 0
  for (let a = 0; a < s; a++) {
    sums.fill(0)
    const row = a * s
    for (let b = 0; b < s; b++) sums[labels[indices[b]]] += distances[row + b]
    const own = labels[indices[a]]
    if (sizes[own] <= 1) continue // s(i) = 0
    const within = sums[own] / (sizes[own] - 1)
    let nearest = Infinity
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) nearest = Math.min(nearest, sums[c] / sizes[c])
    if (nearest === Infinity) continue // one segment only: no separation to measure
    const m = Math.max(within, nearest)
    values[a] = m === 0 ? 0 : (nearest - within) / m
    total += values[a]
  }
  return { mean: s ? total / s : 0, values, indices }
}
