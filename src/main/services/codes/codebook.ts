/**
 * The codebook: a tree of codes (parent_id, sort among siblings). Every function here runs
 * inside the caller's transaction (recordAction), so each user action is one undo step.
 */
import type Database from 'better-sqlite3'
import type { CodeRow } from '../../../shared/contract/codes'
import type { CodeKind } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'
import { defaultColor } from './colors'

const SELECT = `SELECT c.id, c.name, c.kind, c.parent_id AS parentId, c.color, c.description, c.pin, c.sort,
                       (SELECT count(*) FROM highlight_codes hc WHERE hc.code_id = c.id) AS count
                  FROM codes c`

/** Parents before children, siblings by sort then name: the order the codebook panel shows. */
export function listCodes(db: Database.Database): CodeRow[] {
  const rows = db.prepare(`${SELECT} ORDER BY c.sort, c.name COLLATE NOCASE`).all() as CodeRow[]
  const children = new Map<number | null, CodeRow[]>()
  for (const r of rows) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r])
  const out: CodeRow[] = []
  const seen = new Set<number>()
  const walk = (parent: number | null) => {
    for (const r of children.get(parent) ?? []) {
      if (seen.has(r.id)) continue
      seen.add(r.id)
      out.push(r)
      walk(r.id)
    }
  }
  walk(null)
  // A code whose parent chain is broken (hand-edited file) still shows, at the end.
  for (const r of rows) if (!seen.has(r.id)) out.push(r)
  return out
}

export function getCode(db: Database.Database, id: number): CodeRow {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CodeRow | undefined
  if (!row) throw new NeedleError('not_found', `Code ${id} does not exist in this codebook.`)
  return row
}

function checkNameFree(db: Database.Database, name: string, kind: CodeKind, exceptId?: number): void {
  const clash = db
    .prepare('SELECT id FROM codes WHERE name = ? COLLATE NOCASE AND kind = ? AND id IS NOT ?')
    .get(name, kind, exceptId ?? null)
  if (clash) throw new NeedleError('already_exists', `There is already a ${kind} code called “${name}”.`)
}

function nextSort(db: Database.Database, parentId: number | null): number {
  return ((db.prepare('SELECT max(sort) FROM codes WHERE parent_id IS ?').pluck().get(parentId) as number | null) ?? -1) + 1
}

export interface NewCode {
  name: string
  kind: CodeKind
  parentId?: number | null
  color?: string
  description?: string
}

export function createCode(db: Database.Database, c: NewCode): number {
  const parentId = c.parentId ?? null
  if (parentId !== null) getCode(db, parentId)
  checkNameFree(db, c.name, c.kind)
  const ofKind = db.prepare('SELECT count(*) FROM codes WHERE kind = ?').pluck().get(c.kind) as number
  const info = db
    .prepare('INSERT INTO codes (name, kind, parent_id, color, description, sort, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(
      c.name,
      c.kind,
      parentId,
      c.color ?? defaultColor(c.kind, ofKind),
      c.description ?? '',
      nextSort(db, parentId),
      new Date().toISOString(),
    )
  return Number(info.lastInsertRowid)
}

export interface CodePatch {
  name?: string
  kind?: CodeKind
  color?: string
  description?: string
  pin?: number | null
}

export function updateCode(db: Database.Database, id: number, p: CodePatch): void {
  const current = getCode(db, id)
  if (p.name !== undefined || p.kind !== undefined) checkNameFree(db, p.name ?? current.name, p.kind ?? current.kind, id)
  if (p.pin !== undefined && p.pin !== null) {
    // One key, one code: taking a pin frees it from whichever code had it.
    db.prepare('UPDATE codes SET pin = NULL WHERE pin = ? AND id <> ?').run(p.pin, id)
  }
  const sets: string[] = []
  const args: unknown[] = []
  for (const [key, column] of [
    ['name', 'name'],
    ['kind', 'kind'],
    ['color', 'color'],
    ['description', 'description'],
    ['pin', 'pin'],
  ] as const) {
    if (p[key] !== undefined) {
      sets.push(`${column} = ?`)
      args.push(p[key])
    }
  }
  if (sets.length) db.prepare(`UPDATE codes SET ${sets.join(', ')} WHERE id = ?`).run(...(args as never[]), id)
}

function ancestors(db: Database.Database, id: number): number[] {
  return db
    .prepare(
      `WITH RECURSIVE up(id, depth) AS (SELECT parent_id, 1 FROM codes WHERE id = ?
         UNION ALL SELECT c.parent_id, up.depth + 1 FROM codes c JOIN up ON c.id = up.id WHERE up.depth < 1000)
       SELECT id FROM up WHERE id IS NOT NULL`,
    )
    .pluck()
    .all(id) as number[]
}

