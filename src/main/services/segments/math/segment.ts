import { report, subProgress, type RunControl } from './control'
import { gapStatistic, type GapResult } from './gap'
import { averageLinkage, cutTree, type Merge } from './hierarchical'
import { jaccardDistances } from './jaccard'
import { dist2, kmeans, type KMeansResult } from './kmeans'
import { countClusters } from './labels'
import { selectRows, type Matrix } from './matrix'
import { mergeSmallSegments } from './minShare'
import { localOffload, mergedKMeans, type Offload } from './offload'
import { deriveSeed, mulberry32, sampleWithoutReplacement, type Random } from './random'
import { euclideanTable, silhouette, tableFromDistances, type DistanceTable, type SilhouetteSampleOptions } from './silhouette'
import type { Recluster } from './stability'
import { standardize, type Standardized } from './standardize'

/**
 * The segmentation runs: cluster for each candidate k, merge segments under the minimum share, score
 * by mean silhouette, keep the best (ties to the smaller k), and report the gap statistic's choice
 * beside it. A fixed k skips the search. Same inputs and seed → same result.
 */
export interface SegmentOptions extends RunControl {
  /** 'auto' (default) searches kMin..kMax by silhouette. */
  k?: number | 'auto'
  kMin?: number
  kMax?: number
  seed?: number
  /** Segments under this share of participants are merged away; default 0.05. */
  minShare?: number
  silhouette?: Omit<SilhouetteSampleOptions, 'seed'>
  /** Gap statistic options, or false to skip it. */
  gap?: false | { references?: number; sampleSize?: number; restarts?: number }
}

export interface KMeansSegmentOptions extends SegmentOptions {
  /** Restarts for the final k; default 10. */
  restarts?: number
  /**
   * Restarts while searching k; default 3. Greedy k-means++ seeds rarely need more to rank k, and the
   * chosen k is then topped up to `restarts` (restarts 0..2 are reused, so nothing is repeated).
   */
  searchRestarts?: number
  /**
   * Where candidate runs, the top-up and the gap statistic run: given the standardised inputs, a
   * helper thread (services/segments/helper.ts) or, by default, this thread. Results are identical.
   */
  offload?: (z: Matrix) => Offload
}

export interface Candidate {
  /** k asked of the algorithm. */
  k: number
  /** Segments left after merging small ones. */
  segments: number
  silhouette: number
}

export interface Segmentation {
  method: 'kmeans' | 'hierarchical'
  /** Number of segments. */
  k: number
  /** The k the algorithm was run with before small segments were merged (pass it to the reclusterers). */
  requestedK: number
  /** Segment per participant, canonical (0 = largest). */
  labels: Int32Array
  silhouette: number
  candidates: Candidate[]
  gap: GapResult | null
  /** Segments merged away for being under minShare, as numbered in the run that made them. */
  removed: { segment: number; size: number }[]
  seed: number
}

export interface KMeansSegmentation extends Segmentation {
  method: 'kmeans'
  /** The standardised inputs the clustering ran on (for representatives and stability). */
  standardized: Standardized
  /** k × cols centres in standardised units. */
  centres: Float64Array
  /** The offload the run used, for the stability check and the agreement seeds that follow. */
  offload: Offload
}

export interface HierarchicalSegmentation extends Segmentation {
  method: 'hierarchical'
  /** Jaccard distances, n × n. */
  distances: Float64Array
  /** Average-linkage merges, sorted by height (see toDendrogram). */
  merges: Merge[]
}

