/** "Code all results": every search hit becomes a highlight with the chosen code, as one undo step. */
import type Database from 'better-sqlite3'
import type { SearchFilters, SearchHit } from '../../../shared/contract/search'
import { NeedleError } from '../../../shared/errors'
import { insertHighlight } from '../coding/highlights'
import { forEachHit, matchingIds } from './search'
import { parseQuery } from './query'

export function codeAllResults(db: Database.Database, query: string, filters: SearchFilters | undefined, codeId: number, coderId: number) {
  if (!db.prepare('SELECT 1 FROM codes WHERE id = ?').get(codeId))
    throw new NeedleError('not_found', `Code ${codeId} does not exist in this codebook.`)
  const q = parseQuery(query)
  const hits: SearchHit[] = []
  if (q.fts) forEachHit(db, q, matchingIds(db, q, filters), (h) => (hits.push(h), true))
  let created = 0
  let added = 0
  let alreadyCoded = 0
  const same = db.prepare('SELECT id FROM highlights WHERE document_id = ? AND start = ? AND end = ? ORDER BY id LIMIT 1').pluck()
  const link = db.prepare('INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)')
  for (const hit of hits) {
    // A span already highlighted gets the code added instead of a second, identical highlight.
    const existing = same.get(hit.document, hit.start, hit.end) as number | undefined
    if (existing !== undefined) {
      if (link.run(existing, codeId).changes) added++
      else alreadyCoded++
      continue
    }
    insertHighlight(db, { documentId: hit.document, start: hit.start, end: hit.end, codeIds: [codeId], coderId })
    created++
  }
  return { hits: hits.length, created, added, alreadyCoded }
}