/** Moves a code under a new parent (null: top level) at index among its new siblings. */
export function moveCode(db: Database.Database, id: number, parentId: number | null, index?: number): void {
  const code = getCode(db, id)
  if (parentId !== null) {
    const parent = getCode(db, parentId)
    if (parentId === id || ancestors(db, parentId).includes(id)) {
      throw new NeedleError('invalid_input', `“${code.name}” cannot go inside “${parent.name}”: that is one of its own sub-codes.`)
    }
  }
  const siblings = db
    .prepare('SELECT id FROM codes WHERE parent_id IS ? AND id <> ? ORDER BY sort, name COLLATE NOCASE')
    .pluck()
    .all(parentId, id) as number[]
  const at = Math.min(index ?? siblings.length, siblings.length)
  siblings.splice(at, 0, id)
  if (code.parentId !== parentId) db.prepare('UPDATE codes SET parent_id = ? WHERE id = ?').run(parentId, id)
  const setSort = db.prepare('UPDATE codes SET sort = ? WHERE id = ? AND sort <> ?')
  siblings.forEach((sid, i) => setSort.run(i, sid, i))
}

/** Folds `from` into `into`: highlights, children, memos, ratings and rules follow; duplicates collapse. */
export function mergeCodes(db: Database.Database, from: number, into: number): void {
  if (from === into) throw new NeedleError('invalid_input', 'A code cannot be merged into itself.')
  const a = getCode(db, from)
  const b = getCode(db, into)
  if (ancestors(db, into).includes(from)) {
    throw new NeedleError('invalid_input', `“${a.name}” cannot be merged into its own sub-code “${b.name}”. Move “${b.name}” out first.`)
  }
  db.prepare(
    'INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id) SELECT highlight_id, ? FROM highlight_codes WHERE code_id = ?',
  ).run(into, from)
  db.prepare('DELETE FROM highlight_codes WHERE code_id = ?').run(from)
  const base = nextSort(db, into)
  const kids = db.prepare('SELECT id FROM codes WHERE parent_id = ? ORDER BY sort').pluck().all(from) as number[]
  kids.forEach((k, i) => db.prepare('UPDATE codes SET parent_id = ?, sort = ? WHERE id = ?').run(into, base + i, k))
  db.prepare("UPDATE memos SET target_id = ? WHERE target_kind = 'code' AND target_id = ?").run(into, from)
  // A participant's rating of the merged need survives unless they already rated the target.
  db.prepare(
    `UPDATE ratings SET code_id = ? WHERE code_id = ? AND NOT EXISTS
       (SELECT 1 FROM ratings r2 WHERE r2.code_id = ? AND r2.participant_id = ratings.participant_id AND r2.source_id IS ratings.source_id)`,
  ).run(into, from, into)
  db.prepare('UPDATE OR IGNORE autocode_rules SET code_id = ? WHERE code_id = ?').run(into, from)
  db.prepare('UPDATE OR IGNORE autocode_suggestions SET code_id = ? WHERE code_id = ?').run(into, from)
  if (a.pin !== null && b.pin === null) db.prepare('UPDATE codes SET pin = ? WHERE id = ?').run(a.pin, into)
  db.prepare('DELETE FROM codes WHERE id = ?').run(from)
}

export type DeleteChoice = 'delete' | 'keep-uncoded' | 'move-to-parent'

export function deleteCode(db: Database.Database, id: number, choice: DeleteChoice): { deletedHighlights: number; keptHighlights: number } {
  const code = getCode(db, id)
  if (choice === 'move-to-parent' && code.parentId === null) {
    throw new NeedleError('invalid_input', `“${code.name}” is a top-level code: there is no parent to move its highlights to.`)
  }
  const highlightIds = db.prepare('SELECT highlight_id FROM highlight_codes WHERE code_id = ?').pluck().all(id) as number[]
  let deleted = 0
  if (choice === 'move-to-parent') {
    db.prepare(
      'INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id) SELECT highlight_id, ? FROM highlight_codes WHERE code_id = ?',
    ).run(code.parentId, id)
  }
  db.prepare('DELETE FROM highlight_codes WHERE code_id = ?').run(id)
  if (choice === 'delete') {
    // Highlights that carried only this code go; those with other codes (or a memo) keep them.
    const del = db.prepare(
      `DELETE FROM highlights WHERE id = ? AND NOT EXISTS (SELECT 1 FROM highlight_codes WHERE highlight_id = ?) AND coalesce(memo, '') = ''`,
    )
    for (const h of highlightIds) deleted += del.run(h, h).changes
  }
  const base = nextSort(db, code.parentId)
  const kids = db.prepare('SELECT id FROM codes WHERE parent_id = ? ORDER BY sort').pluck().all(id) as number[]
  kids.forEach((k, i) => db.prepare('UPDATE codes SET parent_id = ?, sort = ? WHERE id = ?').run(code.parentId, base + i, k))
  db.prepare("DELETE FROM memos WHERE target_kind = 'code' AND target_id = ?").run(id)
  db.prepare('DELETE FROM codes WHERE id = ?').run(id)
  return { deletedHighlights: deleted, keptHighlights: highlightIds.length - deleted }
}