export function segmentKMeans(inputs: Matrix, options: KMeansSegmentOptions = {}): KMeansSegmentation {
  const { seed = 1, minShare = 0.05, restarts = 10, searchRestarts = 3 } = options
  const standardized = standardize(inputs)
  const z = standardized.matrix
  const offload = options.offload?.(z) ?? localOffload(z)
  const ks = candidateKs(options, z.rows)
  const searching = ks.length > 1
  const searchR = searching ? Math.min(searchRestarts, restarts) : restarts
  // With a helper thread, the heavier half of the candidates (by k) and the gap statistic go to it
  // first; this thread meanwhile builds the silhouette's distance table and runs the rest.
  const remote = offload.parallel ? splitByCost(ks) : new Set<number>()
  const runs = new Map<number, () => KMeansResult>()
  for (const k of ks) if (remote.has(k)) runs.set(k, offload.submit({ kind: 'kmeans', k, seed, restarts: searchR, firstRestart: 0 }))
  const gapTask = options.gap === false ? null : offload.submit({ kind: 'gap', kMax: options.kMax ?? 8, seed, ...options.gap })
  for (const k of ks) if (!remote.has(k)) runs.set(k, offload.submit({ kind: 'kmeans', k, seed, restarts: searchR, firstRestart: 0 }))
  const table = euclideanTable(z, { ...options.silhouette, seed: deriveSeed(seed, 31) })
  const finish = (run: KMeansResult) => {
    const merged = mergeSmallSegments(run.labels, minShare, (i, s) => dist2(z.data, i * z.cols, run.centres, s * z.cols, z.cols))
    return { run, labels: merged.labels, removed: merged.removed, silhouette: silhouette(table, merged.labels).mean }
  }
  const searchShare = options.gap === false ? 0.85 : 0.6
  const candidates: Candidate[] = []
  let best: ReturnType<typeof finish> | null = null
  // Local candidates first (they run as they are asked for), then the helper's, which are ready by then.
  const order = [...ks.filter((k) => !remote.has(k)), ...ks.filter((k) => remote.has(k))]
  const scoredByK = new Map<number, ReturnType<typeof finish>>()
  order.forEach((k, i) => {
    scoredByK.set(k, finish(runs.get(k)!()))
    report(options, (searchShare * (i + 1)) / ks.length)
  })
  // Scored in ascending k, as one thread would: ties go to the smaller k.
  for (const k of ks) {
    const scored = scoredByK.get(k)!
    candidates.push({ k, segments: countClusters(scored.labels), silhouette: scored.silhouette })
    if (!best || scored.silhouette > best.silhouette) best = scored
  }
  let chosen = best!
  if (searching && restarts > searchRestarts) {
    // The chosen k's remaining restarts, split between the threads; the lower restart numbers win ties, as in one call.
    const k = chosen.run.k
    const mid = offload.parallel ? Math.ceil((searchRestarts + restarts) / 2) : restarts
    const upper = mid < restarts ? offload.submit({ kind: 'kmeans', k, seed, restarts, firstRestart: mid }) : null
    let more = kmeans(z, k, { seed, restarts: mid, firstRestart: searchRestarts, ...subProgress(options, searchShare, searchShare + 0.15) })
    const other = upper?.()
    if (other && other.inertia < more.inertia) more = other
    if (more.inertia < chosen.run.inertia) chosen = finish(more)
  }
  const gap = gapTask ? gapTask() : null
  report(options, 1)
  return {
    method: 'kmeans',
    k: countClusters(chosen.labels),
    requestedK: chosen.run.k,
    labels: chosen.labels,
    silhouette: chosen.silhouette,
    candidates,
    gap,
    removed: chosen.removed,
    seed,
    standardized,
    centres: segmentMeans(z, chosen.labels),
    offload,
  }
}

/** The candidates for the helper thread: about half the work, counting a run's cost as its k. */
function splitByCost(ks: number[]): Set<number> {
  const remote = new Set<number>()
  let mine = 0
  let theirs = 0
  for (const k of [...ks].sort((a, b) => b - a)) {
    if (theirs <= mine) {
      remote.add(k)
      theirs += k
    } else mine += k
  }
  return remote
}

export function segmentHierarchical(presence: readonly ArrayLike<number>[], options: SegmentOptions = {}): HierarchicalSegmentation {
  const { seed = 1, minShare = 0.05 } = options
  const n = presence.length
  const distances = jaccardDistances(presence)
  const merges = averageLinkage(distances, n)
  report(options, 0.3)
  const table = tableFromDistances(distances, n, { ...options.silhouette, seed: deriveSeed(seed, 31) })
  const ks = candidateKs(options, n)
  const candidates: Candidate[] = []
  let best: { k: number; labels: Int32Array; removed: { segment: number; size: number }[]; silhouette: number } | null = null
  ks.forEach((k, i) => {
    const cut = cutTree(merges, n, k)
    const merged = mergeSmallSegments(cut, minShare, meanDistanceTo(distances, n, cut))
    const score = silhouette(table, merged.labels).mean
    candidates.push({ k, segments: countClusters(merged.labels), silhouette: score })
    if (!best || score > best.silhouette) best = { k, labels: merged.labels, removed: merged.removed, silhouette: score }
    report(options, 0.3 + (0.2 * (i + 1)) / ks.length)
  })
  const chosen = best!
  const gap =
    options.gap === false
      ? null
      : gapStatisticJaccard(presence, { kMax: options.kMax ?? 8, seed, ...options.gap, ...subProgress(options, 0.5, 1) })
  report(options, 1)
  return {
    method: 'hierarchical',
    k: countClusters(chosen.labels),
    requestedK: chosen.k,
    labels: chosen.labels,
    silhouette: chosen.silhouette,
    candidates,
    gap,
    removed: chosen.removed,
    seed,
    distances,
    merges,
  }
}

