/**
 * Survey answers are coded by their question (and feedback notes by their column), as
 * qualitative tools "auto-code by question": each question becomes a theme code under
 * "Questions", and each answer a highlight over its whole text with that code. The
 * coded-segments view, search filters and coder agreement then treat questions like
 * any other code, and the researcher's own codes sit on top of them.
 */
import type Database from 'better-sqlite3'
import { createCode } from '../codes/codebook'

const PARENT = 'Questions'

function themeCode(db: Database.Database, name: string, parentId: number | null, description: string): number {
  const found = db.prepare(`SELECT id FROM codes WHERE name = ? AND kind = 'theme'`).pluck().get(name) as number | undefined
  return found ?? createCode(db, { name, kind: 'theme', parentId, description })
}

/** Runs inside the import's transaction, after the importer has written the source's documents. */
export function codeAnswersByQuestion(db: Database.Database, sourceId: number): number {
  const questions = db
    .prepare('SELECT question FROM documents WHERE source_id = ? AND question IS NOT NULL GROUP BY question ORDER BY min(id)')
    .pluck()
    .all(sourceId) as string[]
  if (questions.length === 0) return 0
  const parentId = themeCode(db, PARENT, null, 'Every answer, coded by the question it answers (made at import).')
  const codeOf = new Map(questions.map((q) => [q, themeCode(db, q, parentId, 'Answers to this question (coded at import).')]))
  const now = new Date().toISOString()
  const highlight = db.prepare('INSERT INTO highlights (document_id, start, end, created_at, updated_at) VALUES (?, 0, ?, ?, ?)')
  const coded = db.prepare('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)')
  let n = 0
  // Offsets are UTF-16 code units, so the end comes from JavaScript's length, not SQLite's (code points).
  // .all(), not .iterate(): better-sqlite3 allows no writes on a connection while a statement is iterating.
  for (const doc of db.prepare('SELECT id, question, text FROM documents WHERE source_id = ? AND question IS NOT NULL').all(sourceId) as Array<{
    id: number
    question: string
    text: string
  }>) {
    if (doc.text.length === 0) continue
    const id = highlight.run(doc.id, doc.text.length, now, now).lastInsertRowid
    coded.run(id, codeOf.get(doc.question)!)
    n++
  }
  return n
}
