/**
 * Spreadsheet exports of the coding: one row per highlight (its codes, text, participant and
 * the participant's attributes), and the participants × codes matrix (how many highlights of
 * each code each participant has). A transcript highlight belongs to the speaker of the turn it
 * covers, not to the document (see participants/ofHighlight.ts).
 */
import type Database from 'better-sqlite3'
import { highlightParticipantSql } from '../participants/ofHighlight'
import { csvDocument, csvLine } from './csv'

export function codingsCsv(db: Database.Database): { csv: string; rows: number } {
  const attributes = db.prepare('SELECT id, name FROM attributes ORDER BY id').all() as { id: number; name: string }[]
  const values = new Map<string, string | null>()
  for (const v of db.prepare('SELECT participant_id AS p, attribute_id AS a, value FROM participant_attributes').all() as {
    p: number
    a: number
    value: string | null
  }[]) {
    values.set(`${v.p}:${v.a}`, v.value)
  }
  const rows = db
    .prepare(
      `SELECT h.id, h.start, h.end, h.memo, h.due_date AS dueDate, h.severity, d.text, d.title, s.name AS source, p.id AS pid,
              COALESCE(p.display_name, p.label) AS participant, c.name AS coder,
              (SELECT group_concat(x.name, '; ') FROM (SELECT co.name FROM highlight_codes hc JOIN codes co ON co.id = hc.code_id WHERE hc.highlight_id = h.id ORDER BY co.name) x) AS codes,
              (SELECT group_concat(x.kind, '; ') FROM (SELECT co.kind, co.name FROM highlight_codes hc JOIN codes co ON co.id = hc.code_id WHERE hc.highlight_id = h.id ORDER BY co.name) x) AS kinds
         FROM highlights h JOIN documents d ON d.id = h.document_id JOIN sources s ON s.id = d.source_id
         LEFT JOIN participants p ON p.id = ${highlightParticipantSql()} LEFT JOIN coders c ON c.id = h.coder_id
        ORDER BY s.id, d.id, h.start, h.id`,
    )
    .all() as {
    id: number
    start: number
    end: number
    memo: string | null
    dueDate: string | null
    severity: number | null
    text: string
    title: string
    source: string
    pid: number | null
    participant: string | null
    coder: string | null
    codes: string | null
    kinds: string | null
  }[]
  const lines = [
    csvLine([
      'highlight',
      'codes',
      'code kinds',
      'text',
      'participant',
      ...attributes.map((a) => a.name),
      'document',
      'source',
      'coder',
      'start',
      'end',
      'memo',
      'due date',
      'severity',
    ]),
    ...rows.map((r) =>
      csvLine([
        r.id,
        r.codes ?? '',
        r.kinds ?? '',
        r.text.slice(r.start, r.end),
        r.participant ?? '',
        ...attributes.map((a) => (r.pid === null ? '' : (values.get(`${r.pid}:${a.id}`) ?? ''))),
        r.title,
        r.source,
        r.coder ?? '',
        r.start,
        r.end,
        r.memo ?? '',
        r.dueDate ?? '',
        r.severity ?? '',
      ]),
    ),
  ]
  return { csv: csvDocument(lines), rows: rows.length }
}

export function matrixCsv(db: Database.Database): { csv: string; rows: number } {
  const codes = db.prepare('SELECT id, name FROM codes ORDER BY sort, name COLLATE NOCASE, id').all() as { id: number; name: string }[]
  const people = db.prepare('SELECT id, COALESCE(display_name, label) AS label FROM participants ORDER BY 2 COLLATE NOCASE, id').all() as {
    id: number
    label: string
  }[]
  const counts = new Map<string, number>()
  for (const r of db
    .prepare(
      `SELECT coalesce(${highlightParticipantSql()}, 0) AS p, hc.code_id AS c, count(DISTINCT h.id) AS n
         FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id JOIN documents d ON d.id = h.document_id
        GROUP BY 1, 2`,
    )
    .all() as { p: number; c: number; n: number }[]) {
    counts.set(`${r.p}:${r.c}`, r.n)
  }
  const rows = [...people.map((p) => ({ id: p.id, label: p.label }))]
  // Highlights in documents without a participant (a survey answer with no respondent id) get their own row.
  if (codes.some((c) => counts.has(`0:${c.id}`))) rows.push({ id: 0, label: '(no participant)' })
  const lines = [
    csvLine(['participant', ...codes.map((c) => c.name)]),
    ...rows.map((r) => csvLine([r.label, ...codes.map((c) => counts.get(`${r.id}:${c.id}`) ?? 0)])),
  ]
  return { csv: csvDocument(lines), rows: rows.length }
}
