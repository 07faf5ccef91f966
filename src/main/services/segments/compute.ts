/**
 * One clustering job as plain data in, plain data out, so it can run in a worker thread (see
 * worker.ts) or in-process: segmentation with k by silhouette and the gap statistic beside it,
 * bootstrap stability per segment, and agreement across seeds. Deterministic for a given request.
 */
import { subProgress, type RunControl } from './math/control'
import { matrix } from './math/matrix'
import { hierarchicalRecluster, kmeansRecluster, segmentHierarchical, segmentKMeans } from './math/segment'
import { bootstrapStability, seedAgreement, type Recluster } from './math/stability'
import type { Matrix } from './math/matrix'
import { mergedKMeans, type Offload } from './math/offload'
import { distanceLabels, distanceRecluster, segmentDistances } from './math/kmedoids'
import type { StabilityBadge } from '../../../shared/contract/segments'

export interface ComputeRequest {
  method: 'kmeans' | 'hierarchical'
  k: number | 'auto'
  seed: number
  minShare: number
  resamples: number
  rows: number
  /** k-means: rows × cols numeric inputs. */
  cols: number
  values: Float64Array
  /** Hierarchical: rows × binaryCols yes/no inputs, flat. */
  binaryCols: number
  presence: Uint8Array
  /**
   * Survey answers (mixed kinds) for average linkage: rows × rows Gower distances. (k-means on answers
   * gets them encoded as numbers in `values`: answerEncoding.ts.) When given, k-means would be
   * k-medoids on these distances.
   */
  distances?: Float64Array
}

export interface ComputeResult {
  k: number
  requestedK: number
  labels: Int32Array
  silhouette: number
  candidates: { k: number; segments: number; silhouette: number }[]
  gapK: number | null
  removed: { segment: number; size: number }[]
  stability: number[] | null
  badges: StabilityBadge[] | null
  seedAgreement: number | null
  merges: { a: number; b: number; height: number; size: number }[] | null
}

export type Stage = 'clustering' | 'stability' | 'seeds'

/** Seeds compared for agreement: the run's own and the next two. */
const AGREEMENT_SEEDS = 3

export interface ComputeControl extends RunControl {
  onStage?(stage: Stage): void
  /** A helper thread for k-means runs (helper.ts); without one everything runs on this thread. Same result either way. */
  offload?: (z: Matrix) => Offload
}

/** Resamples kept queued on the helper ahead of the one being read, so it never waits for the next. */
const LOOKAHEAD = 2

/**
 * Bootstrap re-clustering with every odd resample on the helper thread: the even ones run here
 * meanwhile. Resamples are still read in order, so the early stop (stability.ts) sees exactly what one
 * thread would; at most LOOKAHEAD resamples past the stop are computed for nothing.
 */
function splitResamples(offload: Offload, z: Matrix, k: number, minShare: number, seed: number): Recluster {
  const local = kmeansRecluster(z, k, minShare)
  if (!offload.parallel) return local
  const queued = new Map<number, () => Int32Array>()
  let next = 1
  return (indices, s, b) => {
    for (; next <= b + 2 * LOOKAHEAD; next += 2)
      queued.set(next, offload.submit({ kind: 'resample', k, minShare, seed, b: next, restarts: 3 }))
    const remote = queued.get(b)
    if (!remote) return local(indices, s, b)
    queued.delete(b)
    return remote()
  }
}

