import type { HandlerMap } from '../handlers'
import { analyze } from './analyze'
import { codesByMonth } from './codesByMonth'
import { loadEvents } from './events'
import { outcomeChoices } from './outcome'
import { membersCsv, saveAtRiskSegment } from './segment'
import { timeline } from './timeline'

export const breadcrumbHandlers: HandlerMap<
  | 'timeline.get'
  | 'breadcrumbs.analyze'
  | 'breadcrumbs.saveSegment'
  | 'breadcrumbs.codesByMonth'
  | 'breadcrumbs.eventTypes'
  | 'breadcrumbs.membersCsv'
  | 'breadcrumbs.outcomes'
> = {
  'timeline.get': (session, { participant }) => timeline(session.requireProject().db, participant),
  'breadcrumbs.analyze': (session, options) => analyze(session.requireProject().db, options),
  'breadcrumbs.saveSegment': (session, input) => saveAtRiskSegment(session.writable(), input),
  'breadcrumbs.codesByMonth': (session) => codesByMonth(session.requireProject().db),
  'breadcrumbs.membersCsv': (session, { segmentId }) => membersCsv(session.requireProject().db, segmentId),
  'breadcrumbs.eventTypes': (session) => loadEvents(session.requireProject().db).typeCounts,
  'breadcrumbs.outcomes': (session) => {
    const db = session.requireProject().db
    return outcomeChoices(db, loadEvents(db))
  },
}
