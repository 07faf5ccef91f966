import { report, type RunControl } from './control'
import { canonicalLabels } from './labels'
import type { Matrix } from './matrix'
import { deriveSeed, mulberry32, randomInt, type Random } from './random'

/**
 * k-means (Lloyd's algorithm) with greedy k-means++ seeding and restarts, on flat Float64Arrays.
 *
 * Why our own rather than ml-kmeans: ml-kmeans 7 works on number[][] through a generic distance
 * callback and allocates new centre arrays each step; on 10,000 × 100 it was several times slower than
 * this loop (bench/segmentation.ts prints both) and it has no restarts, so picking the best of several
 * runs would mean re-validating the input each time.
 *
 * Seeding is the greedy variant of k-means++ (Arthur & Vassilvitskii 2007; as scikit-learn): each new
 * centre is the best of 2 + ⌊ln k⌋ candidates drawn with probability ∝ D², which avoids most of the
 * poor seedings plain k-means++ makes. The run with the lowest inertia over `restarts` wins.
 */
export interface KMeansOptions extends RunControl {
  seed?: number
  /** Independent seedings; the lowest inertia wins. Default 10 (scikit-learn's classic n_init). */
  restarts?: number
  /**
   * Start at restart number `firstRestart` (seeds are derived per restart number): lets a caller that
   * already ran restarts 0..r-1 add more without repeating them, and get the same answer as one call.
   */
  firstRestart?: number
  maxIterations?: number
  /** Convergence when centres move less than tolerance × mean column variance (as scikit-learn). */
  tolerance?: number
}

export interface KMeansResult {
  k: number
  /** Segment per row, canonical: 0 is the largest. */
  labels: Int32Array
  /** k × cols, row c is the centre of segment c. */
  centres: Float64Array
  /** Sum of squared distances of rows to their centres (the within-cluster sum of squares W_k). */
  inertia: number
  iterations: number
}

export function kmeans(m: Matrix, k: number, options: KMeansOptions = {}): KMeansResult {
  const { seed = 1, restarts = 10, firstRestart = 0, maxIterations = 300, tolerance = 1e-4 } = options
  if (!Number.isInteger(k) || k < 1) throw new Error(`kmeans: k must be a positive integer, got ${k}`)
  if (m.rows < k) throw new Error(`kmeans: ${m.rows} rows cannot make ${k} segments`)
  const tol = tolerance * meanColumnVariance(m)
  let best: { labels: Int32Array; centres: Float64Array; inertia: number; iterations: number } | null = null
  for (let r = firstRestart; r < restarts; r++) {
    const random = mulberry32(deriveSeed(seed, r))
    const run = lloyd(m, seedCentres(m, k, random), maxIterations, tol)
    if (!best || run.inertia < best.inertia) best = run
    report(options, (r + 1 - firstRestart) / (restarts - firstRestart))
  }
  if (!best) throw new Error('kmeans: no restarts to run')
  return canonical(m.cols, k, best!)
}

/** Greedy k-means++ seeding. */
export function seedCentres(m: Matrix, k: number, random: Random): Float64Array {
  const { rows, cols, data } = m
  const centres = new Float64Array(k * cols)
  const closest = new Float64Array(rows)
  const trial = new Float64Array(rows)
  const trials = 2 + Math.floor(Math.log(k))
  const first = randomInt(random, rows)
  centres.set(data.subarray(first * cols, first * cols + cols), 0)
  let potential = 0
  for (let i = 0; i < rows; i++) {
    closest[i] = dist2(data, i * cols, data, first * cols, cols)
    potential += closest[i]
  }
  for (let c = 1; c < k; c++) {
    let bestIndex = -1
    let bestPotential = Infinity
    let bestClosest: Float64Array | null = null
    for (let t = 0; t < trials; t++) {
      const candidate = potential > 0 ? drawByWeight(closest, potential, random) : randomInt(random, rows)
      let p = 0
      for (let i = 0; i < rows; i++) {
        const d = Math.min(closest[i], dist2(data, i * cols, data, candidate * cols, cols))
        trial[i] = d
        p += d
      }
      if (p < bestPotential) {
        bestPotential = p
        bestIndex = candidate
        bestClosest = bestClosest ?? new Float64Array(rows)
        bestClosest.set(trial)
      }
    }
    centres.set(data.subarray(bestIndex * cols, bestIndex * cols + cols), c * cols)
    closest.set(bestClosest!)
    potential = bestPotential
  }
  return centres
}

