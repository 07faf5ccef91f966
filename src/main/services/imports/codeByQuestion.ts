/**
 * Survey answers are coded by their question (and feedback notes by their column), as
 * qualitative tools "auto-code by question": each question becomes a theme code under
 * "Questions", and each answer a highlight over its whole text with that code. The
 * coded-segments view, search filters and coder agreement then treat questions like
 * any other code, and the researcher's own codes sit on top of them.
 *
 * Set-based SQL: a 100,000-row survey has a few hundred thousand answers, and one
 * statement per answer from JavaScript would double the import's time.
 */
import type Database from 'better-sqlite3'
import { createCode } from '../codes/codebook'

const PARENT = 'Questions'

function themeCode(db: Database.Database, name: string, parentId: number | null, description: string): number {
  const found = db.prepare(`SELECT id FROM codes WHERE name = ? AND kind = 'theme'`).pluck().get(name) as number | undefined
  return found ?? createCode(db, { name, kind: 'theme', parentId, description })
}

/** Runs inside the import's transaction, after the importer has written the source's documents. */
export function codeAnswersByQuestion(db: Database.Database, sourceId: number): void {
  const questions = db
    .prepare('SELECT question FROM documents WHERE source_id = ? AND question IS NOT NULL GROUP BY question ORDER BY min(id)')
    .pluck()
    .all(sourceId) as string[]
  if (questions.length === 0) return
  const parentId = themeCode(db, PARENT, null, 'Every answer, coded by the question it answers (made at import).')
  for (const q of questions) themeCode(db, q, parentId, 'Answers to this question (coded at import).')
  // Offsets are UTF-16 code units; SQLite's length() counts code points, so JavaScript measures.
  db.function('needle_utf16_length', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.length : 0))
  const now = new Date().toISOString()
  db.prepare(
    `INSERT INTO highlights (document_id, start, end, created_at, updated_at)
     SELECT id, 0, needle_utf16_length(text), ?, ? FROM documents
      WHERE source_id = ? AND question IS NOT NULL AND text <> '' ORDER BY id`,
  ).run(now, now, sourceId)
  db.prepare(
    `INSERT INTO highlight_codes (highlight_id, code_id)
     SELECT h.id, c.id FROM documents d
       JOIN highlights h ON h.document_id = d.id AND h.start = 0 AND h.coder_id IS NULL AND h.created_at = ?
       JOIN codes c ON c.name = d.question AND c.kind = 'theme'
      WHERE d.source_id = ? AND d.question IS NOT NULL`,
  ).run(now, sourceId)
}
