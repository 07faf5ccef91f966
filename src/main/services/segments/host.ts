/**
 * Runs a clustering job in a worker thread, so the window (and the browser edition's server) keeps
 * answering while k-means, the gap statistic and 100 bootstrap resamples run. Cancel terminates the
 * worker: the math is synchronous, so a message would never be read before it finished.
 *
 * Finding the worker's code:
 *  - from source (tsx: the CLI, the tests, the browser edition) this module is a .ts file, and the
 *    worker is worker.ts loaded with tsx's loader (`--import`), since a new thread does not inherit
 *    the parent's loader hooks;
 *  - in the Electron build it is out/main/segmentsWorker.js (an extra rollup input in
 *    electron.vite.config.ts), beside the bundle or one folder up from a shared chunk;
 *  - if neither exists the job runs in-process (blocking, but correct), rather than failing.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { NeedleError } from '../../../shared/errors'
import { compute, type ComputeRequest, type ComputeResult, type Stage } from './compute'

export interface HostHooks {
  signal?: AbortSignal
  onProgress?(stage: Stage, fraction: number | null): void
}

// Kept in variables: a literal `new URL('./worker.ts', import.meta.url)` would be copied as an asset by the bundler.
const SOURCE_WORKER = 'worker.ts'
const BUILT_WORKER = 'segmentsWorker.js'

interface WorkerEntry {
  url: URL
  execArgv: string[]
}

function workerEntry(): WorkerEntry | null {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) {
    const source = join(dirname(here), SOURCE_WORKER)
    try {
      const tsx = createRequire(import.meta.url).resolve('tsx')
      if (existsSync(source)) return { url: pathToFileURL(source), execArgv: ['--import', pathToFileURL(tsx).href] }
    } catch {
      return null
    }
    return null
  }
  for (const dir of [dirname(here), dirname(dirname(here))]) {
    const built = join(dir, BUILT_WORKER)
    if (existsSync(built)) return { url: pathToFileURL(built), execArgv: [] }
  }
  return null
}

export function cancelledError(): NeedleError {
  return new NeedleError('cancelled', 'The segmentation run was cancelled. Nothing was saved.')
}

export function runInWorker(req: ComputeRequest, hooks: HostHooks = {}): Promise<ComputeResult> {
  if (hooks.signal?.aborted) return Promise.reject(cancelledError())
  const entry = workerEntry()
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