export function compute(req: ComputeRequest, control: ComputeControl = {}): ComputeResult {
  const withSeeds = req.method === 'kmeans'
  const split = { cluster: 0.55, stability: withSeeds ? 0.9 : 1 }
  control.onStage?.('clustering')
  const common = { k: req.k, seed: req.seed, minShare: req.minShare, kMax: Math.min(8, req.rows - 1) }
  if (req.distances) return computeOnDistances(req, req.distances, control, split)
  if (req.method === 'kmeans') {
    const m = matrix(req.rows, req.cols, req.values)
    const run = segmentKMeans(m, { ...common, offload: control.offload, ...subProgress(control, 0, split.cluster) })
    const z = run.standardized.matrix
    const { offload } = run
    let stability = null
    if (req.resamples > 0) {
      control.onStage?.('stability')
      stability = bootstrapStability(run.labels, splitResamples(offload, z, run.requestedK, req.minShare, req.seed), {
        resamples: req.resamples,
        seed: req.seed,
        ...subProgress(control, split.cluster, split.stability),
      })
    }
    control.onStage?.('seeds')
    // The run's own seed is the run itself (10 restarts at its k, merged alike): reused, not repeated.
    // The other seeds go one to each thread.
    const seeds = Array.from({ length: AGREEMENT_SEEDS }, (_, i) => (req.seed + i) >>> 0)
    const pending = new Map(
      seeds
        .filter((s) => s !== req.seed)
        .map((s, i) => [
          s,
          i % 2 === 1 ? offload.submit({ kind: 'seedLabels', k: run.requestedK, minShare: req.minShare, seed: s, restarts: 10 }) : null,
        ]),
    )
    const agreement = seedAgreement(
      (s) => (s === req.seed ? run.labels : (pending.get(s)?.() ?? mergedKMeans(z, run.requestedK, req.minShare, s, 10))),
      seeds,
      subProgress(control, split.stability, 1),
    )
    offload.close?.()
    return {
      k: run.k,
      requestedK: run.requestedK,
      labels: run.labels,
      silhouette: run.silhouette,
      candidates: run.candidates,
      gapK: run.gap?.k ?? null,
      removed: run.removed,
      stability: stability?.jaccard ?? null,
      badges: stability?.badges ?? null,
      seedAgreement: agreement.meanAri,
      merges: null,
    }
  }
  const rows = Array.from({ length: req.rows }, (_, i) => req.presence.subarray(i * req.binaryCols, (i + 1) * req.binaryCols))
  const run = segmentHierarchical(rows, { ...common, ...subProgress(control, 0, split.cluster) })
  let stability = null
  if (req.resamples > 0) {
    control.onStage?.('stability')
    stability = bootstrapStability(run.labels, hierarchicalRecluster(run.distances, req.rows, run.requestedK, req.minShare), {
      resamples: req.resamples,
      seed: req.seed,
      ...subProgress(control, split.cluster, 1),
    })
  }
  return {
    k: run.k,
    requestedK: run.requestedK,
    labels: run.labels,
    silhouette: run.silhouette,
    candidates: run.candidates,
    gapK: run.gap?.k ?? null,
    removed: run.removed,
    stability: stability?.jaccard ?? null,
    badges: stability?.badges ?? null,
    // Average linkage has no random step: every seed gives the same tree.
    seedAgreement: null,
    merges: run.merges.map(({ a, b, height, size }) => ({ a, b, height, size })),
  }
}

function computeOnDistances(
  req: ComputeRequest,
  d: Float64Array,
  control: ComputeControl,
  split: { cluster: number; stability: number },
): ComputeResult {
  const method = req.method === 'kmeans' ? 'kmedoids' : 'average'
  const n = req.rows
  const run = segmentDistances(d, n, {
    method,
    k: req.k,
    seed: req.seed,
    minShare: req.minShare,
    kMax: Math.min(8, n - 1),
    ...subProgress(control, 0, split.cluster),
  })
  let stability = null
  if (req.resamples > 0) {
    control.onStage?.('stability')
    stability = bootstrapStability(run.labels, distanceRecluster(d, n, method, run.requestedK, req.minShare), {
      resamples: req.resamples,
      seed: req.seed,
      ...subProgress(control, split.cluster, split.stability),
    })
  }
  let agreement = null
  if (method === 'kmedoids') {
    control.onStage?.('seeds')
    agreement = seedAgreement(
      (s) => distanceLabels(d, n, run.requestedK, s, req.minShare),
      Array.from({ length: AGREEMENT_SEEDS }, (_, i) => (req.seed + i) >>> 0),
      subProgress(control, split.stability, 1),
    )
  }
  return {
    k: run.k,
    requestedK: run.requestedK,
    labels: run.labels,
    silhouette: run.silhouette,
    candidates: run.candidates,
    gapK: null,
    removed: run.removed,
    stability: stability?.jaccard ?? null,
    badges: stability?.badges ?? null,
    seedAgreement: agreement?.meanAri ?? null,
    merges: run.merges?.map(({ a, b, height, size }) => ({ a, b, height, size })) ?? null,
  }
}
