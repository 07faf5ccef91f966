/**
 * Seeded pseudo-random numbers. Every stochastic step of segmentation (k-means++ seeding, silhouette
 * samples, gap reference sets, bootstrap resamples) draws from here so that the same inputs and seed
 * give the same segments on every machine — Math.random() would not.
 *
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator, fast in JavaScript and good
 * enough for sampling (it passes gjrand/PractRand to 2^32 outputs, far more than a run draws).
 */
export type Random = () => number

export function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A child seed for sub-task `index` (restart r, resample b, …). Deriving seeds by hashing rather than
 * drawing them from one stream keeps each sub-task's randomness independent of how many numbers the
 * others consumed, so e.g. changing the number of restarts does not change the resamples.
 */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n)
}

/** A standard normal draw (Box–Muller); used by the synthetic data generator. */
export function gaussian(random: Random): number {
  let u = 0
  while (u === 0) u = random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** `count` distinct indices from [0, n), in increasing order (partial Fisher–Yates). */
export function sampleWithoutReplacement(random: Random, n: number, count: number): Int32Array {
  const m = Math.min(count, n)
  const pool = new Int32Array(n)
  for (let i = 0; i < n; i++) pool[i] = i
  for (let i = 0; i < m; i++) {
    const j = i + randomInt(random, n - i)
    const t = pool[i]
    pool[i] = pool[j]
    pool[j] = t
  }
  return pool.slice(0, m).sort()
}

/** n indices from [0, n) drawn with replacement: one bootstrap resample. */
export function sampleWithReplacement(random: Random, n: number): Int32Array {
  const out = new Int32Array(n)
  for (let i = 0; i < n; i++) out[i] = randomInt(random, n)
  return out
}
