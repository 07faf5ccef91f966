/**
 * Writes need ratings: one code of kind 'need' per need (reused when the codebook already
 * has it) and one rating row per participant and need for this source. The SourceStore
 * has no rating statements yet, so the table importer prepares its own, once per import.
 */
import type Database from 'better-sqlite3'

// Colours the codebook gives new need codes, in turn, so pairs are told apart at a glance.
const NEED_COLOURS = ['#2f9e44', '#1971c2', '#e8590c', '#9c36b5', '#c2255c', '#0c8599', '#f08c00', '#5c940d']

export class NeedRatings {
  private readonly codeByName
  private readonly insertCode
  private readonly upsert
  private readonly now = new Date().toISOString()

  constructor(db: Database.Database) {
    this.codeByName = db.prepare("SELECT id FROM codes WHERE name = ? AND kind = 'need'").pluck()
    this.insertCode = db.prepare(
      "INSERT INTO codes (name, kind, color, description, sort, created_at) VALUES (?, 'need', ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM codes), ?)",
    )
    // A respondent listed twice keeps the answers of both rows rather than failing the import.
    this.upsert = db.prepare(
      `INSERT INTO ratings (participant_id, code_id, source_id, importance, satisfaction) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (participant_id, code_id, source_id) DO UPDATE SET
         importance = coalesce(excluded.importance, importance),
         satisfaction = coalesce(excluded.satisfaction, satisfaction)`,
    )
  }

  /** The need code's id, created when missing. */
  needCode(name: string, file: string, index: number): number {
    const existing = this.codeByName.get(name) as number | undefined
    if (existing !== undefined) return existing
    const colour = NEED_COLOURS[index % NEED_COLOURS.length]
    return Number(this.insertCode.run(name, colour, `Need rated in ${file}`, this.now).lastInsertRowid)
  }

  rate(participantId: number, codeId: number, sourceId: number, importance: number | null, satisfaction: number | null): void {
    this.upsert.run(participantId, codeId, sourceId, importance, satisfaction)
  }
}
