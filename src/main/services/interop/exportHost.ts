/**
 * Runs a long export in a worker thread with its own read-only connection, so other requests are
 * answered while it runs, and a cancel ends it at once: the worker is terminated (the export is
 * synchronous, so a message would not be read before it finished) and its temporary file removed,
 * so neither a finished nor a partial file is left under the name asked for.
 */
import { rmSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { NeedleError, type ErrorPayload } from '../../../shared/errors'
import { workerEntry } from '../workerEntry'
import { runExportJob, targetOf, type ExportJob, type ExportValue } from './exportJobs'
import { temporaryBeside } from './files'
import type Database from 'better-sqlite3'

// Kept in variables: a literal `new URL('./exportWorker.ts', import.meta.url)` would be copied as an asset by the bundler.
const SOURCE_WORKER = 'exportWorker.ts'
const BUILT_WORKER = 'exportWorker.js'

export function exportCancelled(): NeedleError {
  return new NeedleError('cancelled', 'The export was cancelled. No file was written.')
}

/** `db` is the session's connection, used only when no worker can start. */
export function runExport(db: Database.Database, job: ExportJob, signal?: AbortSignal): Promise<ExportValue> {
  if (signal?.aborted) return Promise.reject(exportCancelled())
  // Refusals (the open project as target, a missing folder) come at once, before a thread starts.
  const target = targetOf(job)
  const entry = workerEntry(import.meta.url, SOURCE_WORKER, BUILT_WORKER)
  if (!entry) return Promise.resolve().then(() => runExportJob(db, job))
  return new Promise<ExportValue>((resolve, reject) => {
    const worker = new Worker(entry.url, { workerData: job, execArgv: entry.execArgv })
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onAbort)
      fn()
    }
    // Answered once the thread has stopped and its temporary file is gone, so nothing is left behind the answer.
    const onAbort = () =>
      finish(() => {
        void worker
          .terminate()
          .catch(() => {})
          .then(() => {
            rmSync(temporaryBeside(target), { force: true })
            reject(exportCancelled())
          })
      })
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (msg: { type: 'result'; value: ExportValue } | { type: 'error'; error: ErrorPayload }) => {
      if (msg.type === 'result') finish(() => resolve(msg.value))
      else finish(() => reject(new NeedleError(msg.error.code, msg.error.message, msg.error.details)))
    })
    worker.on('error', (err) => finish(() => reject(new NeedleError('internal', `The export worker failed: ${err.message}`))))
    worker.on('exit', (code) =>
      finish(() => reject(new NeedleError('internal', `The export worker stopped (exit code ${code}) before finishing.`))),
    )
  })
}
