/**
 * Work a k-means segmentation can hand to the other core: whole k-means runs (a candidate k, a range
 * of restarts), the gap statistic, one bootstrap resample, one seed of the agreement check. Each task
 * is plain data and deterministic, so it gives the same answer on whichever thread runs it; the
 * caller combines the answers in a fixed order, so a run with a helper thread and one without give
 * identical results.
 *
 * `Offload` is how the math asks: `submit` hands a task over at once and returns a function that
 * blocks until its answer is there. `localOffload` runs the task on this thread when the answer is
 * first asked for (no helper: the same work, one core). services/segments/helper.ts is the other
 * implementation, a worker thread fed through a message port.
 */
import { gapStatisticKMeans, type GapResult } from './gap'
import { dist2, kmeans, type KMeansResult } from './kmeans'
import { selectRows, type Matrix } from './matrix'
import { mergeSmallSegments } from './minShare'
import { deriveSeed, mulberry32, sampleWithReplacement } from './random'

export type OffloadTask =
  | { kind: 'kmeans'; k: number; seed: number; restarts: number; firstRestart: number }
  | { kind: 'gap'; kMax: number; seed: number; references?: number; sampleSize?: number; restarts?: number }
  | { kind: 'resample'; k: number; minShare: number; seed: number; b: number; restarts: number }
  | { kind: 'seedLabels'; k: number; minShare: number; seed: number; restarts: number }

export interface OffloadAnswers {
  kmeans: KMeansResult
  gap: GapResult
  resample: Int32Array
  seedLabels: Int32Array
}

export interface Offload {
  submit<T extends OffloadTask>(task: T): () => OffloadAnswers[T['kind']]
  /** True when tasks run on another thread (callers then split work between both). */
  readonly parallel: boolean
  /** Done: stop the helper thread, if any. */
  close?(): void
}

/** Bootstrap resample b: participants drawn with replacement (see stability.ts). */
export function resampleIndices(seed: number, b: number, n: number): Int32Array {
  return sampleWithReplacement(mulberry32(deriveSeed(seed, b)), n)
}

/** The seed resample b is re-clustered with. */
export function resampleSeed(seed: number, b: number): number {
  return deriveSeed(seed, 5000 + b)
}

/** k-means then the small-segment merge: how the run, each resample and each agreement seed cluster. */
export function mergedKMeans(x: Matrix, k: number, minShare: number, seed: number, restarts: number): Int32Array {
  const run = kmeans(x, k, { seed, restarts })
  return mergeSmallSegments(run.labels, minShare, (i, s) => dist2(x.data, i * x.cols, run.centres, s * x.cols, x.cols)).labels
}

export function runTask(z: Matrix, task: OffloadTask): OffloadAnswers[OffloadTask['kind']] {
  switch (task.kind) {
    case 'kmeans':
      return kmeans(z, task.k, { seed: task.seed, restarts: task.restarts, firstRestart: task.firstRestart })
    case 'gap':
      return gapStatisticKMeans(z, task)
    case 'resample':
      return mergedKMeans(
        selectRows(z, resampleIndices(task.seed, task.b, z.rows)),
        task.k,
        task.minShare,
        resampleSeed(task.seed, task.b),
        task.restarts,
      )
    case 'seedLabels':
      return mergedKMeans(z, task.k, task.minShare, task.seed, task.restarts)
  }
}

/** No helper thread: each task runs here, when its answer is first needed. */
export function localOffload(z: Matrix): Offload {
  return {
    parallel: false,
    submit<T extends OffloadTask>(task: T) {
      let answer: OffloadAnswers[T['kind']] | undefined
      return () => (answer ??= runTask(z, task) as OffloadAnswers[T['kind']])
    },
  }
}
