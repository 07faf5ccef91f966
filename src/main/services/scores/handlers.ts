import type { HandlerMap } from '../handlers'
import { computeScores, saveScoreSettings, savedScoreSettings } from './compute'

export const scoreHandlers: HandlerMap<'scores.compute' | 'scores.get'> = {
  // Computing is a read; the settings are saved (for rules' score conditions) only where the project is writable.
  'scores.compute': (session, settings) => {
    const project = session.requireProject()
    const table = computeScores(project.db, settings)
    if (!project.readOnly && !session.busyWith) saveScoreSettings(project.db, settings)
    return table
  },
  'scores.get': (session) => {
    const db = session.requireProject().db
    const settings = savedScoreSettings(db)
    return settings ? computeScores(db, settings) : null
  },
}
