import { randomUUID } from 'node:crypto'
import { NeedleError } from '../../../shared/errors'
import type { HandlerMap } from '../handlers'
import { segmentCharts } from './charts'
import { explainSegment } from './explain'
import { rememberPreview, takePreview } from './previews'
import { addMembers, createRuleSegment, removeMembers, updateSegment } from './rules'
import { runSegmentation } from './run'
import { deleteSegment, listMembers, listSegments, renameSegment, saveRun } from './store'

/** Segment runs share the session's job table (closing the project cancels them) under their own prefix. */
const jobKey = (jobId: string) => `segments:${jobId}`

type SegmentChannel =
  | 'segments.run'
  | 'segments.cancel'
  | 'segments.saveRun'
  | 'segments.list'
  | 'segments.members'
  | 'segments.delete'
  | 'segments.rename'
  | 'segments.explain'
  | 'segments.createRule'
  | 'segments.update'
  | 'segments.addMembers'
  | 'segments.removeMembers'
  | 'segments.charts'

export const segmentHandlers: HandlerMap<SegmentChannel> = {
  'segments.run': async (session, { jobId: given, ...options }) => {
    const project = session.requireProject()
    const jobId = given ?? randomUUID()
    if (session.jobs.has(jobKey(jobId))) throw new NeedleError('conflict', `A segmentation run with id ${jobId} is already running.`)
    const controller = new AbortController()
    session.jobs.set(jobKey(jobId), controller)
    try {
      const preview = await runSegmentation(project.db, options, {
        signal: controller.signal,
        onProgress: (p) => session.emit('segments.progress', { jobId, ...p }),
      })
      rememberPreview(session, project.path, preview)
      return preview
    } finally {
      session.jobs.delete(jobKey(jobId))
    }
  },
  'segments.cancel': (session, { jobId }) => {
    const job = session.jobs.get(jobKey(jobId))
    job?.abort()
    return { cancelled: Boolean(job) }
  },
  'segments.saveRun': (session, { runId }) => {
    const db = session.writable()
    return saveRun(db, takePreview(session, session.requireProject().path, runId))
  },
  'segments.list': (session) => listSegments(session.requireProject().db),
  'segments.members': (session, { id }) => listMembers(session.requireProject().db, id),
  'segments.delete': (session, { id }) => deleteSegment(session.writable(), id),
  'segments.rename': (session, { id, name }) => renameSegment(session.writable(), id, name),
  'segments.explain': (session, { segmentId, today }) => explainSegment(session.requireProject().db, segmentId, today),
  'segments.createRule': (session, { name, rule }) => createRuleSegment(session.writable(), name, rule),
  'segments.update': (session, { id, name, rule }) => updateSegment(session.writable(), id, { name, rule }),
  'segments.addMembers': (session, { id, participantIds }) => addMembers(session.writable(), id, participantIds),
  'segments.removeMembers': (session, { id, participantIds }) => removeMembers(session.writable(), id, participantIds),
  'segments.charts': (session, input) => segmentCharts(session.requireProject().db, input),
}