function drawByWeight(weights: Float64Array, total: number, random: Random): number {
  let target = random() * total
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i]
    if (target < 0) return i
  }
  // Rounding left a sliver: the last row with weight.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i
  return weights.length - 1
}

/**
 * Lloyd's iterations accelerated with Hamerly's bounds (Hamerly 2010, "Making k-means even faster"):
 * each row keeps an upper bound on the distance to its own centre and a lower bound on the distance to
 * any other; when the upper bound is below max(lower bound, half the distance from its centre to the
 * nearest other centre) the row cannot change segment and its k distances are skipped. The result is
 * exactly Lloyd's; after the first iterations most rows are skipped. Centre sums are updated
 * incrementally from the rows that moved, so an iteration costs O(moved × cols), not O(rows × cols).
 */
function lloyd(m: Matrix, centres: Float64Array, maxIterations: number, tol: number) {
  const { rows, cols, data } = m
  const k = centres.length / cols
  const labels = new Int32Array(rows)
  const upper = new Float64Array(rows)
  const lower = new Float64Array(rows)
  const sums = new Float64Array(k * cols)
  const counts = new Int32Array(k)
  const half = new Float64Array(k)
  const moved = new Float64Array(k)
  const old = new Float64Array(k * cols)
  // First assignment: all k distances for every row.
  for (let i = 0; i < rows; i++) {
    const o = i * cols
    let b1 = Infinity
    let b2 = Infinity
    let best = 0
    for (let c = 0; c < k; c++) {
      const d = dist2(data, o, centres, c * cols, cols)
      if (d < b1) {
        b2 = b1
        b1 = d
        best = c
      } else if (d < b2) b2 = d
    }
    labels[i] = best
    upper[i] = Math.sqrt(b1)
    lower[i] = Math.sqrt(b2)
    counts[best]++
    for (let j = 0; j < cols; j++) sums[best * cols + j] += data[o + j]
  }
  let iterations = 0
  let changed = rows
  while (iterations < maxIterations) {
    iterations++
    refillEmpty(data, cols, labels, upper, lower, counts, sums, k)
    // Update step: centres become their members' means; track how far each moved.
    old.set(centres)
    let shift = 0
    for (let c = 0; c < k; c++) {
      const inv = 1 / counts[c]
      let mv = 0
      for (let j = 0; j < cols; j++) {
        const v = sums[c * cols + j] * inv
        const t = v - old[c * cols + j]
        mv += t * t
        centres[c * cols + j] = v
      }
      shift += mv
      moved[c] = Math.sqrt(mv)
    }
    if (changed === 0) break
    let max1 = 0
    let max2 = 0
    let argmax = 0
    for (let c = 0; c < k; c++) {
      if (moved[c] > max1) {
        max2 = max1
        max1 = moved[c]
        argmax = c
      } else if (moved[c] > max2) max2 = moved[c]
    }
    for (let c = 0; c < k; c++) {
      let nearest = Infinity
      for (let c2 = 0; c2 < k; c2++) if (c2 !== c) nearest = Math.min(nearest, dist2(centres, c * cols, centres, c2 * cols, cols))
      half[c] = Math.sqrt(nearest) / 2
    }
    const converged = shift <= tol
    changed = 0
    for (let i = 0; i < rows; i++) {
      const a = labels[i]
      upper[i] += moved[a]
      lower[i] -= a === argmax ? max2 : max1
      const bound = Math.max(half[a], lower[i])
      if (upper[i] <= bound) continue
      const o = i * cols
      upper[i] = Math.sqrt(dist2(data, o, centres, a * cols, cols))
      if (upper[i] <= bound) continue
      let b1 = Infinity
      let b2 = Infinity
      let best = a
      for (let c = 0; c < k; c++) {
        const d = dist2(data, o, centres, c * cols, cols)
        if (d < b1) {
          b2 = b1
          b1 = d
          best = c
        } else if (d < b2) b2 = d
      }
      upper[i] = Math.sqrt(b1)
      lower[i] = Math.sqrt(b2)
      if (best !== a) {
        changed++
        labels[i] = best
        counts[a]--
        counts[best]++
        for (let j = 0; j < cols; j++) {
          sums[a * cols + j] -= data[o + j]
          sums[best * cols + j] += data[o + j]
        }
      }
    }
    // Centre shift below tolerance (as scikit-learn): the labels above are already exact for these
    // centres, which stay as they are.
    if (converged) break
  }
  // Means from the final labels (sums drift by rounding over many incremental updates: recompute).
  sums.fill(0)
  counts.fill(0)
  for (let i = 0; i < rows; i++) {
    const c = labels[i]
    counts[c]++
    for (let j = 0; j < cols; j++) sums[c * cols + j] += data[i * cols + j]
  }
  for (let c = 0; c < k; c++) if (counts[c] > 0) for (let j = 0; j < cols; j++) centres[c * cols + j] = sums[c * cols + j] / counts[c]
  let inertia = 0
  for (let i = 0; i < rows; i++) inertia += dist2(data, i * cols, centres, labels[i] * cols, cols)
  return { labels, centres, inertia, iterations }
}

