/**
 * Full-text search: FTS5 finds the documents, locate() finds the words in each document's
 * original text, kwic() cuts the context. Documents come in id order (import order), which
 * keeps paging stable and lets the first page return without ranking every match.
 */
import type Database from 'better-sqlite3'
import type { SearchCursor, SearchFilters, SearchHit, SearchResult } from '../../../shared/contract/search'
import type { SourceKind } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'
import { kwic } from './kwic'
import { locateInWindows } from './locate'
import { parseQuery, type ParsedQuery } from './query'

interface DocRow {
  id: number
  title: string
  /** UTF-8 bytes of the text (see docsOf). */
  text: Buffer
  sourceId: number
  participantId: number | null
  hasTurns: 0 | 1
}

interface UtteranceRow {
  seq: number
  speaker: string | null
  participantId: number | null
  start: number
  end: number
}

/**
 * Looks a row up once per search and remembers it: a page's documents share a handful of
 * sources and participants, and joining them into every document read cost more than
 * reading the document itself (bench/search.ts).
 */
function memo<K, V>(load: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>()
  return (key) => {
    if (!seen.has(key)) seen.set(key, load(key))
    return seen.get(key)!
  }
}

function filterSql(filters: SearchFilters | undefined): { joins: string; where: string[]; args: unknown[] } {
  const where: string[] = []
  const args: unknown[] = []
  if (filters?.sourceKinds?.length) {
    where.push(`s.kind IN (${filters.sourceKinds.map(() => '?').join(', ')})`)
    args.push(...filters.sourceKinds)
  }
  if (filters?.codeIds?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id
                WHERE h.document_id = d.id AND hc.code_id IN (${filters.codeIds.map(() => '?').join(', ')}))`,
    )
    args.push(...filters.codeIds)
  }
  if (filters?.participantAttribute) {
    where.push(
      `d.participant_id IN (SELECT pa.participant_id FROM participant_attributes pa JOIN attributes a ON a.id = pa.attribute_id
                             WHERE a.name = ? COLLATE NOCASE AND pa.value = ? COLLATE NOCASE)`,
    )
    args.push(filters.participantAttribute.name, filters.participantAttribute.value)
  }
  return { joins: where.length ? 'JOIN sources s ON s.id = d.source_id' : '', where, args }
}

/** Ids of matching documents in id order (auto-code's "code all" takes every one). */
export function matchingIds(db: Database.Database, q: ParsedQuery, filters?: SearchFilters): number[] {
  return [...idsFrom(db, q, filters, 0)]
}

/** How many documents match. */
function countMatching(db: Database.Database, q: ParsedQuery, filters?: SearchFilters): number {
  const f = filterSql(filters)
  if (f.where.length === 0) return statementsFor(db).countAll.get(q.fts) as number
  const sql = `SELECT count(*) FROM documents d ${f.joins} WHERE d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?) AND ${f.where.join(' AND ')}`
  return db
    .prepare(sql)
    .pluck()
    .get(q.fts, ...(f.args as never[])) as number
}

const ID_CHUNK = 256

/**
 * Matching document ids from `first` on, in id order, read ID_CHUNK at a time as the caller
 * asks for them: a page reads the index only as far as its last hit. (The rowid bound sits
 * inside the FTS5 subquery, where the index applies it, so a chunk never rescans what came before.)
 */
function* idsFrom(db: Database.Database, q: ParsedQuery, filters: SearchFilters | undefined, first: number): Generator<number> {
  const f = filterSql(filters)
  const stmt =
    f.where.length === 0
      ? statementsFor(db).matchChunk
      : db
          .prepare(
            `SELECT d.id FROM documents d ${f.joins}
              WHERE d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ? AND rowid >= ?) AND ${f.where.join(' AND ')}
              ORDER BY d.id LIMIT ?`,
          )
          .pluck()
  for (let from = first; ;) {
    const chunk = (
      f.where.length === 0 ? stmt.all(q.fts, from, ID_CHUNK) : stmt.all(q.fts, from, ...(f.args as never[]), ID_CHUNK)
    ) as number[]
    yield* chunk
    if (chunk.length < ID_CHUNK) return
    from = chunk[chunk.length - 1] + 1
  }
}

const UTTERANCE_CHUNK = 256

/**
 * The utterance holding each position, for positions asked in increasing order. Utterances
 * are read a chunk at a time in text order, so a results page in a 200,000-word transcript
 * reads only the turns up to its last hit, not all of them.
 */
function utteranceCursor(chunkStmt: Database.Statement, documentId: number, hasTurns: boolean): (position: number) => UtteranceRow | null {
  let chunk: UtteranceRow[] = []
  let i = 0
  let lastSeq = -1
  // Survey answers and feedback notes have no turns: the document read said so, no ordered read.
  let done = !hasTurns
  const current = (): UtteranceRow | null => {
    if (i < chunk.length) return chunk[i]
    if (done) return null
    chunk = chunkStmt.all(documentId, lastSeq, UTTERANCE_CHUNK) as UtteranceRow[]
    i = 0
    if (chunk.length < UTTERANCE_CHUNK) done = true
    if (chunk.length > 0) lastSeq = chunk[chunk.length - 1].seq
    return chunk[0] ?? null
  }
  return (position) => {
    let u = current()
    while (u && u.end <= position) {
      i++
      u = current()
    }
    return u && u.start <= position ? u : null
  }
}

/** Documents are read this many at a time (padded with NULL ids, which match nothing). */
const DOC_BATCH = 8

interface SearchStatements {
  countAll: Database.Statement
  matchAll: Database.Statement
  matchChunk: Database.Statement
  docBatch: Database.Statement
  utteranceChunk: Database.Statement
  sourceStmt: Database.Statement
  personStmt: Database.Statement
}

// Prepared once per connection: compiling four statements cost more than a short page of hits.
const prepared = new WeakMap<Database.Database, SearchStatements>()

function statementsFor(db: Database.Database): SearchStatements {
  let s = prepared.get(db)
  if (!s) {
    s = {
      countAll: db.prepare('SELECT count(*) FROM document_fts WHERE document_fts MATCH ?').pluck(),
      matchAll: db.prepare('SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid').pluck(),
      matchChunk: db.prepare('SELECT rowid FROM document_fts WHERE document_fts MATCH ? AND rowid >= ? ORDER BY rowid LIMIT ?').pluck(),
      // The text comes as UTF-8 bytes that docsOf decodes: better-sqlite3 builds strings with
      // V8's byte-at-a-time UTF-8 decoder, 5x slower on Arabic than Buffer#toString
      // (40 against 8 microseconds for a 5 KB document, bench/search.ts).
      docBatch: db.prepare(
        `SELECT id, title, CAST(text AS BLOB) AS text, source_id AS sourceId, participant_id AS participantId,
                EXISTS (SELECT 1 FROM utterances u WHERE u.document_id = d.id) AS hasTurns
           FROM documents d WHERE id IN (${Array(DOC_BATCH).fill('?').join(', ')})`,
      ),
      utteranceChunk: db.prepare(
        `SELECT seq, speaker, participant_id AS participantId, start, "end" FROM utterances
          WHERE document_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
      ),
      sourceStmt: db.prepare('SELECT name, kind FROM sources WHERE id = ?'),
      personStmt: db.prepare('SELECT coalesce(display_name, label) FROM participants WHERE id = ?').pluck(),
    }
    prepared.set(db, s)
  }
  return s
}

