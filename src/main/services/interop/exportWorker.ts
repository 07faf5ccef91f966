/**
 * The worker-thread entry of a long export: the job arrives as workerData, and it runs on a
 * read-only connection of its own to the project file, so the thread that serves requests (the
 * browser edition's server, the desktop's session worker) keeps answering meanwhile. The file
 * is in WAL mode while open, so this connection reads the last commit while the session writes.
 */
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { NeedleError } from '../../../shared/errors'
import { runExportJob, type ExportJob } from './exportJobs'

const port = parentPort
if (port) {
  const job = workerData as ExportJob
  let db: Database.Database | null = null
  try {
    db = new Database(job.projectPath, { readonly: true, fileMustExist: true, timeout: 5000 })
    db.pragma('trusted_schema = OFF')
    port.postMessage({ type: 'result', value: runExportJob(db, job) })
  } catch (err) {
    const error =
      err instanceof NeedleError
        ? err.toPayload()
        : { code: 'internal', message: `The export failed: ${(err as Error)?.message ?? String(err)}` }
    port.postMessage({ type: 'error', error })
  } finally {
    db?.close()
  }
}