/**
 * An empty segment takes the row farthest from its centre (as scikit-learn), so k stays k.
 * Only rows whose segment keeps at least one member are moved; their bounds are reset so the next
 * assignment recomputes them.
 */
function refillEmpty(
  data: Float64Array,
  cols: number,
  labels: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  counts: Int32Array,
  sums: Float64Array,
  k: number,
): void {
  for (let c = 0; c < k; c++) {
    if (counts[c] > 0) continue
    let far = -1
    for (let i = 0; i < labels.length; i++) if (counts[labels[i]] > 1 && (far < 0 || upper[i] > upper[far])) far = i
    if (far < 0) throw new Error('kmeans: fewer distinct rows than segments')
    const from = labels[far]
    counts[from]--
    counts[c] = 1
    for (let j = 0; j < cols; j++) {
      sums[from * cols + j] -= data[far * cols + j]
      sums[c * cols + j] = data[far * cols + j]
    }
    labels[far] = c
    upper[far] = Infinity
    lower[far] = 0
  }
}

/** Squared Euclidean distance, unrolled by four: independent sums let V8 overlap the additions (~25%). */
export function dist2(a: Float64Array, ao: number, b: Float64Array, bo: number, cols: number): number {
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let s3 = 0
  let j = 0
  for (; j + 3 < cols; j += 4) {
    const t0 = a[ao + j] - b[bo + j]
    const t1 = a[ao + j + 1] - b[bo + j + 1]
    const t2 = a[ao + j + 2] - b[bo + j + 2]
    const t3 = a[ao + j + 3] - b[bo + j + 3]
    s0 += t0 * t0
    s1 += t1 * t1
    s2 += t2 * t2
    s3 += t3 * t3
  }
  for (; j < cols; j++) {
    const t = a[ao + j] - b[bo + j]
    s0 += t * t
  }
  return s0 + s1 + s2 + s3
}

function meanColumnVariance(m: Matrix): number {
  const { rows, cols, data } = m
  if (rows === 0 || cols === 0) return 0
  let total = 0
  for (let j = 0; j < cols; j++) {
    let mean = 0
    for (let i = 0; i < rows; i++) mean += data[i * cols + j]
    mean /= rows
    let v = 0
    for (let i = 0; i < rows; i++) {
      const t = data[i * cols + j] - mean
      v += t * t
    }
    total += v / rows
  }
  return total / cols
}

function canonical(
  cols: number,
  k: number,
  run: { labels: Int32Array; centres: Float64Array; inertia: number; iterations: number },
): KMeansResult {
  const labels = canonicalLabels(run.labels)
  const centres = new Float64Array(k * cols)
  const seen = new Uint8Array(k)
  for (let i = 0; i < labels.length; i++) {
    const to = labels[i]
    if (seen[to]) continue
    seen[to] = 1
    centres.set(run.centres.subarray(run.labels[i] * cols, run.labels[i] * cols + cols), to * cols)
  }
  // A segment emptied by the final assignment (rare, ties) is dropped rather than reported empty.
  const found = seen.reduce((a, b) => a + b, 0)
  return { k: found, labels, centres: centres.slice(0, found * cols), inertia: run.inertia, iterations: run.iterations }
}
