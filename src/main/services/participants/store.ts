/** Reading and changing participants; plain functions over a Db handle. */
import type Database from 'better-sqlite3'
import { participantValuesSchema, readJsonColumn } from '../../db/jsonColumn'
import type { ParticipantRow } from '../../../shared/contract/participants'
import { NeedleError } from '../../../shared/errors'
import { naturalCompare } from '../../../shared/text/naturalOrder'
import { SourceStore } from '../sources/store'
import { readAliases, writeAliases } from './aliases'

interface Row {
  id: number
  label: string
  display_name: string | null
  is_interviewer: number
  documents: number
  utterances: number
}

// A participant's documents are those assigned to them and those they speak in.
const SELECT = `
  SELECT p.id, p.label, p.display_name, p.is_interviewer,
    (SELECT COUNT(*) FROM documents d WHERE d.participant_id = p.id
        OR d.id IN (SELECT u.document_id FROM utterances u WHERE u.participant_id = p.id)) AS documents,
    (SELECT COUNT(*) FROM utterances u WHERE u.participant_id = p.id) AS utterances
  FROM participants p`

/** Attribute values by participant, each participant's in attribute-name order. */
function attributesOf(db: Database.Database, ids: number[]): Map<number, Record<string, string | null>> {
  const names = new Map(db.prepare('SELECT id, name FROM attributes').raw().all() as [number, string][])
  // One participant (opening or changing one) reads its own row; a list reads them all.
  const rows = (
    ids.length === 1
      ? db.prepare('SELECT participant_id, attrs FROM participant_values WHERE participant_id = ?').raw().all(ids[0])
      : db.prepare('SELECT participant_id, attrs FROM participant_values').raw().all()
  ) as [number, string][]
  const wanted = new Set(ids)
  const out = new Map<number, Record<string, string | null>>()
  for (const [pid, attrs] of rows) {
    if (!wanted.has(pid)) continue
    const named = Object.entries(readJsonColumn(participantValuesSchema, attrs, { table: 'participant_values', row: pid }))
      .map(([id, value]) => [names.get(Number(id)) ?? `#${id}`, value] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    out.set(pid, Object.fromEntries(named))
  }
  return out
}

function toRow(r: Row, attributes: Record<string, string | null> | undefined): ParticipantRow {
  return {
    id: r.id,
    label: r.label,
    displayName: r.display_name,
    isInterviewer: r.is_interviewer === 1,
    documents: r.documents,
    utterances: r.utterances,
    attributes: attributes ?? {},
  }
}

export function listParticipants(db: Database.Database): ParticipantRow[] {
  const rows = (db.prepare(`${SELECT} ORDER BY p.id`).all() as Row[]).sort(
    (a, b) => naturalCompare(a.display_name ?? a.label, b.display_name ?? b.label) || a.id - b.id,
  )
  const attrs = attributesOf(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => toRow(r, attrs.get(r.id)))
}

export function getParticipant(db: Database.Database, id: number): ParticipantRow {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Row | undefined
  if (!row)
    throw new NeedleError('not_found', `There is no participant with id ${id}; the list may be out of date. Reload it and try again.`, {
      id,
    })
  return toRow(row, attributesOf(db, [id]).get(id))
}

export function renameParticipant(db: Database.Database, id: number, displayName: string): ParticipantRow {
  getParticipant(db, id)
  db.prepare('UPDATE participants SET display_name = ? WHERE id = ?').run(displayName === '' ? null : displayName, id)
  return getParticipant(db, id)
}

export function setInterviewer(db: Database.Database, id: number, interviewer: boolean): ParticipantRow {
  getParticipant(db, id)
  db.prepare('UPDATE participants SET is_interviewer = ? WHERE id = ?').run(interviewer ? 1 : 0, id)
  return getParticipant(db, id)
}

/**
 * Everything that belongs to `from` moves to `into`, in one transaction. Where both hold
 * the same thing (an attribute, a rating of the same need, a segment membership) the
 * target's own value wins, because the target is the participant the researcher kept.
 */
export function mergeParticipants(db: Database.Database, from: number[], into: number): ParticipantRow {
  const sources = [...new Set(from)].filter((id) => id !== into)
  return db
    .transaction(() => {
      getParticipant(db, into)
      const labels = sources.map((id) => getParticipant(db, id).label)
      const values = new SourceStore(db)
      const move = {
        documents: db.prepare('UPDATE documents SET participant_id = ? WHERE participant_id = ?'),
        utterances: db.prepare('UPDATE utterances SET participant_id = ? WHERE participant_id = ?'),
        events: db.prepare('UPDATE events SET participant_id = ? WHERE participant_id = ?'),
        history: db.prepare('UPDATE attribute_history SET participant_id = ? WHERE participant_id = ?'),
        ratings: db.prepare('UPDATE OR IGNORE ratings SET participant_id = ? WHERE participant_id = ?'),
        members: db.prepare('UPDATE OR IGNORE segment_members SET participant_id = ? WHERE participant_id = ?'),
        links: db.prepare('UPDATE OR IGNORE participant_sources SET participant_id = ? WHERE participant_id = ?'),
        memos: db.prepare("UPDATE memos SET target_id = ? WHERE target_kind = 'participant' AND target_id = ?"),
        remove: db.prepare('DELETE FROM participants WHERE id = ?'),
      }
      for (const id of sources) {
        move.documents.run(into, id)
        move.utterances.run(into, id)
        move.events.run(into, id)
        move.history.run(into, id)
        values.moveAttributes(id, into)
        move.ratings.run(into, id)
        move.members.run(into, id)
        move.links.run(into, id)
        move.memos.run(into, id)
        // Rows left behind duplicated the target's; ON DELETE CASCADE drops them with the participant.
        move.remove.run(id)
      }
      // Highlights hang off documents and utterances, so they follow without an update of their own.
      const aliases = readAliases(db)
      for (const [label, target] of Object.entries(aliases)) if (sources.includes(target)) aliases[label] = into
      for (const label of labels) aliases[label] = into
      writeAliases(db, aliases)
      return getParticipant(db, into)
    })
    .immediate()
}
