/**
 * Runs a clustering job in a worker thread, so the window (and the browser edition's server) keeps
 * answering while k-means, the gap statistic and 100 bootstrap resamples run. Cancel terminates the
 * worker: the math is synchronous, so a message would never be read before it finished.
 *
 * Where the worker's code is found: workerFile.ts.
 */
import { Worker } from 'node:worker_threads'
import { NeedleError } from '../../../shared/errors'
import { compute, type ComputeRequest, type ComputeResult, type Stage } from './compute'
import { workerEntry } from './workerFile'

export interface HostHooks {
  signal?: AbortSignal
  onProgress?(stage: Stage, fraction: number | null): void
}

// Kept in variables: a literal `new URL('./worker.ts', import.meta.url)` would be copied as an asset by the bundler.
const SOURCE_WORKER = 'worker.ts'
const BUILT_WORKER = 'segmentsWorker.js'

export function cancelledError(): NeedleError {
  return new NeedleError('cancelled', 'The segmentation run was cancelled. Nothing was saved.')
}

export function runInWorker(req: ComputeRequest, hooks: HostHooks = {}): Promise<ComputeResult> {
  if (hooks.signal?.aborted) return Promise.reject(cancelledError())
  const entry = workerEntry(SOURCE_WORKER, BUILT_WORKER)
  if (!entry) return Promise.resolve().then(() => runInProcess(req, hooks))
  return new Promise<ComputeResult>((resolve, reject) => {
    const worker = new Worker(entry.url, { workerData: req, execArgv: entry.execArgv })
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      hooks.signal?.removeEventListener('abort', onAbort)
      fn()
    }
    const onAbort = () =>
      finish(() => {
        void worker.terminate()
        reject(cancelledError())
      })
    hooks.signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (msg: { type: string; stage?: Stage; fraction?: number | null; result?: ComputeResult; message?: string }) => {
      if (msg.type === 'progress') hooks.onProgress?.(msg.stage!, msg.fraction ?? null)
      else if (msg.type === 'result') finish(() => resolve(msg.result!))
      else if (msg.type === 'error') finish(() => reject(new NeedleError('invalid_input', `Segmentation failed: ${msg.message}`)))
    })
    worker.on('error', (err) => finish(() => reject(new NeedleError('internal', `The segmentation worker failed: ${err.message}`))))
    worker.on('exit', (code) =>
      finish(() => reject(new NeedleError('internal', `The segmentation worker stopped (exit code ${code}) before finishing.`))),
    )
  })
}

/** The same job on this thread: for the sample build and as the fallback when no worker file exists. */
export function runInProcess(req: ComputeRequest, hooks: HostHooks = {}): ComputeResult {
  let stage: Stage = 'clustering'
  try {
    return compute(req, {
      signal: hooks.signal,
      onStage: (s) => {
        stage = s
        hooks.onProgress?.(s, null)
      },
      onProgress: (f) => hooks.onProgress?.(stage, f),
    })
  } catch (err) {
    if ((err as Error)?.name === 'CancelledError') throw cancelledError()
    throw new NeedleError('invalid_input', `Segmentation failed: ${(err as Error)?.message ?? String(err)}`)
  }
}
