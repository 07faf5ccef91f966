import { NeedleError } from '../../../shared/errors'
import { currentCoderId } from '../coding/coders'
import { recordAction } from '../coding/undo'
import type { HandlerMap } from '../handlers'
import { codeAllResults } from './codeAll'
import { searchSliced } from './search'

/** The running search, among the session's jobs so closing the project stops it too; not a valid import job id. */
const SEARCH_JOB = '\u0000search'

export const searchHandlers: HandlerMap<'search.query' | 'search.codeAll' | 'search.cancel'> = {
  // One search at a time: the newest query is the one the researcher is waiting for.
  'search.query': async (session, { query, filters, limit, after, count }) => {
    const db = session.requireProject().db
    session.jobs.get(SEARCH_JOB)?.abort()
    const controller = new AbortController()
    session.jobs.set(SEARCH_JOB, controller)
    try {
      return await searchSliced(db, query, filters, { limit, after, count }, controller.signal)
    } finally {
      if (session.jobs.get(SEARCH_JOB) === controller) session.jobs.delete(SEARCH_JOB)
    }
  },
  'search.cancel': (session) => {
    const running = session.jobs.get(SEARCH_JOB)
    running?.abort()
    session.jobs.delete(SEARCH_JOB)
    return { cancelled: Boolean(running) }
  },
  'search.codeAll': (session, { query, filters, codeId }) => {
    const code = session.requireProject().db.prepare('SELECT name FROM codes WHERE id = ?').pluck().get(codeId) as string | undefined
    if (code === undefined) throw new NeedleError('not_found', `Code ${codeId} does not exist in this codebook.`)
    return recordAction(session, `Code all results of “${query}” as “${code}”`, (db) =>
      codeAllResults(db, query, filters, codeId, currentCoderId(session, db)),
    )
  },
}
