/**
 * Adds a Bundle to this project: the union without duplicates. Sources match by checksum or,
 * failing that, by a sha256 of their documents' text; documents within a matched source by
 * their text; codes by name (ignoring case, as the codebook does) and kind; participants by
 * label; highlights by (document, start, end, code set, coder); memos by target and text.
 * Applying the same bundle twice therefore changes nothing the second time.
 * Runs inside the caller's transaction; writes sources through SourceStore.
 */
import type Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import type { MergeConflict, MergeCounts, MergeReport } from '../../../shared/contract/interop'
import type { AttributeType } from '../../../shared/domain'
import { defaultColor } from '../codes/colors'
import { SourceStore } from '../sources/store'
import type { Bundle, BundleCode, BundleSource } from './bundle'

export interface ApplyOutcome extends MergeReport {
  /** Highlights whose document could not be matched or whose span does not fit its text. */
  dropped: number
}

const zero = (): MergeCounts => ({ sources: 0, documents: 0, codes: 0, highlights: 0, participants: 0, memos: 0, events: 0 })

export function contentHash(texts: string[]): string {
  const h = createHash('sha256')
  for (const t of texts) h.update(t).update('\u0000')
  return h.digest('hex')
}

function splitsCharacter(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false
  const lo = text.charCodeAt(i)
  const hi = text.charCodeAt(i - 1)
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff
}

export function spanFits(text: string, start: number, end: number): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= text.length &&
    !splitsCharacter(text, start) &&
    !splitsCharacter(text, end)
  )
}

/**
 * What identifies a source's content beyond its documents' text: an event log's rows and a stage's
 * dated values, by participant label. Without them every event log with no ticket text would
 * match any other source without documents, and its events would be skipped as already here.
 */
function rowsKey(s: Pick<BundleSource, 'events' | 'history'>, label: (key: string) => string | undefined): string[] {
  const sep = '\u0001'
  return [
    ...(s.events ?? []).map((e) => ['e', label(e.participantKey), e.at, e.type, e.channel ?? '', e.amount ?? ''].join(sep)),
    ...(s.history ?? []).map((h) => ['h', label(h.participantKey), h.attribute, h.day, h.value].join(sep)),
  ]
}

