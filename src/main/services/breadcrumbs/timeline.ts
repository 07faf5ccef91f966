/**
 * One participant's trail in time order: their events (with the ticket text and its codes),
 * dated documents (feedback notes, survey answers) and interview turns. Entries without a date
 * (an interview with no date recorded) come last, in their own order.
 */
import type Database from 'better-sqlite3'
import type { Timeline, TimelineEntry } from '../../../shared/contract/breadcrumbs'
import { NeedleError } from '../../../shared/errors'

/** Codes made at import for each question (children of the "Questions" theme) say nothing the entry's label does not. */
const CODES_OF_DOCUMENT = `
  SELECT DISTINCT c.name FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id JOIN codes c ON c.id = hc.code_id
   WHERE h.document_id = ? AND h.start < ? AND h.end > ?
     AND NOT (c.kind = 'theme' AND c.parent_id IN (SELECT id FROM codes WHERE name = 'Questions' AND kind = 'theme'))
   ORDER BY c.name`

export function findParticipant(db: Database.Database, who: number | string): { id: number; label: string; name: string } {
  const row = (
    typeof who === 'number'
      ? db.prepare('SELECT id, label, coalesce(display_name, label) AS name FROM participants WHERE id = ?').get(who)
      : db.prepare('SELECT id, label, coalesce(display_name, label) AS name FROM participants WHERE label = ? COLLATE NOCASE').get(who)
  ) as { id: number; label: string; name: string } | undefined
  if (!row)
    throw new NeedleError(
      'not_found',
      `There is no participant "${who}" in this project. Check the id (as in your customers table or event log).`,
    )
  return row
}

export function timeline(db: Database.Database, who: number | string): Timeline {
  const participant = findParticipant(db, who)
  const codes = db.prepare(CODES_OF_DOCUMENT).pluck()
  const codesOf = (documentId: number | null, start = 0, end = Number.MAX_SAFE_INTEGER) =>
    documentId === null ? [] : (codes.all(documentId, end, start) as string[])
  const entries: TimelineEntry[] = []

  const events = db
    .prepare(
      `SELECT e.at, e.type, e.channel, d.text, s.name AS source, e.document_id AS documentId
         FROM events e JOIN sources s ON s.id = e.source_id LEFT JOIN documents d ON d.id = e.document_id
        WHERE e.participant_id = ? ORDER BY e.day, e.at, e.id`,
    )
    .all(participant.id) as Array<{
    at: string
    type: string
    channel: string | null
    text: string | null
    source: string
    documentId: number | null
  }>
  for (const e of events) entries.push({ ...e, label: e.type, kind: 'event', codes: codesOf(e.documentId) })

  const docs = db
    .prepare(
      `SELECT d.id, d.occurred_at AS at, d.question, d.text, s.kind, s.name AS source FROM documents d JOIN sources s ON s.id = d.source_id
        WHERE d.participant_id = ? AND s.kind <> 'interview' AND NOT EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id)
          AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.replaces_id = d.id)`,
    )
    .all(participant.id) as Array<{ id: number; at: string | null; question: string | null; text: string; kind: string; source: string }>
  for (const d of docs) {
    const kind = d.kind === 'survey' ? 'answer' : 'document'
    entries.push({
      at: d.at,
      type: kind,
      label: d.question ?? d.source,
      channel: null,
      text: d.text,
      source: d.source,
      kind,
      codes: codesOf(d.id),
      documentId: d.id,
    })
  }

  const turns = db
    .prepare(
      `SELECT u.document_id AS documentId, u.start, u.end, u.speaker, d.occurred_at AS at, d.text, s.name AS source
         FROM utterances u JOIN documents d ON d.id = u.document_id JOIN sources s ON s.id = d.source_id
        WHERE u.participant_id = ? AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.replaces_id = d.id)
        ORDER BY d.occurred_at, u.document_id, u.seq`,
    )
    .all(participant.id) as Array<{
    documentId: number
    start: number
    end: number
    speaker: string | null
    at: string | null
    text: string
    source: string
  }>
  for (const t of turns) {
    entries.push({
      at: t.at,
      type: 'turn',
      label: t.speaker ?? participant.name,
      channel: null,
      text: t.text.slice(t.start, t.end),
      source: t.source,
      kind: 'turn',
      codes: codesOf(t.documentId, t.start, t.end),
      documentId: t.documentId,
    })
  }
  // A stable sort: same-day entries keep the order they were gathered in (events in file order first).
  entries.sort((a, b) => (a.at === b.at ? 0 : a.at === null ? 1 : b.at === null ? -1 : a.at < b.at ? -1 : 1))
  return { participant, events: entries }
}
