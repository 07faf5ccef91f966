/** Sharing, merging, agreement and REFI-QDA exchange, over the open project. */
import { basename, resolve } from 'node:path'
import type { ExportResult, MergeReport, QdpxImportReport } from '../../../shared/contract/interop'
import { NeedleError } from '../../../shared/errors'
import type { HandlerMap } from '../handlers'
import type { Session } from '../../session'
import { agreement } from './agreement'
import { sharingReview } from './anonymise'
import { codersOf } from './coders'
import { runExport } from './exportHost'
import type { ExportJob, ExportValue } from './exportJobs'
import { exportQdc } from './qdpx/export'
import { exportForSharing } from './share'
import { runSessionWrite } from '../jobs/jobHost'

export const interopHandlers: HandlerMap<
  | 'project.exportForSharing'
  | 'project.sharingReview'
  | 'project.merge'
  | 'coding.agreement'
  | 'coding.coders'
  | 'interop.exportQdpx'
  | 'interop.exportQdc'
  | 'interop.importQdpx'
  | 'interop.exportCsv'
  | 'export.cancel'
> = {
  'project.exportForSharing': (session, { path, anonymise, identifyingAttributes, maskNames }) =>
    exportForSharing(session.requireProject(), path, anonymise ?? false, { identifyingAttributes, maskNames }),
  'project.sharingReview': (session, { identifyingAttributes }) => sharingReview(session.requireProject().db, identifyingAttributes),
  // Merges and REFI-QDA imports run in a worker thread with their own connection (services/jobs); import.cancel stops them.
  'project.merge': (session, { path, jobId }) =>
    runSessionWrite<MergeReport>(session, { jobId, busyWith: `The merge of ${basename(path)}` }, (projectPath) => ({
      kind: 'merge',
      projectPath,
      path: resolve(path),
    })),
  'coding.agreement': (session, { coderA, coderB, documentIds }) => agreement(session.requireProject().db, coderA, coderB, documentIds),
  'coding.coders': (session) => codersOf(session.requireProject().db),
  'interop.exportQdpx': (session, { path, jobId }) => {
    const project = session.requireProject()
    return exportJob(session, jobId, { kind: 'qdpx', path, projectPath: project.path }) as Promise<ExportResult>
  },
  'interop.exportQdc': (session, { path }) => {
    const project = session.requireProject()
    return exportQdc(project.db, path, project.path)
  },
  'interop.importQdpx': (session, { path, jobId }) =>
    runSessionWrite<QdpxImportReport>(session, { jobId, busyWith: `The import of ${basename(path)}` }, (projectPath) => ({
      kind: 'refi',
      projectPath,
      path: resolve(path),
    })),
  'interop.exportCsv': (session, { path, table, jobId }) => {
    const project = session.requireProject()
    return exportJob(session, jobId, { kind: 'csv', path, projectPath: project.path, table }) as Promise<{ path: string; rows: number }>
  },
  'export.cancel': (session, { jobId }) => {
    const job = session.jobs.get(jobId)
    job?.abort()
    return { cancelled: Boolean(job) }
  },
}

/** Runs an export off the thread that answers requests, registered under `jobId` (when given) so export.cancel can stop it. */
async function exportJob(session: Session, jobId: string | undefined, job: ExportJob): Promise<ExportValue> {
  const db = session.requireProject().db
  if (jobId === undefined) return runExport(db, job)
  if (session.jobs.has(jobId)) throw new NeedleError('conflict', `A job with id ${jobId} is already running.`)
  const controller = new AbortController()
  session.jobs.set(jobId, controller)
  try {
    return await runExport(db, job, controller.signal)
  } finally {
    session.jobs.delete(jobId)
  }
}
