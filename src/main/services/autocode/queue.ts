/** The suggestion queue: listed for review, accepted into highlights or rejected, never applied unasked. */
import type Database from 'better-sqlite3'
import type { Suggestion } from '../../../shared/contract/autocode'
import { NeedleError } from '../../../shared/errors'
import { insertHighlight } from '../coding/highlights'

const FROM = `FROM autocode_suggestions g JOIN documents d ON d.id = g.document_id JOIN codes c ON c.id = g.code_id
              LEFT JOIN autocode_rules r ON r.id = g.rule_id`

export interface ListOptions {
  status: Suggestion['status']
  codeId?: number
  documentId?: number
  limit: number
  offset: number
}

export function listSuggestions(db: Database.Database, o: ListOptions): { total: number; suggestions: Suggestion[] } {
  const where = ['g.status = ?']
  const args: unknown[] = [o.status]
  if (o.codeId) {
    where.push('g.code_id = ?')
    args.push(o.codeId)
  }
  if (o.documentId) {
    where.push('g.document_id = ?')
    args.push(o.documentId)
  }
  const w = where.join(' AND ')
  const total = db
    .prepare(`SELECT count(*) ${FROM} WHERE ${w}`)
    .pluck()
    .get(...(args as never[])) as number
  const rows = db
    .prepare(
      `SELECT g.id, g.document_id AS document, d.title AS documentTitle, g.start, g.end, g.code_id AS codeId, c.name AS code, c.kind,
              substr(d.text, g.start + 1, g.end - g.start) AS rawText, d.text AS docText, g.due_date AS due, r.pattern AS rule, g.status
         ${FROM} WHERE ${w} ORDER BY g.document_id, g.start, g.id LIMIT ? OFFSET ?`,
    )
    .all(...(args as never[]), o.limit, o.offset) as (Omit<Suggestion, 'text'> & { rawText: string; docText: string })[]
  // SQLite's substr counts characters (code points), the offsets are UTF-16 units: slice in JS.
  const suggestions = rows.map(({ rawText: _r, docText, ...s }) => ({ ...s, text: docText.slice(s.start, s.end) }))
  return { total, suggestions }
}

function pendingIds(db: Database.Database, sel: { ids: number[] } | { all: true }): number[] {
  if ('all' in sel) return db.prepare("SELECT id FROM autocode_suggestions WHERE status = 'pending' ORDER BY id").pluck().all() as number[]
  const ids: number[] = []
  for (const id of sel.ids) {
    const status = db.prepare('SELECT status FROM autocode_suggestions WHERE id = ?').pluck().get(id) as string | undefined
    if (status === undefined)
      throw new NeedleError('not_found', `Suggestion ${id} does not exist (run auto-code again to refresh the queue).`)
    if (status === 'pending') ids.push(id)
  }
  return ids
}

export function acceptSuggestions(
  db: Database.Database,
  sel: { ids: number[] } | { all: true },
  coderId: number,
): { accepted: number; highlights: number[] } {
  const ids = pendingIds(db, sel)
  const get = db.prepare(
    'SELECT document_id AS documentId, code_id AS codeId, start, end, due_date AS due FROM autocode_suggestions WHERE id = ?',
  )
  const same = db.prepare('SELECT id FROM highlights WHERE document_id = ? AND start = ? AND end = ? ORDER BY id LIMIT 1').pluck()
  const link = db.prepare('INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)')
  const mark = db.prepare("UPDATE autocode_suggestions SET status = 'accepted', highlight_id = ? WHERE id = ?")
  const highlights: number[] = []
  for (const id of ids) {
    const s = get.get(id) as { documentId: number; codeId: number; start: number; end: number; due: string | null }
    let hid = same.get(s.documentId, s.start, s.end) as number | undefined
    if (hid !== undefined) {
      link.run(hid, s.codeId)
      if (s.due) db.prepare('UPDATE highlights SET due_date = coalesce(due_date, ?) WHERE id = ?').run(s.due, hid)
    } else {
      hid = insertHighlight(db, { documentId: s.documentId, start: s.start, end: s.end, codeIds: [s.codeId], coderId, dueDate: s.due })
    }
    mark.run(hid, id)
    highlights.push(hid)
  }
  return { accepted: ids.length, highlights }
}

export function rejectSuggestions(db: Database.Database, sel: { ids: number[] } | { all: true }): { rejected: number } {
  const ids = pendingIds(db, sel)
  const mark = db.prepare("UPDATE autocode_suggestions SET status = 'rejected' WHERE id = ?")
  for (const id of ids) mark.run(id)
  return { rejected: ids.length }
}
