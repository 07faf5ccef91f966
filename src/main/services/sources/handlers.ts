import { NeedleError } from '../../../shared/errors'
import type { DocumentView, SourceDetail, Utterance } from '../../../shared/contract/sources'
import type { HandlerMap } from '../handlers'
import { readJsonColumn, sourceReportSchema } from '../../db/jsonColumn'
import { listSources, projectSummary } from '../project/summary'

type Channels =
  'sources.get' | 'sources.rows' | 'sources.documents' | 'sources.remove' | 'documents.get' | 'documents.setDate' | 'documents.dates'

export const sourceHandlers: HandlerMap<Channels> = {
  'sources.get': (session, { id }) => {
    const { db } = session.requireProject()
    const row = listSources(db).find((s) => s.id === id)
    if (!row) throw new NeedleError('not_found', `Source ${id} does not exist in this project.`)
    const extra = db.prepare('SELECT encoding, report FROM sources WHERE id = ?').get(id) as {
      encoding: string | null
      report: string | null
    }
    const report: SourceDetail['report'] = extra.report
      ? readJsonColumn(sourceReportSchema, extra.report, { table: 'sources', row: id })
      : null
    return { ...row, encoding: extra.encoding, report }
  },
  'sources.rows': (session, { id, offset, limit, question }) => {
    const { db } = session.requireProject()
    const where = question ? 'd.source_id = ? AND d.question = ?' : 'd.source_id = ?'
    const args = question ? [id, question] : [id]
    const total = (db.prepare(`SELECT count(*) AS n FROM documents d WHERE ${where}`).get(...args) as { n: number }).n
    const questions = (
      db
        .prepare('SELECT question FROM documents WHERE source_id = ? AND question IS NOT NULL GROUP BY question ORDER BY min(id)')
        .all(id) as {
        question: string
      }[]
    ).map((r) => r.question)
    const rows = db
      .prepare(
        `SELECT d.id AS documentId, coalesce(p.display_name, p.label) AS participant, d.question, d.row_number AS rowNumber,
                d.text, d.direction
           FROM documents d LEFT JOIN participants p ON p.id = d.participant_id
          WHERE ${where} ORDER BY d.id LIMIT ? OFFSET ?`,
      )
      .all(...args, limit, offset) as never
    return { total, questions, rows }
  },
  'sources.documents': (session, { id }) => {
    const { db } = session.requireProject()
    return db
      .prepare(
        `SELECT d.id, d.title, d.direction, coalesce(p.display_name, p.label) AS participant
           FROM documents d LEFT JOIN participants p ON p.id = d.participant_id
          WHERE d.source_id = ? ORDER BY d.id`,
      )
      .all(id) as never
  },
  'sources.remove': (session, { id }) => {
    const db = session.writable()
    db.transaction(() => {
      const exists = db.prepare('SELECT 1 FROM sources WHERE id = ?').get(id)
      if (!exists) throw new NeedleError('not_found', `Source ${id} does not exist in this project.`)
      // Contentless FTS rows are not removed by the cascade: delete them explicitly first.
      db.prepare('DELETE FROM document_fts WHERE rowid IN (SELECT id FROM documents WHERE source_id = ?)').run(id)
      db.prepare('DELETE FROM sources WHERE id = ?').run(id)
      // Participants that only this source knew about go with it (the cascade has removed its links).
      db.prepare(
        `DELETE FROM participants WHERE NOT EXISTS (SELECT 1 FROM participant_sources ps WHERE ps.participant_id = participants.id)
            AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.participant_id = participants.id)
            AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.participant_id = participants.id)
            AND NOT EXISTS (SELECT 1 FROM utterances u WHERE u.participant_id = participants.id)
            AND NOT EXISTS (SELECT 1 FROM events e WHERE e.participant_id = participants.id)`,
      ).run()
    })()
    session.emit('project.changed', { summary: projectSummary(session.requireProject()) })
    return null
  },
  'documents.get': (session, { id }) => {
    const { db } = session.requireProject()
    const doc = db
      .prepare(
        `SELECT d.id, d.source_id AS sourceId, d.title, d.text, d.direction, d.question, d.occurred_at AS occurredAt,
                coalesce(p.display_name, p.label) AS participant
           FROM documents d LEFT JOIN participants p ON p.id = d.participant_id WHERE d.id = ?`,
      )
      .get(id) as Omit<DocumentView, 'utterances'> | undefined
    if (!doc) throw new NeedleError('not_found', `Document ${id} does not exist in this project.`)
    const utterances = (
      db
        .prepare(
          `SELECT u.id, u.seq, u.speaker, u.participant_id AS participantId, coalesce(p.is_interviewer, 0) AS isInterviewer,
                  u.start, u.end, u.time_start_ms AS timeStartMs, u.time_end_ms AS timeEndMs
             FROM utterances u LEFT JOIN participants p ON p.id = u.participant_id
            WHERE u.document_id = ? ORDER BY u.seq`,
        )
        .all(id) as (Omit<Utterance, 'isInterviewer'> & { isInterviewer: number })[]
    ).map((u) => ({ ...u, isInterviewer: u.isInterviewer === 1 }))
    return { ...doc, utterances }
  },
  'documents.setDate': (session, { id, date }) => {
    const db = session.writable()
    const changed = db.prepare('UPDATE documents SET occurred_at = ? WHERE id = ?').run(date, id).changes
    if (changed === 0) throw new NeedleError('not_found', `Document ${id} does not exist in this project.`)
    session.emit('project.changed', { summary: projectSummary(session.requireProject()) })
    return { id, occurredAt: date }
  },
  'documents.dates': (session) =>
    session
      .requireProject()
      .db.prepare(
        `SELECT d.id, s.name AS source, d.title, s.kind, d.occurred_at AS occurredAt
           FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.kind = 'interview' ORDER BY d.id`,
      )
      .all() as never,
}
