/**
 * Memos on the project, documents, codes, participants and highlights. A memo is writing,
 * not coding, so it is saved as typed and stays out of the coding undo history.
 */
import type Database from 'better-sqlite3'
import type { Memo, MemoTarget } from '../../../shared/contract/codes'
import { NeedleError } from '../../../shared/errors'
import { currentCoderId } from '../coding/coders'
import type { HandlerMap } from '../handlers'

const SELECT = `SELECT m.id, m.target_kind AS targetKind, m.target_id AS targetId, m.text, c.name AS coder,
                       m.created_at AS createdAt, m.updated_at AS updatedAt
                  FROM memos m LEFT JOIN coders c ON c.id = m.coder_id`

const TARGET_TABLE: Record<Exclude<MemoTarget, 'project'>, string> = {
  document: 'documents',
  code: 'codes',
  participant: 'participants',
  highlight: 'highlights',
}

function checkTarget(db: Database.Database, kind: MemoTarget, id: number | null): void {
  if (kind === 'project') {
    if (id !== null) throw new NeedleError('invalid_input', 'A project memo has no target id.')
    return
  }
  if (id === null) throw new NeedleError('invalid_input', `A memo on a ${kind} needs the ${kind}'s id.`)
  const exists = db.prepare(`SELECT 1 FROM ${TARGET_TABLE[kind]} WHERE id = ?`).get(id)
  if (!exists) throw new NeedleError('not_found', `The ${kind} ${id} does not exist in this project.`)
}

function getMemo(db: Database.Database, id: number): Memo {
  const memo = db.prepare(`${SELECT} WHERE m.id = ?`).get(id) as Memo | undefined
  if (!memo) throw new NeedleError('not_found', `Memo ${id} does not exist.`)
  return memo
}

export const memoHandlers: HandlerMap<'memos.list' | 'memos.save' | 'memos.delete'> = {
  'memos.list': (session, { targetKind, targetId }) => {
    const { db } = session.requireProject()
    const where: string[] = ["m.target_kind IN ('project', 'document', 'code', 'participant', 'highlight')"]
    const args: unknown[] = []
    if (targetKind) {
      where.push('m.target_kind = ?')
      args.push(targetKind)
    }
    if (targetId !== undefined) {
      where.push('m.target_id IS ?')
      args.push(targetId)
    }
    return db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY m.updated_at DESC, m.id DESC`).all(...(args as never[])) as Memo[]
  },
  'memos.save': (session, { id, targetKind, targetId, text }) => {
    const db = session.writable()
    const memoId = db.transaction(() => {
      const now = new Date().toISOString()
      if (id !== undefined) {
        const current = getMemo(db, id)
        if (current.targetKind !== targetKind || current.targetId !== targetId) {
          throw new NeedleError(
            'invalid_input',
            `Memo ${id} belongs to another ${current.targetKind}; save without an id to add a new memo.`,
          )
        }
        db.prepare('UPDATE memos SET text = ?, updated_at = ? WHERE id = ?').run(text, now, id)
        return id
      }
      checkTarget(db, targetKind, targetId)
      const coder = currentCoderId(session, db)
      return Number(
        db
          .prepare('INSERT INTO memos (target_kind, target_id, text, coder_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(targetKind, targetId, text, coder, now, now).lastInsertRowid,
      )
    })()
    return getMemo(db, memoId)
  },
  'memos.delete': (session, { id }) => {
    const db = session.writable()
    const info = db.prepare('DELETE FROM memos WHERE id = ?').run(id)
    if (info.changes === 0) throw new NeedleError('not_found', `Memo ${id} does not exist.`)
    return null
  },
}
