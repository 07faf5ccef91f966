/** Reads a whole project into a Bundle (keys from row ids): the side a merge or an export reads. */
import type Database from 'better-sqlite3'
import type { AttributeType } from '../../../shared/domain'
import { highlightParticipantSql } from '../participants/ofHighlight'
import type { Bundle, BundleDocument, BundleEvent, BundleHistory, BundleMemo, MemoTargetKind } from './bundle'

const MEMO_KINDS: MemoTargetKind[] = ['project', 'document', 'code', 'participant', 'highlight']

export function readBundle(db: Database.Database): Bundle {
  const coders = db.prepare('SELECT name FROM coders ORDER BY id').pluck().all() as string[]
  const attributes = db.prepare('SELECT name, type FROM attributes ORDER BY id').all() as { name: string; type: AttributeType }[]
  const codes = (
    db
      .prepare('SELECT id, name, kind, parent_id AS parentId, color, description FROM codes ORDER BY parent_id IS NOT NULL, sort, id')
      .all() as {
      id: number
      name: string
      kind: Bundle['codes'][number]['kind']
      parentId: number | null
      color: string
      description: string
    }[]
  ).map((c) => ({
    key: `c${c.id}`,
    name: c.name,
    kind: c.kind,
    color: c.color,
    description: c.description,
    parentKey: c.parentId === null ? null : `c${c.parentId}`,
  }))

  const values = new Map<number, Record<string, string | null>>()
  for (const v of db
    .prepare(
      'SELECT pa.participant_id AS pid, a.name, pa.value FROM participant_attributes pa JOIN attributes a ON a.id = pa.attribute_id ORDER BY a.id',
    )
    .all() as { pid: number; name: string; value: string | null }[]) {
    const row = values.get(v.pid)
    if (row) row[v.name] = v.value
    else values.set(v.pid, { [v.name]: v.value })
  }
  const participants = (
    db.prepare('SELECT id, label, display_name AS displayName, is_interviewer AS interviewer FROM participants ORDER BY id').all() as {
      id: number
      label: string
      displayName: string | null
      interviewer: number
    }[]
  ).map((p) => ({
    key: `p${p.id}`,
    label: p.label,
    displayName: p.displayName,
    interviewer: p.interviewer === 1,
    values: values.get(p.id) ?? {},
  }))

  const pkey = (id: number | null) => (id === null ? null : `p${id}`)
  const utterances = new Map<number, BundleDocument['utterances']>()
  for (const u of db
    .prepare(
      `SELECT document_id AS doc, seq, speaker, participant_id AS pid, start, end, time_start_ms AS ts, time_end_ms AS te
         FROM utterances ORDER BY document_id, seq`,
    )
    .all() as {
    doc: number
    seq: number
    speaker: string | null
    pid: number | null
    start: number
    end: number
    ts: number | null
    te: number | null
  }[]) {
    const list = utterances.get(u.doc) ?? []
    list.push({
      seq: u.seq,
      speaker: u.speaker,
      participantKey: pkey(u.pid),
      start: u.start,
      end: u.end,
      timeStartMs: u.ts,
      timeEndMs: u.te,
    })
    utterances.set(u.doc, list)
  }
  const docsBySource = new Map<number, BundleDocument[]>()
  for (const d of db
    .prepare(
      `SELECT id, source_id AS sourceId, participant_id AS pid, title, text, direction, question, row_number AS rowNumber, occurred_at AS occurredAt
         FROM documents ORDER BY source_id, id`,
    )
    .all() as {
    id: number
    sourceId: number
    pid: number | null
    title: string
    text: string
    direction: 'ltr' | 'rtl'
    question: string | null
    rowNumber: number | null
    occurredAt: string | null
  }[]) {
    const list = docsBySource.get(d.sourceId) ?? []
    list.push({
      key: `d${d.id}`,
      title: d.title,
      text: d.text,
      direction: d.direction,
      participantKey: pkey(d.pid),
      question: d.question,
      rowNumber: d.rowNumber,
      occurredAt: d.occurredAt,
      utterances: utterances.get(d.id) ?? [],
    })
    docsBySource.set(d.sourceId, list)
  }
  const sources = (
    db
      .prepare('SELECT id, kind, name, file_name AS fileName, checksum, encoding, row_count AS rowCount FROM sources ORDER BY id')
      .all() as {
      id: number
      kind: Bundle['sources'][number]['kind']
      name: string
      fileName: string | null
      checksum: string | null
      encoding: string | null
      rowCount: number | null
    }[]
  ).map((s) => ({
    key: `s${s.id}`,
    ...s,
    documents: docsBySource.get(s.id) ?? [],
    ...(s.kind === 'events' ? { events: eventsOf(db, s.id) } : {}),
    ...historyOf(db, s.id),
  }))

  const highlightRows = db
    .prepare(
      `SELECT h.id, h.document_id AS doc, h.start, h.end, c.name AS coder, h.memo, h.due_date AS dueDate, h.severity, h.what_happened AS whatHappened,
              (SELECT group_concat(code_id) FROM highlight_codes WHERE highlight_id = h.id) AS codeIds,
              ${highlightParticipantSql()} AS pid
         FROM highlights h JOIN documents d ON d.id = h.document_id LEFT JOIN coders c ON c.id = h.coder_id
        ORDER BY h.document_id, h.start, h.end, h.id`,
    )
    .all() as {
    id: number
    doc: number
    start: number
    end: number
    coder: string | null
    memo: string | null
    dueDate: string | null
    severity: number | null
    whatHappened: string | null
    codeIds: string | null
    pid: number | null
  }[]
  const highlightIndex = new Map<number, number>()
  const highlights = highlightRows.map((h, i) => {
    highlightIndex.set(h.id, i)
    return {
      documentKey: `d${h.doc}`,
      start: h.start,
      end: h.end,
      codeKeys: h.codeIds ? h.codeIds.split(',').map((c) => `c${c}`) : [],
      coder: h.coder,
      memo: h.memo,
      dueDate: h.dueDate,
      severity: h.severity,
      whatHappened: h.whatHappened,
      participantKey: pkey(h.pid),
    }
  })

  const memos: BundleMemo[] = []
  for (const m of db
    .prepare(
      'SELECT m.target_kind AS kind, m.target_id AS target, m.text, c.name AS coder FROM memos m LEFT JOIN coders c ON c.id = m.coder_id ORDER BY m.id',
    )
    .all() as { kind: string; target: number | null; text: string; coder: string | null }[]) {
    if (!MEMO_KINDS.includes(m.kind as MemoTargetKind)) continue // segment/persona memos travel with personas, not here
    const kind = m.kind as MemoTargetKind
    let targetKey: string | null = null
    if (kind === 'highlight') {
      const index = m.target === null ? undefined : highlightIndex.get(m.target)
      if (index === undefined) continue
      targetKey = String(index)
    } else if (kind !== 'project') {
      if (m.target === null) continue
      targetKey = `${kind === 'document' ? 'd' : kind === 'code' ? 'c' : 'p'}${m.target}`
    }
    memos.push({ targetKind: kind, targetKey, text: m.text, coder: m.coder })
  }
  return { coders, attributes, codes, participants, sources, highlights, memos }
}

