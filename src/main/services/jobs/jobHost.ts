/**
 * Runs a long write (writeJobs.ts) in a worker thread with its own connection to the project
 * file, registered in the session: other writes are refused meanwhile (session.busyWith), progress
 * is relayed, `import.cancel` stops it, and closing the project (the server's SIGTERM, the app
 * quitting, the CLI's Ctrl+C) stops it first.
 *
 * Stopping terminates the thread at once, in whatever it is doing (reading, parsing, writing): its
 * connection closes with the transaction open and SQLite rolls it back, so nothing is half-imported.
 * The worker claims the shared state before its COMMIT (jobState.ts); a cancel that comes later
 * lets it finish, so the answer (the result or 'cancelled') is always what the file holds.
 * A worker that finished its job is kept for the next one (starting a thread and loading the
 * importers costs far more than a small import).
 */
import { Worker } from 'node:worker_threads'
import { NeedleError, type ErrorPayload } from '../../../shared/errors'
import type { Session } from '../../session'
import type { ImportProgress } from '../imports/run'
import { projectSummary } from '../project/summary'
import { workerEntry } from '../workerEntry'
import { CANCELLED, claim, newJobState } from './jobState'
import type { JobRequest } from './jobWorker'
import { runWriteJob, type WriteJob, type WriteValue } from './writeJobs'

// Kept in variables: a literal `new URL('./jobWorker.ts', import.meta.url)` would be copied as an asset by the bundler.
const SOURCE_WORKER = 'jobWorker.ts'
const BUILT_WORKER = 'jobWorker.js'

type FromJobWorker =
  { type: 'progress'; progress: ImportProgress } | { type: 'result'; value: WriteValue } | { type: 'error'; error: ErrorPayload }

const WHAT: Record<WriteJob['kind'], string> = {
  import: 'The import was cancelled. Nothing was imported',
  refi: 'The import was cancelled. Nothing was imported',
  merge: 'The merge was cancelled. Nothing was merged',
}

function cancelledJob(job: WriteJob): NeedleError {
  return new NeedleError('cancelled', `${WHAT[job.kind]}; the project is as it was.`)
}

/**
 * One idle job worker is kept for the next job (a batch of imports, a test suite) for IDLE_MS,
 * unref'd, so it never keeps a process alive; then it goes, and with it whatever memory its last
 * job left for a garbage collection that an idle thread never runs. A job that finds none, or finds
 * it taken, starts a new thread. A stopped job's thread is gone for good.
 */
const IDLE_MS = 30_000
let idle: { worker: Worker; forget: () => void; timer: NodeJS.Timeout } | null = null

function takeWorker(entry: NonNullable<ReturnType<typeof workerEntry>>): Worker {
  const kept = idle
  idle = null
  if (!kept) return new Worker(entry.url, { execArgv: entry.execArgv })
  clearTimeout(kept.timer)
  kept.worker.off('exit', kept.forget).off('error', kept.forget)
  kept.worker.ref()
  return kept.worker
}

function keepWorker(worker: Worker): void {
  if (idle) return void worker.terminate()
  // A thread that dies while idle (it should not) is not handed out again.
  const forget = () => {
    if (idle?.worker === worker) idle = null
  }
  worker.unref()
  worker.on('exit', forget).on('error', forget)
  const timer = setTimeout(() => {
    forget()
    void worker.terminate()
  }, IDLE_MS)
  timer.unref()
  idle = { worker, forget, timer }
}

/** The job in a worker thread; in-process (on the session's connection) where no worker can start. */
function inWorker(session: Session, job: WriteJob, signal: AbortSignal, onProgress?: (p: ImportProgress) => void): Promise<WriteValue> {
  const entry = workerEntry(import.meta.url, SOURCE_WORKER, BUILT_WORKER)
  if (!entry) {
    const beforeCommit = () => {
      if (signal.aborted) throw cancelledJob(job)
    }
    return runWriteJob(session.requireProject().db, job, { signal, onProgress, beforeCommit })
  }
  const state = newJobState()
  const worker = takeWorker(entry)
  return new Promise<WriteValue>((resolve, reject) => {
    let settled = false
    const finish = (fn: () => void, reusable: boolean) => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', onAbort)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      if (reusable) keepWorker(worker)
      fn()
    }
    // Answered once the thread (and with it its connection) is gone, so a project closed next closes after it.
    const onAbort = () => {
      if (!claim(state, CANCELLED)) return // already committing: its result comes
      finish(() => {
        const answer = () => reject(cancelledJob(job))
        worker.terminate().then(answer, answer)
      }, false)
    }
    const onMessage = (msg: FromJobWorker) => {
      if (msg.type === 'progress') onProgress?.(msg.progress)
      else if (msg.type === 'result') finish(() => resolve(msg.value), true)
      else finish(() => reject(new NeedleError(msg.error.code, msg.error.message, msg.error.details)), true)
    }
    const onError = (err: Error) => finish(() => reject(new NeedleError('internal', `The job's worker failed: ${err.message}`)), false)
    const onExit = (code: number) =>
      finish(() => reject(new NeedleError('internal', `The job's worker stopped (exit code ${code}) before finishing.`)), false)
    signal.addEventListener('abort', onAbort, { once: true })
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    const request: JobRequest = { job, state: state.buffer as SharedArrayBuffer }
    worker.postMessage(request)
  })
}

/**
 * Runs `job` as the session's one write: refused while another runs or when read-only, cancellable
 * by `jobId` (import.cancel), and announced with project.changed when it ends (committed or not).
 */
export async function runSessionWrite<T extends WriteValue>(
  session: Session,
  opts: { jobId?: string; busyWith: string; onProgress?: (p: ImportProgress) => void },
  job: (projectPath: string) => WriteJob,
): Promise<T> {
  session.writable()
  const jobId = opts.jobId ?? `job-${Date.now()}-${Math.random().toString(36).slice(2)}`
  if (session.jobs.has(jobId)) throw new NeedleError('conflict', `A job with id ${jobId} is already running.`)
  const controller = new AbortController()
  session.jobs.set(jobId, controller)
  session.busyWith = opts.busyWith
  try {
    return (await inWorker(session, job(session.requireProject().path), controller.signal, opts.onProgress)) as T
  } finally {
    session.jobs.delete(jobId)
    session.busyWith = null
    if (session.project) session.emit('project.changed', { summary: projectSummary(session.project) })
  }
}