/** Parents before children; a cycle or a missing parent (a hostile file) makes the code top-level. */
function parentFirst(codes: BundleCode[]): BundleCode[] {
  const byKey = new Map(codes.map((c) => [c.key, c]))
  const out: BundleCode[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (c: BundleCode) => {
    if (state.get(c.key) === 'done') return
    state.set(c.key, 'visiting')
    const parent = c.parentKey ? byKey.get(c.parentKey) : undefined
    if (parent && state.get(parent.key) !== 'visiting') visit(parent)
    state.set(c.key, 'done')
    out.push(c)
  }
  codes.forEach(visit)
  return out
}

export function applyBundle(db: Database.Database, bundle: Bundle, file: string): ApplyOutcome {
  const added = zero()
  const skipped = zero()
  const conflicts: MergeConflict[] = []
  const now = new Date().toISOString()
  const store = new SourceStore(db)

  // Coders by name.
  const coderIds = new Map<string, number>()
  const coderId = (name: string | null): number | null => {
    if (!name) return null
    const known = coderIds.get(name)
    if (known !== undefined) return known
    const found = db.prepare('SELECT id FROM coders WHERE name = ?').pluck().get(name) as number | undefined
    const id = found ?? Number(db.prepare('INSERT INTO coders (name, created_at) VALUES (?, ?)').run(name, now).lastInsertRowid)
    coderIds.set(name, id)
    return id
  }
  bundle.coders.forEach(coderId)

  const attrTypes = new Map(bundle.attributes.map((a) => [a.name, a.type]))

  // Codes by name and kind; parents first so a new child can point at its (possibly new) parent.
  const codeIds = new Map<string, number>()
  const codeName = new Map<string, string>(bundle.codes.map((c) => [c.key, c.name]))
  const findCode = db.prepare(
    'SELECT id, color, description, parent_id AS parentId FROM codes WHERE name = ? COLLATE NOCASE AND kind = ? ORDER BY id LIMIT 1',
  )
  const parentName = db.prepare('SELECT name FROM codes WHERE id = ?').pluck()
  const insertCode = db.prepare(
    'INSERT INTO codes (name, kind, parent_id, color, description, sort, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const nextSort = db.prepare('SELECT coalesce(max(sort), -1) + 1 FROM codes WHERE parent_id IS ?').pluck()
  const ofKind = db.prepare('SELECT count(*) FROM codes WHERE kind = ?').pluck()
  for (const c of parentFirst(bundle.codes)) {
    const existing = findCode.get(c.name, c.kind) as { id: number; color: string; description: string; parentId: number | null } | undefined
    const parentId = c.parentKey ? (codeIds.get(c.parentKey) ?? null) : null
    if (existing) {
      codeIds.set(c.key, existing.id)
      skipped.codes++
      if (c.color && c.color.toLowerCase() !== existing.color.toLowerCase()) {
        conflicts.push({ kind: 'code', name: c.name, field: 'colour', ours: existing.color, theirs: c.color })
      }
      if ((c.description ?? '') !== existing.description && c.description) {
        conflicts.push({ kind: 'code', name: c.name, field: 'description', ours: existing.description, theirs: c.description })
      }
      if (existing.parentId !== parentId) {
        const ours = existing.parentId === null ? null : (parentName.get(existing.parentId) as string)
        const theirs = c.parentKey ? (codeName.get(c.parentKey) ?? null) : null
        if (ours !== theirs) conflicts.push({ kind: 'code', name: c.name, field: 'parent', ours, theirs })
      }
      continue
    }
    const color = c.color && /^#[0-9a-fA-F]{6}$/.test(c.color) ? c.color.toLowerCase() : defaultColor(c.kind, ofKind.get(c.kind) as number)
    const id = Number(insertCode.run(c.name, c.kind, parentId, color, c.description ?? '', nextSort.get(parentId), now).lastInsertRowid)
    codeIds.set(c.key, id)
    added.codes++
  }

  // Participants by label; attribute values the project lacks are filled in, differing ones reported.
  const participantIds = new Map<string, number>()
  const findParticipant = db.prepare('SELECT id FROM participants WHERE label = ?').pluck()
  const currentValue = db.prepare(
    'SELECT pa.value FROM participant_attributes pa JOIN attributes a ON a.id = pa.attribute_id WHERE pa.participant_id = ? AND a.name = ?',
  )
  for (const p of bundle.participants) {
    const existing = findParticipant.get(p.label) as number | undefined
    const id = existing ?? store.participant(p.label, { displayName: p.displayName ?? undefined, interviewer: p.interviewer })
    participantIds.set(p.key, id)
    if (existing === undefined) added.participants++
    else skipped.participants++
    for (const [name, value] of Object.entries(p.values)) {
      const row = currentValue.get(id, name) as { value: string | null } | undefined
      if (row === undefined) store.setAttribute(id, store.attribute(name, attrTypes.get(name) ?? 'text'), value)
      else if (row.value !== value) conflicts.push({ kind: 'participant', name: p.label, field: name, ours: row.value, theirs: value })
    }
  }

  // Sources by checksum, else by content; documents of a matched source by their text.
  const byChecksum = new Map<string, number>()
  const byContent = new Map<string, number>()
  const docsOf = new Map<number, { id: number; text: string }[]>()
  for (const r of db.prepare('SELECT id, checksum FROM sources ORDER BY id').all() as { id: number; checksum: string | null }[]) {
    if (r.checksum && !byChecksum.has(r.checksum)) byChecksum.set(r.checksum, r.id)
    docsOf.set(r.id, [])
  }
  for (const d of db.prepare('SELECT id, source_id AS sid, text FROM documents ORDER BY source_id, id').all() as {
    id: number
    sid: number
    text: string
  }[]) {
    docsOf.get(d.sid)?.push({ id: d.id, text: d.text })
  }
  const ourRows = ourSourceRows(db)
  for (const [sid, docs] of docsOf) {
    const h = contentHash([...docs.map((d) => d.text), ...(ourRows.get(sid) ?? [])])
    if (!byContent.has(h)) byContent.set(h, sid)
  }
  const theirLabel = new Map(bundle.participants.map((p) => [p.key, p.label]))
  const labelOf = (key: string) => theirLabel.get(key)
  const documentIds = new Map<string, number>()
  const documentText = new Map<number, string>()
  for (const s of bundle.sources) {
    const hash = contentHash([...s.documents.map((d) => d.text), ...rowsKey(s, labelOf)])
    const match = (s.checksum ? byChecksum.get(s.checksum) : undefined) ?? byContent.get(hash)
    if (match !== undefined) {
      skipped.sources++
      skipped.events += s.events?.length ?? 0
      const pool = [...(docsOf.get(match) ?? [])]
      for (const d of s.documents) {
        const i = pool.findIndex((x) => x.text === d.text)
        if (i >= 0) {
          documentIds.set(d.key, pool[i].id)
          documentText.set(pool[i].id, pool[i].text)
          pool.splice(i, 1)
          skipped.documents++
        } else {
          conflicts.push({ kind: 'source', name: s.name, field: 'document', ours: null, theirs: d.title })
        }
      }
      continue
    }
    const sid = store.addSource({
      kind: s.kind,
      name: s.name,
      fileName: s.fileName,
      checksum: s.checksum,
      encoding: s.encoding,
      rowCount: s.rowCount,
      report: s.warnings?.length ? { mergedFrom: file, warnings: s.warnings } : { mergedFrom: file },
    })
    added.sources++
    const mine: { id: number; text: string }[] = []
    for (const d of s.documents) {
      const did = store.addDocument({
        sourceId: sid,
        participantId: d.participantKey ? (participantIds.get(d.participantKey) ?? null) : null,
        title: d.title,
        text: d.text,
        direction: d.direction,
        question: d.question,
        rowNumber: d.rowNumber,
        occurredAt: d.occurredAt,
      })
      for (const u of d.utterances) {
        if (!(u.end >= u.start && u.start >= 0 && u.end <= d.text.length)) continue
        store.addUtterance({
          documentId: did,
          seq: u.seq,
          speaker: u.speaker,
          participantId: u.participantKey ? (participantIds.get(u.participantKey) ?? null) : null,
          start: u.start,
          end: u.end,
          timeStartMs: u.timeStartMs,
          timeEndMs: u.timeEndMs,
        })
      }
      documentIds.set(d.key, did)
      documentText.set(did, d.text)
      mine.push({ id: did, text: d.text })
      added.documents++
    }
    added.events += addRows(db, store, sid, s, participantIds, documentIds, attrTypes)
    if (s.checksum) byChecksum.set(s.checksum, sid)
    byContent.set(hash, sid)
    docsOf.set(sid, mine)
  }

  // Highlights by (document, start, end, code set, coder).
  const keyOf = (doc: number, start: number, end: number, codes: number[], coder: number | null) =>
    `${doc}|${start}|${end}|${[...codes].sort((a, b) => a - b).join(',')}|${coder ?? ''}`
  const existing = new Map<string, number>()
  const loaded = new Set<number>()
  const loadExisting = db.prepare(
    `SELECT h.id, h.start, h.end, h.coder_id AS coder, (SELECT group_concat(code_id) FROM highlight_codes WHERE highlight_id = h.id) AS codes
       FROM highlights h WHERE h.document_id = ?`,
  )
  const insertHighlight = db.prepare(
    `INSERT INTO highlights (document_id, start, end, coder_id, memo, due_date, severity, what_happened, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const link = db.prepare('INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)')
  const highlightIds = new Map<number, number>()
  let dropped = 0
  bundle.highlights.forEach((h, index) => {
    const doc = documentIds.get(h.documentKey)
    const text = doc === undefined ? undefined : documentText.get(doc)
    if (doc === undefined || text === undefined || !spanFits(text, h.start, h.end)) {
      dropped++
      return
    }
    const codes = [...new Set(h.codeKeys.map((k) => codeIds.get(k)).filter((c): c is number => c !== undefined))]
    if (codes.length === 0 && !h.memo) {
      dropped++
      return
    }
    if (!loaded.has(doc)) {
      loaded.add(doc)
      for (const r of loadExisting.all(doc) as { id: number; start: number; end: number; coder: number | null; codes: string | null }[]) {
        existing.set(keyOf(doc, r.start, r.end, r.codes ? r.codes.split(',').map(Number) : [], r.coder), r.id)
      }
    }
    const coder = coderId(h.coder)
    const key = keyOf(doc, h.start, h.end, codes, coder)
    const found = existing.get(key)
    if (found !== undefined) {
      highlightIds.set(index, found)
      skipped.highlights++
      return
    }
    const severity = h.severity !== null && Number.isInteger(h.severity) && h.severity >= 1 && h.severity <= 4 ? h.severity : null
    const dueDate = h.dueDate && /^\d{4}-\d{2}-\d{2}$/.test(h.dueDate) ? h.dueDate : null
    const id = Number(insertHighlight.run(doc, h.start, h.end, coder, h.memo, dueDate, severity, h.whatHappened, now, now).lastInsertRowid)
    for (const c of codes) link.run(id, c)
    existing.set(key, id)
    highlightIds.set(index, id)
    added.highlights++
  })

  // Memos by target and text.
  const sameMemo = db.prepare('SELECT 1 FROM memos WHERE target_kind = ? AND target_id IS ? AND text = ?')
  const insertMemo = db.prepare(
    'INSERT INTO memos (target_kind, target_id, text, coder_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  for (const m of bundle.memos) {
    let target: number | null | undefined = null
    if (m.targetKind === 'document') target = documentIds.get(m.targetKey ?? '')
    else if (m.targetKind === 'code') target = codeIds.get(m.targetKey ?? '')
    else if (m.targetKind === 'participant') target = participantIds.get(m.targetKey ?? '')
    else if (m.targetKind === 'highlight') target = highlightIds.get(Number(m.targetKey))
    if (target === undefined || !m.text.trim()) continue
    if (sameMemo.get(m.targetKind, target, m.text)) {
      skipped.memos++
      continue
    }
    insertMemo.run(m.targetKind, target, m.text, coderId(m.coder), now, now)
    added.memos++
  }
  return { file, added, skipped, conflicts, dropped }
}

/** Our sources' event and history rows in rowsKey's form, by source id. */
function ourSourceRows(db: Database.Database): Map<number, string[]> {
  const out = new Map<number, string[]>()
  const push = (sid: number, row: string) => {
    const list = out.get(sid)
    if (list) list.push(row)
    else out.set(sid, [row])
  }
  const sep = '\u0001'
  for (const [sid, label, at, type, channel, amount] of db
    .prepare(
      'SELECT e.source_id, p.label, e.at, e.type, e.channel, e.amount FROM events e JOIN participants p ON p.id = e.participant_id ORDER BY e.id',
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string, string, string | null, number | null]>)
    push(sid, ['e', label, at, type, channel ?? '', amount ?? ''].join(sep))
  for (const [sid, label, attribute, day, value] of db
    .prepare(
      `SELECT h.source_id, p.label, a.name, h.day, h.value FROM attribute_history h
         JOIN participants p ON p.id = h.participant_id JOIN attributes a ON a.id = h.attribute_id ORDER BY h.rowid`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string, number, string]>)
    push(sid, ['h', label, attribute, day, value].join(sep))
  return out
}

/** A new source's event rows and stage history, their participants and documents mapped to this project's; returns the events added. */
function addRows(
  db: Database.Database,
  store: SourceStore,
  sourceId: number,
  s: BundleSource,
  participantIds: Map<string, number>,
  documentIds: Map<string, number>,
  attrTypes: Map<string, AttributeType>,
): number {
  let added = 0
  if (s.events?.length) {
    const insert = db.prepare(
      `INSERT INTO events (source_id, participant_id, at, day, type, channel, amount, document_id, row_number)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const e of s.events) {
      const pid = participantIds.get(e.participantKey)
      if (pid === undefined || !Number.isInteger(e.day)) continue
      const doc = e.documentKey ? (documentIds.get(e.documentKey) ?? null) : null
      insert.run(sourceId, pid, e.at, e.day, e.type, e.channel, e.amount, doc, e.rowNumber)
      added++
    }
  }
  if (s.history?.length) {
    const insert = db.prepare('INSERT INTO attribute_history (participant_id, attribute_id, source_id, day, value) VALUES (?, ?, ?, ?, ?)')
    for (const h of s.history) {
      const pid = participantIds.get(h.participantKey)
      if (pid === undefined || !Number.isInteger(h.day)) continue
      insert.run(pid, store.attribute(h.attribute, attrTypes.get(h.attribute) ?? 'category'), sourceId, h.day, h.value)
    }
  }
  return added
}
