import { NeedleError } from '../../../shared/errors'
import { currentCoderId } from '../coding/coders'
import { recordAction } from '../coding/undo'
import type { HandlerMap } from '../handlers'
import { codeAllResults } from './codeAll'
import { search } from './search'

export const searchHandlers: HandlerMap<'search.query' | 'search.codeAll'> = {
  'search.query': (session, { query, filters, limit, after, count }) =>
    search(session.requireProject().db, query, filters, { limit, after, count }),
  'search.codeAll': (session, { query, filters, codeId }) => {
    const code = session.requireProject().db.prepare('SELECT name FROM codes WHERE id = ?').pluck().get(codeId) as string | undefined
    if (code === undefined) throw new NeedleError('not_found', `Code ${codeId} does not exist in this codebook.`)
    return recordAction(session, `Code all results of “${query}” as “${code}”`, (db) =>
      codeAllResults(db, query, filters, codeId, currentCoderId(session, db)),
    )
  },
}
