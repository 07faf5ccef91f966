import type Database from 'better-sqlite3'
import { statement } from '../../db/statements'
import type { Session } from '../../session'

/** The coders row for this session's coder name, created the first time they code in this project. */
export function currentCoderId(session: Session, db: Database.Database): number {
  const name = session.coderName ?? session.settings.get().coderName
  const found = statement(db, 'SELECT id FROM coders WHERE name = ?', { pluck: true }).get(name) as number | undefined
  if (found !== undefined) return found
  return Number(db.prepare('INSERT INTO coders (name, created_at) VALUES (?, ?)').run(name, new Date().toISOString()).lastInsertRowid)
}