function eventsOf(db: Database.Database, sourceId: number): BundleEvent[] {
  return (
    db
      .prepare(
        `SELECT participant_id AS pid, at, day, type, channel, amount, document_id AS doc, row_number AS rowNumber
           FROM events WHERE source_id = ? ORDER BY id`,
      )
      .all(sourceId) as {
      pid: number
      at: string
      day: number
      type: string
      channel: string | null
      amount: number | null
      doc: number | null
      rowNumber: number
    }[]
  ).map((e) => ({
    participantKey: `p${e.pid}`,
    at: e.at,
    day: e.day,
    type: e.type,
    channel: e.channel,
    amount: e.amount,
    documentKey: e.doc === null ? null : `d${e.doc}`,
    rowNumber: e.rowNumber,
  }))
}

function historyOf(db: Database.Database, sourceId: number): { history?: BundleHistory[] } {
  const rows = db
    .prepare(
      `SELECT h.participant_id AS pid, a.name AS attribute, h.day, h.value
         FROM attribute_history h JOIN attributes a ON a.id = h.attribute_id WHERE h.source_id = ? ORDER BY h.rowid`,
    )
    .all(sourceId) as { pid: number; attribute: string; day: number; value: string }[]
  return rows.length
    ? { history: rows.map((r) => ({ participantKey: `p${r.pid}`, attribute: r.attribute, day: r.day, value: r.value })) }
    : {}
}
