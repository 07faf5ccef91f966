/**
 * Highlights: coded spans of a document's immutable text. Offsets are UTF-16 code units
 * (what JavaScript's String.slice uses), end exclusive, checked against the text on every write.
 */
import type Database from 'better-sqlite3'
import type { HighlightCode, HighlightView } from '../../../shared/contract/coding'
import { NeedleError } from '../../../shared/errors'
import { statement } from '../../db/statements'
import { documentReference, parseDueDate } from './dates'

interface HighlightRow {
  id: number
  documentId: number
  start: number
  end: number
  coder: string | null
  memo: string | null
  dueDate: string | null
  severity: number | null
  whatHappened: string | null
  createdAt: string
  updatedAt: string
  codeIds: string | null
}

const SELECT = `SELECT h.id, h.document_id AS documentId, h.start, h.end, c.name AS coder, h.memo, h.due_date AS dueDate,
                       h.severity, h.what_happened AS whatHappened, h.created_at AS createdAt, h.updated_at AS updatedAt,
                       (SELECT group_concat(hc.code_id) FROM highlight_codes hc WHERE hc.highlight_id = h.id) AS codeIds
                  FROM highlights h LEFT JOIN coders c ON c.id = h.coder_id`

function codeMap(db: Database.Database): Map<number, HighlightCode> {
  const rows = statement(db, 'SELECT id, name, kind, color FROM codes').all() as HighlightCode[]
  return new Map(rows.map((r) => [r.id, r]))
}

function toView(row: HighlightRow, text: string, codes: Map<number, HighlightCode>): HighlightView {
  const { codeIds, ...rest } = row
  const ids = codeIds ? codeIds.split(',').map(Number) : []
  return {
    ...rest,
    text: text.slice(row.start, row.end),
    codes: ids
      .map((id) => codes.get(id))
      .filter((c): c is HighlightCode => Boolean(c))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }
}

/**
 * Texts read lately, per connection. Reading a long transcript's text is milliseconds (decoding
 * megabytes into a string), twice per tag; a document's text never changes (a correction is a new
 * document, anonymising works on a copy), so it is read once. An entry is used only while the row's
 * source and creation time still match, so an id reused after a delete never gets the old text.
 */
const texts = new WeakMap<Database.Database, Map<number, { stamp: string; text: string }>>()
const TEXTS_KEPT = 8

export function documentText(db: Database.Database, documentId: number): string {
  const stamp = statement(db, "SELECT source_id || ' ' || created_at FROM documents WHERE id = ?", { pluck: true }).get(documentId) as
    string | undefined
  if (stamp === undefined) throw new NeedleError('not_found', `Document ${documentId} does not exist in this project.`)
  let recent = texts.get(db)
  if (!recent) texts.set(db, (recent = new Map()))
  const hit = recent.get(documentId)
  recent.delete(documentId)
  const text =
    hit?.stamp === stamp ? hit.text : (statement(db, 'SELECT text FROM documents WHERE id = ?', { pluck: true }).get(documentId) as string)
  recent.set(documentId, { stamp, text })
  if (recent.size > TEXTS_KEPT) recent.delete(recent.keys().next().value!)
  return text
}

export function listHighlights(db: Database.Database, documentId: number): HighlightView[] {
  const text = documentText(db, documentId)
  const codes = codeMap(db)
  const rows = db.prepare(`${SELECT} WHERE h.document_id = ? ORDER BY h.start, h.end, h.id`).all(documentId) as HighlightRow[]
  return rows.map((r) => toView(r, text, codes))
}

/** Highlights of many documents in one pass (a response list shows hundreds of short answers). */
export function listHighlightsOf(db: Database.Database, documentIds: number[]): HighlightView[] {
  const codes = codeMap(db)
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck()
  const rows = db.prepare(`${SELECT} WHERE h.document_id = ? ORDER BY h.start, h.end, h.id`)
  const out: HighlightView[] = []
  for (const id of new Set(documentIds)) {
    const t = text.get(id) as string | undefined
    if (t === undefined) continue
    for (const r of rows.all(id) as HighlightRow[]) out.push(toView(r, t, codes))
  }
  return out
}

/** `text`: the document's text when the caller has just read it (a long transcript is megabytes to read again). */
export function getHighlight(db: Database.Database, id: number, text?: string): HighlightView {
  const row = statement(db, `${SELECT} WHERE h.id = ?`).get(id) as HighlightRow | undefined
  if (!row) throw new NeedleError('not_found', `Highlight ${id} does not exist (it may have been deleted or undone).`)
  return toView(row, text ?? documentText(db, row.documentId), codeMap(db))
}