/** The documents with these ids, in the order given, read DOC_BATCH at a time as they are needed. */
function* docsOf(stmt: Database.Statement, ids: Iterable<number>): Generator<DocRow & { body: string }> {
  const iterator = ids[Symbol.iterator]()
  for (;;) {
    const wanted: number[] = []
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      wanted.push(next.value)
      if (wanted.length === DOC_BATCH) break
    }
    if (wanted.length === 0) return
    const batch: (number | null)[] = [...wanted]
    while (batch.length < DOC_BATCH) batch.push(null)
    const rows = new Map((stmt.all(...batch) as DocRow[]).map((r) => [r.id, r]))
    for (const id of wanted) {
      const row = rows.get(id)
      if (row) yield { ...row, body: row.text.toString('utf8') }
    }
  }
}

/** Yielded between documents and between windows of a long one: a point where a search may pause or stop. */
const PAUSE = null

/**
 * Every hit in document order, with PAUSE between pieces of work. With `after`, hits up to that
 * one are passed over before any context is cut for them (cursor paging).
 */
function* hitsOf(db: Database.Database, q: ParsedQuery, ids: Iterable<number>, after?: SearchCursor): Generator<SearchHit | typeof PAUSE> {
  const { docBatch, utteranceChunk, sourceStmt, personStmt } = statementsFor(db)
  const sourceOf = memo((id: number) => sourceStmt.get(id) as { name: string; kind: SourceKind })
  const nameOf = memo((id: number | null) => (id === null ? null : ((personStmt.get(id) as string | undefined) ?? null)))
  for (const doc of docsOf(docBatch, ids)) {
    yield PAUSE
    let utteranceAt: ((position: number) => UtteranceRow | null) | null = null
    for (const spans of locateInWindows(doc.body, q.terms)) {
      if (spans.length === 0) {
        yield PAUSE
        continue
      }
      const source = sourceOf(doc.sourceId)
      utteranceAt ??= utteranceCursor(utteranceChunk, doc.id, doc.hasTurns === 1)
      for (const [i, span] of spans.entries()) {
        // A window of a common word holds thousands of hits: pause among them too.
        if (i > 0 && i % 500 === 0) yield PAUSE
        if (after && doc.id === after.document && span.start <= after.start) continue
        const u = utteranceAt(span.start)
        yield {
          document: doc.id,
          documentTitle: doc.title,
          source: source.name,
          sourceKind: source.kind,
          speaker: u?.speaker ?? null,
          participant: u?.participantId != null ? nameOf(u.participantId) : nameOf(doc.participantId),
          start: span.start,
          end: span.end,
          ...kwic(doc.body, span.start, span.end),
        }
      }
      yield PAUSE
    }
  }
}

