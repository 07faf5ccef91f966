/** A participant's answers, question by question, for the Participants screen and `needle participants answers`. */
import type Database from 'better-sqlite3'
import type { ParticipantAnswers } from '../../../shared/contract/participants'
import { participantValuesSchema, readJsonColumn } from '../../db/jsonColumn'
import { getParticipant } from './store'

/** Written answers listed at most; the rest are counted. */
const TEXT_LIMIT = 500

export function participantAnswers(db: Database.Database, id: number): ParticipantAnswers {
  getParticipant(db, id)
  const answers: ParticipantAnswers['answers'] = []
  const attrs = db.prepare('SELECT attrs FROM participant_values WHERE participant_id = ?').pluck().get(id) as string | undefined
  if (attrs !== undefined) {
    const values = readJsonColumn(participantValuesSchema, attrs, { table: 'participant_values', row: id })
    const names = new Map(db.prepare('SELECT id, name FROM attributes').raw().all() as [number, string][])
    // Attribute ids follow the order the columns were first imported in: the questionnaire's order.
    for (const [key, value] of Object.entries(values).sort(([a], [b]) => Number(a) - Number(b))) {
      if (value === null || value === '') continue
      answers.push({ question: names.get(Number(key)) ?? `#${key}`, answer: value, kind: 'choice', source: null, documentId: null })
    }
  }
  const texts = db
    .prepare(
      `SELECT d.id, coalesce(d.question, d.title) AS question, d.text, s.name AS source
         FROM documents d JOIN sources s ON s.id = d.source_id
        WHERE d.participant_id = ? AND s.kind <> 'interview' ORDER BY d.id LIMIT ?`,
    )
    .all(id, TEXT_LIMIT + 1) as { id: number; question: string; text: string; source: string }[]
  for (const t of texts.slice(0, TEXT_LIMIT))
    answers.push({ question: t.question, answer: t.text, kind: 'text', source: t.source, documentId: t.id })
  const moreTexts =
    texts.length > TEXT_LIMIT
      ? (db
          .prepare(
            `SELECT count(*) FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.participant_id = ? AND s.kind <> 'interview'`,
          )
          .pluck()
          .get(id) as number) - TEXT_LIMIT
      : 0
  return { answers, moreTexts }
}