function candidateKs(options: SegmentOptions, n: number): number[] {
  const { k = 'auto', kMin = 2, kMax = 8 } = options
  if (k !== 'auto') {
    if (!Number.isInteger(k) || k < 1 || k > n) throw new Error(`k must be an integer within 1..${n}, got ${k}`)
    return [k]
  }
  const hi = Math.min(kMax, n - 1)
  if (hi < kMin) throw new Error(`${n} participants are too few to search k from ${kMin}`)
  return Array.from({ length: hi - kMin + 1 }, (_, i) => kMin + i)
}

/** Mean rows per segment: the centres of the final segments. */
export function segmentMeans(m: Matrix, labels: ArrayLike<number>): Float64Array {
  const k = countClusters(labels)
  const { cols, data } = m
  const sums = new Float64Array(k * cols)
  const counts = new Float64Array(k)
  for (let i = 0; i < labels.length; i++) {
    counts[labels[i]]++
    for (let j = 0; j < cols; j++) sums[labels[i] * cols + j] += data[i * cols + j]
  }
  for (let c = 0; c < k; c++) for (let j = 0; j < cols; j++) sums[c * cols + j] /= counts[c] || 1
  return sums
}

/** distance(i, s) = mean distance from i to the members of segment s: the average-linkage criterion. */
function meanDistanceTo(distances: Float64Array, n: number, labels: Int32Array): (i: number, s: number) => number {
  return (i, s) => {
    let sum = 0
    let count = 0
    for (let j = 0; j < n; j++)
      if (labels[j] === s && j !== i) {
        sum += distances[i * n + j]
        count++
      }
    return count ? sum / count : Infinity
  }
}

/**
 * Gap statistic for average linkage on Jaccard distances. The reference draws each need independently
 * at its observed rate: the binary analogue of "uniform over the bounding box" (a box over 0/1 columns
 * would be coin flips, far denser than real coding and so a reference no data resembles).
 */
export function gapStatisticJaccard(
  presence: readonly ArrayLike<number>[],
  options: { kMax?: number; references?: number; seed?: number; sampleSize?: number } & RunControl = {},
): GapResult {
  const { sampleSize = 1000, seed = 1 } = options
  const rows =
    presence.length > sampleSize
      ? Array.from(sampleWithoutReplacement(mulberry32(deriveSeed(seed, 77)), presence.length, sampleSize), (i) => presence[i])
      : presence
  const n = rows.length
  const cols = n ? rows[0].length : 0
  const rate = new Float64Array(cols)
  for (const row of rows) for (let j = 0; j < cols; j++) rate[j] += row[j] ? 1 / n : 0
  const reference = (random: Random) =>
    Array.from({ length: n }, () => {
      const row = new Uint8Array(cols)
      for (let j = 0; j < cols; j++) row[j] = random() < rate[j] ? 1 : 0
      return row
    })
  const cache = new WeakMap<object, { d: Float64Array; merges: Merge[] }>()
  const logW = (data: readonly ArrayLike<number>[], k: number) => {
    let tree = cache.get(data)
    if (!tree) {
      const d = jaccardDistances(data)
      tree = { d, merges: averageLinkage(d, n) }
      cache.set(data, tree)
    }
    const labels = cutTree(tree.merges, n, Math.min(k, n))
    const kk = countClusters(labels)
    const within = new Float64Array(kk)
    const size = new Float64Array(kk)
    for (let i = 0; i < n; i++) {
      size[labels[i]]++
      for (let j = i + 1; j < n; j++) if (labels[i] === labels[j]) within[labels[i]] += 2 * tree.d[i * n + j]
    }
    let w = 0
    for (let c = 0; c < kk; c++) w += within[c] / (2 * size[c])
    return Math.log(Math.max(w, 1e-300))
  }
  return gapStatistic(rows, reference, logW, options)
}

/**
 * Re-clustering for bootstrapStability: the same method as the run — k-means with the run's requested
 * k, then the same small-segment merge — on the resampled rows.
 */
export function kmeansRecluster(z: Matrix, requestedK: number, minShare = 0.05, restarts = 3): Recluster {
  return (indices, seed) => mergedKMeans(selectRows(z, indices), requestedK, minShare, seed, restarts)
}

/** Re-clustering for bootstrapStability: average linkage on the resampled distances, cut and merged as the run. */
export function hierarchicalRecluster(distances: Float64Array, n: number, requestedK: number, minShare = 0.05): Recluster {
  return (indices) => {
    const m = indices.length
    const sub = new Float64Array(m * m)
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) sub[a * m + b] = distances[indices[a] * n + indices[b]]
    const cut = cutTree(averageLinkage(sub, m), m, requestedK)
    return mergeSmallSegments(cut, minShare, meanDistanceTo(sub, m, cut)).labels
  }
}

export type { DistanceTable }