export function checkSpan(text: string, start: number, end: number): void {
  if (end <= start) throw new NeedleError('invalid_input', `A highlight must end after it starts (start ${start}, end ${end}).`)
  if (end > text.length) {
    throw new NeedleError('invalid_input', `The highlight ends at ${end}, past the end of the document (${text.length} characters).`)
  }
  // Cutting an emoji or other surrogate pair in half would leave an unreadable character in exports.
  const low = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1])
  if (low(start) || low(end))
    throw new NeedleError('invalid_input', 'A highlight cannot start or end in the middle of a character (an emoji or other symbol).')
}

export function checkCodes(db: Database.Database, codeIds: number[]): { id: number; kind: string }[] {
  const found = codeIds.map(
    (id) => statement(db, 'SELECT id, kind FROM codes WHERE id = ?').get(id) as { id: number; kind: string } | undefined,
  )
  const missing = codeIds.filter((_, i) => !found[i])
  if (missing.length) throw new NeedleError('not_found', `Code ${missing.join(', ')} does not exist in this codebook.`)
  return found as { id: number; kind: string }[]
}

export interface NewHighlight {
  documentId: number
  start: number
  end: number
  codeIds: number[]
  coderId: number
  memo?: string | null
  dueDate?: string | null
  severity?: number | null
  whatHappened?: string | null
}

/** Inserts one highlight with its codes. A deadline code without a given due date gets one parsed from the text. */
export function insertHighlight(db: Database.Database, h: NewHighlight, text = documentText(db, h.documentId)): number {
  checkSpan(text, h.start, h.end)
  const codes = checkCodes(db, [...new Set(h.codeIds)])
  if (codes.length === 0 && !h.memo) throw new NeedleError('invalid_input', 'A highlight needs at least one code or a memo.')
  let due = h.dueDate ?? null
  if (h.dueDate === undefined && codes.some((c) => c.kind === 'deadline')) {
    due = parseDueDate(text.slice(h.start, h.end), documentReference(db, h.documentId)).date
  }
  const now = new Date().toISOString()
  const id = Number(
    statement(
      db,
      `INSERT INTO highlights (document_id, start, end, coder_id, memo, due_date, severity, what_happened, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(h.documentId, h.start, h.end, h.coderId, h.memo ?? null, due, h.severity ?? null, h.whatHappened ?? null, now, now)
      .lastInsertRowid,
  )
  const link = statement(db, 'INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)')
  for (const c of codes) link.run(id, c.id)
  return id
}

export interface HighlightPatch {
  codeIds?: number[]
  memo?: string | null
  dueDate?: string | null
  severity?: number | null
  whatHappened?: string | null
}

export function updateHighlight(db: Database.Database, id: number, patch: HighlightPatch): void {
  const exists = db.prepare('SELECT 1 FROM highlights WHERE id = ?').get(id)
  if (!exists) throw new NeedleError('not_found', `Highlight ${id} does not exist (it may have been deleted or undone).`)
  const sets: string[] = []
  const args: unknown[] = []
  for (const [key, column] of [
    ['memo', 'memo'],
    ['dueDate', 'due_date'],
    ['severity', 'severity'],
    ['whatHappened', 'what_happened'],
  ] as const) {
    if (patch[key] !== undefined) {
      sets.push(`${column} = ?`)
      args.push(patch[key])
    }
  }
  if (patch.codeIds) {
    const wanted = new Set(checkCodes(db, [...new Set(patch.codeIds)]).map((c) => c.id))
    const have = new Set(db.prepare('SELECT code_id FROM highlight_codes WHERE highlight_id = ?').pluck().all(id) as number[])
    // Only the difference is written, so undo records exactly what changed.
    for (const c of have) if (!wanted.has(c)) db.prepare('DELETE FROM highlight_codes WHERE highlight_id = ? AND code_id = ?').run(id, c)
    for (const c of wanted) if (!have.has(c)) db.prepare('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)').run(id, c)
    const memo =
      patch.memo !== undefined ? patch.memo : (db.prepare('SELECT memo FROM highlights WHERE id = ?').pluck().get(id) as string | null)
    if (wanted.size === 0 && !memo)
      throw new NeedleError('invalid_input', 'A highlight needs at least one code or a memo; delete it instead.')
  }
  sets.push('updated_at = ?')
  args.push(new Date().toISOString())
  db.prepare(`UPDATE highlights SET ${sets.join(', ')} WHERE id = ?`).run(...(args as never[]), id)
}

export function deleteHighlight(db: Database.Database, id: number): void {
  const info = db.prepare('DELETE FROM highlights WHERE id = ?').run(id)
  if (info.changes === 0) throw new NeedleError('not_found', `Highlight ${id} does not exist (it may have been deleted or undone).`)
}
