/** The suggestion queue: listed for review, accepted into highlights or rejected, never applied unasked. */
import type Database from 'better-sqlite3'
import type { RuleKind, Suggestion, SuggestionRule } from '../../../shared/contract/autocode'
import type { CodeKind } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'
import { insertHighlight } from '../coding/highlights'
import { STARTER } from './starter'

const FROM = `FROM autocode_suggestions g JOIN documents d ON d.id = g.document_id JOIN codes c ON c.id = g.code_id
              LEFT JOIN autocode_rules r ON r.id = g.rule_id`

export interface ListOptions {
  status: Suggestion['status']
  codeId?: number
  documentId?: number
  limit: number
  offset: number
}

/** The starter lexicons' patterns by their names: a pattern the app shipped is shown by name, not as a regular expression. */
const STARTER_NAMES = new Map(STARTER.flatMap((set) => set.rules.flatMap((r) => (r.name ? [[r.pattern, r.name] as const] : []))))

interface Row {
  id: number
  document: number
  documentTitle: string
  start: number
  end: number
  codeId: number
  code: string
  kind: CodeKind
  due: string | null
  ruleId: number | null
  ruleKind: RuleKind | null
  pattern: string | null
  starter: number | null
  status: Suggestion['status']
}

const toRule = (r: Row): SuggestionRule | null =>
  r.ruleId === null
    ? null
    : {
        id: r.ruleId,
        kind: r.ruleKind!,
        pattern: r.pattern!,
        starterName: (r.ruleKind === 'regex' && r.starter === 1 && STARTER_NAMES.get(r.pattern!)) || null,
      }

/**
 * The queue by passage: the suggestions of one document and span (one per code whose rules found
 * it) are one item, so a sentence that reads as a need and a deadline is reviewed once, not twice.
 * Paging and the total count passages.
 */
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
    .prepare(`SELECT count(*) FROM (SELECT 1 ${FROM} WHERE ${w} GROUP BY g.document_id, g.start, g.end)`)
    .pluck()
    .get(...(args as never[])) as number
  const rows = db
    .prepare(
      `WITH page AS (
         SELECT g.document_id, g.start, g.end ${FROM} WHERE ${w}
          GROUP BY g.document_id, g.start, g.end ORDER BY g.document_id, g.start, min(g.id) LIMIT ? OFFSET ?)
       SELECT g.id, g.document_id AS document, d.title AS documentTitle, g.start, g.end, g.code_id AS codeId, c.name AS code, c.kind,
              g.due_date AS due, g.rule_id AS ruleId, r.kind AS ruleKind, r.pattern, r.starter, g.status
         ${FROM} JOIN page p ON p.document_id = g.document_id AND p.start = g.start AND p.end = g.end
        WHERE ${w} ORDER BY g.document_id, g.start, g.end, g.id`,
    )
    .all(...(args as never[]), o.limit, o.offset, ...(args as never[])) as Row[]
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck()
  const texts = new Map<number, string>()
  const suggestions: Suggestion[] = []
  for (const r of rows) {
    const code = { id: r.id, codeId: r.codeId, code: r.code, kind: r.kind, due: r.due, rule: toRule(r) }
    const last = suggestions.at(-1)
    if (last && last.document === r.document && last.start === r.start && last.end === r.end) {
      last.ids.push(r.id)
      last.codes.push(code)
      continue
    }
    if (!texts.has(r.document)) texts.set(r.document, text.get(r.document) as string)
    // SQLite's substr counts characters (code points), the offsets are UTF-16 units: slice in JS.
    const passage = texts.get(r.document)!.slice(r.start, r.end)
    suggestions.push({
      id: r.id,
      ids: [r.id],
      document: r.document,
      documentTitle: r.documentTitle,
      start: r.start,
      end: r.end,
      text: passage,
      codes: [code],
      status: r.status,
    })
  }
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
