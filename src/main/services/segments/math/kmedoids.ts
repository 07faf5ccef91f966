/**
 * k-medoids on a precomputed distance matrix (Gower on mixed answers): every segment is represented
 * by one real participant, and assignment and update alternate (Park & Jun 2009) until the medoids
 * stop moving, after a k-means++-style seeding. Several seeded restarts; the lowest total distance
 * wins. Deterministic for a given seed.
 */
import { report, type RunControl } from './control'
import { averageLinkage, cutTree, type Merge } from './hierarchical'
import { countClusters } from './labels'
import { mergeSmallSegments } from './minShare'
import { deriveSeed, mulberry32, type Random } from './random'
import { silhouette, tableFromDistances } from './silhouette'
import type { Recluster } from './stability'

export interface KMedoidsResult {
  k: number
  labels: Int32Array
  medoids: Int32Array
  cost: number
}

function seedMedoids(d: Float64Array, n: number, k: number, random: Random): Int32Array {
  const medoids = new Int32Array(k)
  medoids[0] = Math.floor(random() * n)
  const nearest = new Float64Array(n).fill(Infinity)
  for (let c = 1; c < k; c++) {
    let total = 0
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i], d[i * n + medoids[c - 1]])
      total += nearest[i] * nearest[i]
    }
    let pick = random() * total
    let chosen = n - 1
    for (let i = 0; i < n; i++) {
      pick -= nearest[i] * nearest[i]
      if (pick <= 0) {
        chosen = i
        break
      }
    }
    medoids[c] = chosen
  }
  return medoids
}

function assign(d: Float64Array, n: number, medoids: Int32Array, labels: Int32Array): number {
  let cost = 0
  for (let i = 0; i < n; i++) {
    let best = 0
    let bestD = Infinity
    for (let c = 0; c < medoids.length; c++) {
      const x = d[i * n + medoids[c]]
      if (x < bestD) {
        bestD = x
        best = c
      }
    }
    labels[i] = best
    cost += bestD
  }
  return cost
}

function once(d: Float64Array, n: number, k: number, random: Random, maxIter: number): KMedoidsResult {
  const medoids = seedMedoids(d, n, k, random)
  const labels = new Int32Array(n)
  let cost = assign(d, n, medoids, labels)
  for (let iter = 0; iter < maxIter; iter++) {
    let moved = false
    for (let c = 0; c < k; c++) {
      const members: number[] = []
      for (let i = 0; i < n; i++) if (labels[i] === c) members.push(i)
      if (!members.length) continue
      let best = medoids[c]
      let bestSum = Infinity
      for (const a of members) {
        let s = 0
        for (const b of members) s += d[a * n + b]
        if (s < bestSum) {
          bestSum = s
          best = a
        }
      }
      if (best !== medoids[c]) {
        medoids[c] = best
        moved = true
      }
    }
    if (!moved) break
    cost = assign(d, n, medoids, labels)
  }
  return { k, labels, medoids, cost }
}

export function kmedoids(
  d: Float64Array,
  n: number,
  k: number,
  options: { seed?: number; restarts?: number; maxIter?: number } = {},
): KMedoidsResult {
  const { seed = 1, restarts = 5, maxIter = 50 } = options
  if (k < 1 || k > n) throw new Error(`kmedoids: k must be within 1..${n}, got ${k}`)
  let best: KMedoidsResult | null = null
  for (let r = 0; r < restarts; r++) {
    const run = once(d, n, k, mulberry32(deriveSeed(seed, r)), maxIter)
    if (!best || run.cost < best.cost) best = run
  }
  return best!
}

/**
 * Segmentation on a distance matrix, as segmentKMeans does on numbers: k-medoids (or average
 * linkage) for each candidate k, segments under minShare merged into the nearest medoid, mean
 * silhouette on the same distances to pick k (ties to the smaller k).
 */
export interface DistanceSegmentation {
  k: number
  requestedK: number
  labels: Int32Array
  silhouette: number
  candidates: { k: number; segments: number; silhouette: number }[]
  removed: { segment: number; size: number }[]
  merges: Merge[] | null
}

export function segmentDistances(
  d: Float64Array,
  n: number,
  options: { method: 'kmedoids' | 'average'; k: number | 'auto'; seed: number; minShare: number; kMax: number } & RunControl,
): DistanceSegmentation {
  const table = tableFromDistances(d, n, { seed: deriveSeed(options.seed, 31) })
  const ks = options.k === 'auto' ? range(2, Math.max(2, Math.min(options.kMax, n - 1))) : [options.k]
  const merges = options.method === 'average' ? averageLinkage(d, n) : null
  const candidates: DistanceSegmentation['candidates'] = []
  let best: { k: number; labels: Int32Array; removed: { segment: number; size: number }[]; silhouette: number } | null = null
  ks.forEach((k, i) => {
    const cut = medoidLabels(d, n, k, options.seed, merges)
    const merged = mergeSmallSegments(cut, options.minShare, meanDistanceTo(d, n, cut))
    const score = silhouette(table, merged.labels).mean
    candidates.push({ k, segments: countClusters(merged.labels), silhouette: score })
    if (!best || score > best.silhouette + 1e-12) best = { k, labels: merged.labels, removed: merged.removed, silhouette: score }
    report(options, (i + 1) / ks.length)
  })
  const chosen = best!
  return {
    k: countClusters(chosen.labels),
    requestedK: chosen.k,
    labels: chosen.labels,
    silhouette: chosen.silhouette,
    candidates,
    removed: chosen.removed,
    merges,
  }
}

function medoidLabels(d: Float64Array, n: number, k: number, seed: number, merges: Merge[] | null, restarts = 5): Int32Array {
  return merges ? cutTree(merges, n, k) : kmedoids(d, n, k, { seed, restarts }).labels
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i)
}

/** Mean distance from i to the members of segment s (the merge rule for small segments). */
function meanDistanceTo(d: Float64Array, n: number, labels: ArrayLike<number>): (i: number, s: number) => number {
  return (i, s) => {
    let sum = 0
    let count = 0
    for (let j = 0; j < n; j++)
      if (labels[j] === s && j !== i) {
        sum += d[i * n + j]
        count++
      }
    return count ? sum / count : Infinity
  }
}

/** Re-clustering for bootstrapStability on the resampled rows of the distance matrix. */
export function distanceRecluster(
  d: Float64Array,
  n: number,
  method: 'kmedoids' | 'average',
  requestedK: number,
  minShare: number,
): Recluster {
  return (indices, seed) => {
    const m = indices.length
    const sub = new Float64Array(m * m)
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) sub[a * m + b] = d[indices[a] * n + indices[b]]
    const cut = medoidLabels(sub, m, requestedK, seed, method === 'average' ? averageLinkage(sub, m) : null, 2)
    return mergeSmallSegments(cut, minShare, meanDistanceTo(sub, m, cut)).labels
  }
}

/** The same clustering with another seed (for agreement across seeds). */
export function distanceLabels(d: Float64Array, n: number, requestedK: number, seed: number, minShare: number): Int32Array {
  const cut = medoidLabels(d, n, requestedK, seed, null)
  return mergeSmallSegments(cut, minShare, meanDistanceTo(d, n, cut)).labels
}
