/**
 * The coded-segments view: every highlight of one code across all sources, or, for two codes,
 * every place they co-occur (a highlight carrying both, or overlapping highlights of each in
 * the same document), with the text around it and a CSV export for spreadsheets.
 */
import type Database from 'better-sqlite3'
import Papa from 'papaparse'
import type { CodedSegment } from '../../../shared/contract/coding'
import { NeedleError } from '../../../shared/errors'

const CONTEXT = 200

interface Row {
  id: number
  documentId: number
  start: number
  end: number
  coder: string | null
  memo: string | null
  dueDate: string | null
  severity: number | null
}

function highlightsOf(db: Database.Database, codeId: number): Row[] {
  return db
    .prepare(
      `SELECT h.id, h.document_id AS documentId, h.start, h.end, c.name AS coder, h.memo, h.due_date AS dueDate, h.severity
         FROM highlight_codes hc JOIN highlights h ON h.id = hc.highlight_id LEFT JOIN coders c ON c.id = h.coder_id
        WHERE hc.code_id = ? ORDER BY h.document_id, h.start, h.id`,
    )
    .all(codeId) as Row[]
}

export function codedSegments(db: Database.Database, codeIds: number[]): CodedSegment[] {
  const names = codeIds.map((id) => {
    const name = db.prepare('SELECT name FROM codes WHERE id = ?').pluck().get(id) as string | undefined
    if (name === undefined) throw new NeedleError('not_found', `Code ${id} does not exist in this codebook.`)
    return name
  })
  type Pair = { rows: Row[]; start: number; end: number }
  const pairs: Pair[] = []
  if (codeIds.length === 1 || codeIds[0] === codeIds[1]) {
    for (const r of highlightsOf(db, codeIds[0])) pairs.push({ rows: [r], start: r.start, end: r.end })
  } else {
    const a = highlightsOf(db, codeIds[0])
    const bByDoc = new Map<number, Row[]>()
    for (const r of highlightsOf(db, codeIds[1])) bByDoc.set(r.documentId, [...(bByDoc.get(r.documentId) ?? []), r])
    for (const x of a) {
      for (const y of bByDoc.get(x.documentId) ?? []) {
        if (y.start >= x.end || x.start >= y.end) continue
        const rows = x.id === y.id ? [x] : [x, y]
        pairs.push({ rows, start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) })
      }
    }
  }
  const docStmt = db.prepare(
    `SELECT d.title, d.text, s.name AS source, coalesce(p.display_name, p.label) AS participant
       FROM documents d JOIN sources s ON s.id = d.source_id LEFT JOIN participants p ON p.id = d.participant_id WHERE d.id = ?`,
  )
  const docs = new Map<number, { title: string; text: string; source: string; participant: string | null }>()
  return pairs.map(({ rows, start, end }) => {
    const first = rows[0]
    let doc = docs.get(first.documentId)
    if (!doc) {
      doc = docStmt.get(first.documentId) as { title: string; text: string; source: string; participant: string | null }
      docs.set(first.documentId, doc)
    }
    return {
      highlightIds: rows.map((r) => r.id),
      codes: names,
      documentId: first.documentId,
      documentTitle: doc.title,
      source: doc.source,
      participant: doc.participant,
      coder: [...new Set(rows.map((r) => r.coder).filter(Boolean))].join(', ') || null,
      start,
      end,
      text: doc.text.slice(start, end),
      before: doc.text.slice(Math.max(0, start - CONTEXT), start),
      after: doc.text.slice(end, end + CONTEXT),
      memo:
        rows
          .map((r) => r.memo)
          .filter(Boolean)
          .join('\n') || null,
      dueDate: rows.map((r) => r.dueDate).find(Boolean) ?? null,
      severity: rows.map((r) => r.severity).find((s) => s !== null) ?? null,
    }
  })
}

export function segmentsCsv(segments: CodedSegment[]): string {
  return Papa.unparse(
    segments.map((s) => ({
      codes: s.codes.join(' + '),
      source: s.source,
      document: s.documentTitle,
      document_id: s.documentId,
      participant: s.participant ?? '',
      coder: s.coder ?? '',
      start: s.start,
      end: s.end,
      text: s.text,
      context: `${s.before}[${s.text}]${s.after}`,
      memo: s.memo ?? '',
      due_date: s.dueDate ?? '',
      severity: s.severity ?? '',
      highlight_ids: s.highlightIds.join(' '),
    })),
    // A formula-looking cell (=, +, -, @) is escaped so a spreadsheet never runs a participant's words.
    { escapeFormulae: true, newline: '\r\n' },
  )
}
