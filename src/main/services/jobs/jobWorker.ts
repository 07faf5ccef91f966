/**
 * The worker thread that runs long writes (writeJobs.ts), one at a time, each on a connection of
 * its own to the project file, so the thread that serves requests (the browser edition's server,
 * the desktop's session worker) keeps answering, and a large COMMIT blocks only this thread. The
 * file is in WAL mode while open: the session's connection reads the last commit meanwhile, and
 * sees a job's rows once it commits. The thread stays for the next job (starting one costs far more
 * than a small import), holding no connection between jobs.
 *
 * A job is stopped by terminating the thread (jobHost.ts), in whatever it is doing: its connection
 * closes with the transaction open, and SQLite rolls it back. Just before COMMIT a job claims the
 * shared state (jobState.ts), so a job that its host already cancelled never commits.
 */
import type Database from 'better-sqlite3'
import { parentPort } from 'node:worker_threads'
import { NeedleError } from '../../../shared/errors'
import { openJobConnection } from '../../db/open'
import { cancelled } from '../imports/run'
import { claim, COMMITTING } from './jobState'
import { runWriteJob, type WriteJob } from './writeJobs'

export interface JobRequest {
  job: WriteJob
  /** jobState.ts's shared Int32. */
  state: SharedArrayBuffer
}

const port = parentPort
port?.on('message', async ({ job, state }: JobRequest) => {
  const shared = new Int32Array(state)
  let db: Database.Database | null = null
  try {
    db = openJobConnection(job.projectPath)
    const value = await runWriteJob(db, job, {
      // Never aborted: the host stops this thread instead.
      signal: new AbortController().signal,
      onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
      beforeCommit: () => {
        if (!claim(shared, COMMITTING)) throw cancelled()
      },
    })
    port.postMessage({ type: 'result', value })
  } catch (err) {
    const error =
      err instanceof NeedleError
        ? err.toPayload()
        : { code: 'internal', message: `The job failed: ${(err as Error)?.message ?? String(err)}` }
    port.postMessage({ type: 'error', error })
  } finally {
    db?.close()
  }
})
