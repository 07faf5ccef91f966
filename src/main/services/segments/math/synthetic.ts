import { matrix, type Matrix } from './matrix'
import { gaussian, mulberry32, randomInt, type Random } from './random'

/**
 * Survey data with planted needs-based segments, for tests and the benchmark.
 *
 * Each segment has a few signature needs: rated important (mean 4.3 on 1-5) and poorly satisfied
 * (mean 2), and mentioned in interviews with probability `mentionRate`. Other needs share one baseline
 * per need across segments (importance 2-3.2, satisfaction 3-4, mentioned rarely), so only the
 * signature needs separate the segments — as in needs-based segmentation, where segments differ in a
 * handful of unmet needs and agree on the rest. Ratings get Gaussian noise and are rounded and clipped
 * to 1-5, like real answers. A share of participants (`outlierShare`) answer at random: they keep their
 * planted label in `truth`, so they cost every method the same ARI.
 */
export interface SyntheticOptions {
  participants: number
  needs: number
  segments: number
  seed?: number
  /** Relative segment sizes; default unequal, from 1 down to 0.4. */
  weights?: number[]
  /** Signature needs per segment; default max(3, ⌊needs / (2 × segments)⌋). */
  signatureNeeds?: number
  /** SD of rating noise on the 1-5 scale; default 1.0. */
  noise?: number
  /** Probability a participant mentions one of their segment's signature needs; default 0.6. */
  mentionRate?: number
  /** Probability of mentioning any other need; default 0.05. */
  backgroundRate?: number
  outlierShare?: number
}

export interface SyntheticSurvey {
  /** participants × needs, importance 1-5. */
  importance: Matrix
  /** participants × needs, satisfaction 1-5. */
  satisfaction: Matrix
  /** participants × needs, 1 when the participant has a highlight coded with the need. */
  presence: Uint8Array[]
  /** Planted segment per participant. */
  truth: Int32Array
  /** Signature need indices per segment. */
  signatures: number[][]
  /** Participants with a deadline / an emergency highlight (segment 0 is the urgent one). */
  deadline: boolean[]
  emergency: boolean[]
}

export function synthetic(options: SyntheticOptions): SyntheticSurvey {
  const {
    participants: n,
    needs,
    segments: k,
    seed = 42,
    noise = 1.0,
    mentionRate = 0.6,
    backgroundRate = 0.05,
    outlierShare = 0,
  } = options
  const random = mulberry32(seed)
  const weights = options.weights ?? Array.from({ length: k }, (_, s) => 1 - (0.6 * s) / Math.max(1, k - 1))
  const perSegment = options.signatureNeeds ?? Math.max(3, Math.floor(needs / (2 * k)))
  if (perSegment * k > needs) throw new Error('synthetic: not enough needs for disjoint signatures')
  const order = shuffled(random, needs)
  const signatures = Array.from({ length: k }, (_, s) => order.slice(s * perSegment, (s + 1) * perSegment))
  const baseImportance = Array.from({ length: needs }, () => 2 + 1.2 * random())
  const baseSatisfaction = Array.from({ length: needs }, () => 3 + random())
  const impMean: number[][] = []
  const satMean: number[][] = []
  const mention: number[][] = []
  for (let s = 0; s < k; s++) {
    impMean.push([...baseImportance])
    satMean.push([...baseSatisfaction])
    mention.push(new Array(needs).fill(backgroundRate))
    for (const j of signatures[s]) {
      impMean[s][j] = 4.3
      satMean[s][j] = 2
      mention[s][j] = mentionRate
    }
  }
  // Exact segment sizes from the weights (largest remainder), then shuffled so order carries nothing.
  const total = weights.reduce((a, b) => a + b, 0)
  const sizes = weights.map((w) => Math.floor((n * w) / total))
  for (let r = n - sizes.reduce((a, b) => a + b, 0), s = 0; r > 0; r--, s = (s + 1) % k) sizes[s]++
  const truth = new Int32Array(n)
  let at = 0
  sizes.forEach((size, s) => truth.fill(s, at, (at += size)))
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(random, i + 1)
    const t = truth[i]
    truth[i] = truth[j]
    truth[j] = t
  }
  const importance = matrix(n, needs)
  const satisfaction = matrix(n, needs)
  const presence: Uint8Array[] = []
  const deadline: boolean[] = []
  const emergency: boolean[] = []
  const rating = (mean: number) => Math.min(5, Math.max(1, Math.round(mean + noise * gaussian(random))))
  for (let i = 0; i < n; i++) {
    const s = truth[i]
    const outlier = random() < outlierShare
    const row = new Uint8Array(needs)
    for (let j = 0; j < needs; j++) {
      importance.data[i * needs + j] = outlier ? 1 + randomInt(random, 5) : rating(impMean[s][j])
      satisfaction.data[i * needs + j] = outlier ? 1 + randomInt(random, 5) : rating(satMean[s][j])
      row[j] = random() < (outlier ? backgroundRate : mention[s][j]) ? 1 : 0
    }
    presence.push(row)
    deadline.push(random() < (s === 0 ? 0.7 : 0.2))
    emergency.push(random() < (s === 0 ? 0.4 : 0.05))
  }
  return { importance, satisfaction, presence, truth, signatures, deadline, emergency }
}

function shuffled(random: Random, n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(random, i + 1)
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}
