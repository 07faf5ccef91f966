import { report, subProgress, type RunControl } from './control'
import { kmeans } from './kmeans'
import { selectRows, type Matrix } from './matrix'
import { deriveSeed, mulberry32, sampleWithoutReplacement, type Random } from './random'

/**
 * Gap statistic (Tibshirani, Walther & Hastie 2001): compares log W_k, the within-segment dispersion
 * for k segments, with its expectation under a reference distribution with no segments:
 *
 *   Gap(k) = mean_b log W*_kb − log W_k,   s_k = sd_b(log W*_kb) · √(1 + 1/B)
 *
 * and picks the smallest k with Gap(k) ≥ Gap(k+1) − s_{k+1}. Unlike the silhouette it considers k = 1,
 * so it can say "no real segments" — which is why it is reported beside the silhouette's choice as a
 * check rather than replacing it. W_k = Σ_r D_r / (2 n_r), D_r the sum of pairwise distances within
 * segment r; for squared Euclidean that is k-means' inertia.
 */
export interface GapRow {
  k: number
  logW: number
  /** Mean of log W* over the reference sets. */
  logWRef: number
  gap: number
  /** s_k: the reference spread, widened for simulation error. */
  sk: number
}

export interface GapResult {
  /** The gap statistic's choice of k (1 means no segments better than chance structure). */
  k: number
  rows: GapRow[]
  references: number
}

export interface GapOptions extends RunControl {
  kMax?: number
  /** B, the number of reference sets; default 10 (the paper used 10-20). */
  references?: number
  seed?: number
}

/**
 * The generic statistic: `logW(data, k)` clusters and measures; `reference(random)` draws one
 * reference set shaped like the data.
 */
export function gapStatistic<D>(
  observed: D,
  reference: (random: Random) => D,
  logW: (data: D, k: number, seed: number) => number,
  options: GapOptions = {},
): GapResult {
  const { kMax = 8, references = 10, seed = 1 } = options
  const ks = Array.from({ length: kMax }, (_, i) => i + 1)
  const steps = (references + 1) * ks.length
  let done = 0
  const observedLogW = ks.map((k) => {
    const v = logW(observed, k, seed)
    report(options, ++done / steps)
    return v
  })
  const refLogW: number[][] = ks.map(() => [])
  for (let b = 0; b < references; b++) {
    const data = reference(mulberry32(deriveSeed(seed, 1000 + b)))
    ks.forEach((k, i) => {
      refLogW[i].push(logW(data, k, deriveSeed(seed, b)))
      report(options, ++done / steps)
    })
  }
  const rows: GapRow[] = ks.map((k, i) => {
    const refs = refLogW[i]
    const mean = refs.reduce((s, v) => s + v, 0) / refs.length
    // The paper's sd_k divides by B (not B − 1).
    const sd = Math.sqrt(refs.reduce((s, v) => s + (v - mean) ** 2, 0) / refs.length)
    return { k, logW: observedLogW[i], logWRef: mean, gap: mean - observedLogW[i], sk: sd * Math.sqrt(1 + 1 / references) }
  })
  let chosen = kMax
  for (let i = 0; i + 1 < rows.length; i++)
    if (rows[i].gap >= rows[i + 1].gap - rows[i + 1].sk) {
      chosen = rows[i].k
      break
    }
  return { k: chosen, rows, references }
}

export interface GapKMeansOptions extends GapOptions {
  /** Restarts per clustering; default 2 (B reference sets already average out seeding luck). */
  restarts?: number
  /** Above this many rows the statistic is computed on a seeded sample; default 1,000. */
  sampleSize?: number
}

/**
 * Gap statistic for k-means on numeric inputs, with references uniform over the bounding box of the
 * data (the paper's option (a)). On large data it runs on a seeded sample: it is a check on the
 * silhouette's k, and (B + 1) × kMax clusterings of 10,000 rows would dominate the run.
 */
export function gapStatisticKMeans(m: Matrix, options: GapKMeansOptions = {}): GapResult {
  const { restarts = 2, sampleSize = 1000, seed = 1 } = options
  const data = m.rows > sampleSize ? selectRows(m, sampleWithoutReplacement(mulberry32(deriveSeed(seed, 77)), m.rows, sampleSize)) : m
  const { rows, cols } = data
  const lo = new Float64Array(cols).fill(Infinity)
  const hi = new Float64Array(cols).fill(-Infinity)
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const v = data.data[i * cols + j]
      if (v < lo[j]) lo[j] = v
      if (v > hi[j]) hi[j] = v
    }
  const reference = (random: Random): Matrix => {
    const out = new Float64Array(rows * cols)
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * cols + j] = lo[j] + (hi[j] - lo[j]) * random()
    return { rows, cols, data: out }
  }
  const logW = (x: Matrix, k: number, s: number) =>
    Math.log(Math.max(kmeans(x, k, { seed: s, restarts, maxIterations: 100 }).inertia, 1e-300))
  return gapStatistic(data, reference, logW, { ...options, ...subProgress(options, 0, 1) })
}
