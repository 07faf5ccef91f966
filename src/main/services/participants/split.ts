/**
 * Splitting a participant: two people were imported under one label ("Sara" in two unrelated
 * interviews, or a "Speaker 1" who was really two voices). The chosen turns and documents move
 * to a new participant; everything else (attributes, ratings, segment memberships, memos)
 * stays with the original, because it was recorded about that person.
 */
import type Database from 'better-sqlite3'
import type { ParticipantRow, ParticipantTurns } from '../../../shared/contract/participants'
import { NeedleError } from '../../../shared/errors'
import { getParticipant } from './store'

/** A label no other participant has: the name itself, else "name (2)", "name (3)"… */
function freeLabel(db: Database.Database, name: string): string {
  const taken = db.prepare('SELECT 1 FROM participants WHERE label = ?')
  if (!taken.get(name)) return name
  for (let n = 2; ; n++) if (!taken.get(`${name} (${n})`)) return `${name} (${n})`
}

export function splitParticipant(
  db: Database.Database,
  id: number,
  name: string,
  utteranceIds: readonly number[],
  documentIds: readonly number[],
): ParticipantRow {
  const source = getParticipant(db, id)
  const turns = [...new Set(utteranceIds)]
  const docs = [...new Set(documentIds)]
  if (turns.length === 0 && docs.length === 0)
    throw new NeedleError('invalid_input', `Choose at least one turn or document of ${source.displayName ?? source.label} to move.`)
  const ownTurn = db.prepare('SELECT 1 FROM utterances WHERE id = ? AND participant_id = ?')
  for (const u of turns)
    if (!ownTurn.get(u, id))
      throw new NeedleError(
        'invalid_input',
        `Turn ${u} is not one of ${source.displayName ?? source.label}'s turns; reload the list and choose again.`,
      )
  const ownDoc = db.prepare(
    'SELECT 1 FROM documents d WHERE d.id = ? AND (d.participant_id = ? OR EXISTS (SELECT 1 FROM utterances u WHERE u.document_id = d.id AND u.participant_id = ?))',
  )
  for (const d of docs)
    if (!ownDoc.get(d, id, id))
      throw new NeedleError(
        'invalid_input',
        `Document ${d} is not one of ${source.displayName ?? source.label}'s documents; reload the list and choose again.`,
      )

  const label = freeLabel(db, name)
  const info = db
    .prepare('INSERT INTO participants (label, display_name, is_interviewer, created_at) VALUES (?, NULL, ?, ?)')
    .run(label, source.isInterviewer ? 1 : 0, new Date().toISOString())
  const into = Number(info.lastInsertRowid)
  const moveDoc = db.prepare('UPDATE documents SET participant_id = ? WHERE id = ? AND participant_id = ?')
  const moveDocTurns = db.prepare('UPDATE utterances SET participant_id = ? WHERE document_id = ? AND participant_id = ?')
  for (const d of docs) {
    moveDoc.run(into, d, id)
    moveDocTurns.run(into, d, id)
  }
  const moveTurn = db.prepare('UPDATE utterances SET participant_id = ? WHERE id = ? AND participant_id = ?')
  for (const u of turns) moveTurn.run(into, u, id)
  // The new person comes from the sources of what moved to them; the original keeps their links.
  db.prepare(
    `INSERT OR IGNORE INTO participant_sources (source_id, participant_id)
       SELECT DISTINCT d.source_id, ? FROM documents d
        WHERE d.participant_id = ? OR d.id IN (SELECT document_id FROM utterances WHERE participant_id = ?)`,
  ).run(into, into, into)
  return getParticipant(db, into)
}

/** A participant's documents and turns, for choosing what a split moves. */
export function participantTurns(db: Database.Database, id: number, limit = 2000): ParticipantTurns {
  getParticipant(db, id)
  const documents = db
    .prepare(
      `SELECT d.id, d.title, s.name AS source, d.participant_id = ? AS own,
              (SELECT count(*) FROM utterances u WHERE u.document_id = d.id AND u.participant_id = ?) AS turns
         FROM documents d JOIN sources s ON s.id = d.source_id
        WHERE d.participant_id = ? OR d.id IN (SELECT document_id FROM utterances WHERE participant_id = ?)
        ORDER BY s.id, d.id`,
    )
    .all(id, id, id, id) as { id: number; title: string; source: string; own: number; turns: number }[]
  const turns = db
    .prepare(
      `SELECT u.id, u.document_id AS documentId, u.seq, substr(d.text, u.start + 1, min(u.end - u.start, 300)) AS text, u.time_start_ms AS timeStartMs
         FROM utterances u JOIN documents d ON d.id = u.document_id
        WHERE u.participant_id = ? ORDER BY u.document_id, u.seq LIMIT ?`,
    )
    .all(id, limit) as ParticipantTurns['turns']
  return { documents: documents.map((d) => ({ ...d, own: d.own === 1 })), turns }
}