/** Calls visit for each hit in document order until it returns false. */
export function forEachHit(db: Database.Database, q: ParsedQuery, ids: Iterable<number>, visit: (hit: SearchHit) => boolean): void {
  for (const hit of hitsOf(db, q, ids)) if (hit !== PAUSE && !visit(hit)) return
}

/** Which page: how many hits, resuming after which one, and whether to count the matching documents. */
export interface SearchPage {
  limit: number
  after?: SearchCursor
  count?: boolean
}

/** How long a search runs before it lets other work (requests, a cancel, a signal) in. */
const SLICE_MS = 10

export function cancelledSearch(): NeedleError {
  return new NeedleError('cancelled', 'The search was cancelled (a newer search replaced it, or it was stopped).')
}

/**
 * One page of results, as steps: the generator yields PAUSE wherever the work may stop for a
 * moment and returns the page. search() runs it straight through; searchSliced() lets the
 * event loop in between steps.
 */
function* searchSteps(
  db: Database.Database,
  query: string,
  filters: SearchFilters | undefined,
  page: SearchPage,
): Generator<typeof PAUSE, SearchResult> {
  const q = parseQuery(query)
  if (!q.fts) return { total: 0, hits: [], more: false, next: null }
  // A first page without filters reads the matching ids once: their number is the total and their head
  // the page, where counting and then reading a chunk would run the same MATCH twice.
  const all =
    page.count !== false && !page.after && filterSql(filters).where.length === 0
      ? (statementsFor(db).matchAll.all(q.fts) as number[])
      : null
  const total = all ? all.length : page.count === false ? null : countMatching(db, q, filters)
  const hits: SearchHit[] = []
  let more = false
  if (total !== 0) {
    // The page resumes after the previous one's last hit: it costs its own hits only, however deep.
    for (const hit of hitsOf(db, q, all ?? idsFrom(db, q, filters, page.after?.document ?? 0), page.after)) {
      if (hit === PAUSE) {
        yield PAUSE
        continue
      }
      if (hits.length === page.limit) {
        more = true
        break
      }
      hits.push(hit)
    }
  }
  const last = hits[hits.length - 1]
  return { total, hits, more, next: more && last ? { document: last.document, start: last.start } : null }
}

export function search(db: Database.Database, query: string, filters: SearchFilters | undefined, page: SearchPage): SearchResult {
  const steps = searchSteps(db, query, filters, page)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * search() sharing the process: it yields to the event loop every SLICE_MS at the next pause
 * point (between documents, and between 256 K-character windows of a long one), so the browser edition
 * keeps answering other requests while a search walks a huge transcript, and it stops at the
 * next pause once `signal` is aborted.
 */
export async function searchSliced(
  db: Database.Database,
  query: string,
  filters: SearchFilters | undefined,
  page: SearchPage,
  signal?: AbortSignal,
): Promise<SearchResult> {
  const steps = searchSteps(db, query, filters, page)
  let sliceStart = Date.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (Date.now() - sliceStart < SLICE_MS) continue
    await new Promise((resolve) => setImmediate(resolve))
    if (signal?.aborted) throw cancelledSearch()
    sliceStart = Date.now()
  }
}
