/**
 * The one place rows for sources, participants, documents and utterances are written.
 * Every importer goes through it, inside the importer's single transaction, so the
 * full-text index and the tables can never disagree.
 */
import type Database from 'better-sqlite3'
import type { AttributeType } from '../../../shared/domain'
import { normaliseForSearch } from '../../../shared/text/arabic'
import type { ImportStore, NewDocument, NewSource, NewUtterance } from '../../importers/types'
import { participantValuesSchema, readJsonColumn } from '../../db/jsonColumn'
import { readAliases } from '../participants/aliases'

/** Prepared statements for one connection; create once per import, not per row. */
export class SourceStore implements ImportStore {
  private readonly now = new Date().toISOString()
  private readonly stmt

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      source: db.prepare(
        `INSERT INTO sources (kind, name, file_name, checksum, encoding, row_count, mapping, report, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      sourceReport: db.prepare('UPDATE sources SET report = ?, row_count = ? WHERE id = ?'),
      readReport: db.prepare('SELECT report FROM sources WHERE id = ?').pluck(),
      participantByLabel: db.prepare('SELECT id FROM participants WHERE label = ?').pluck(),
      participantExists: db.prepare('SELECT 1 FROM participants WHERE id = ?').pluck(),
      participant: db.prepare('INSERT INTO participants (label, display_name, is_interviewer, created_at) VALUES (?, ?, ?, ?)'),
      attributeByName: db.prepare('SELECT id, type FROM attributes WHERE name = ?'),
      attribute: db.prepare('INSERT INTO attributes (name, type) VALUES (?, ?)'),
      valuesInsert: db.prepare(
        'INSERT INTO participant_values (participant_id, attrs) VALUES (?, ?) ON CONFLICT (participant_id) DO NOTHING',
      ),
      valuesRead: db.prepare('SELECT attrs FROM participant_values WHERE participant_id = ?').pluck(),
      valuesWrite: db.prepare('UPDATE participant_values SET attrs = ? WHERE participant_id = ?'),
      document: db.prepare(
        `INSERT INTO documents (source_id, participant_id, title, text, direction, question, row_number, occurred_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      fts: db.prepare('INSERT INTO document_fts (rowid, body) VALUES (?, ?)'),
      link: db.prepare('INSERT OR IGNORE INTO participant_sources (source_id, participant_id) VALUES (?, ?)'),
      documentSource: db.prepare('SELECT source_id FROM documents WHERE id = ?').pluck(),
      utterance: db.prepare(
        `INSERT INTO utterances (document_id, seq, speaker, participant_id, start, end, time_start_ms, time_end_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    }
  }

  addSource(s: NewSource): number {
    const info = this.stmt.source.run(
      s.kind,
      s.name,
      s.fileName,
      s.checksum,
      s.encoding,
      s.rowCount,
      s.mapping === undefined ? null : JSON.stringify(s.mapping),
      s.report === undefined ? null : JSON.stringify(s.report),
      this.now,
    )
    return Number(info.lastInsertRowid)
  }

  setReport(sourceId: number, report: unknown, rowCount: number | null): void {
    this.stmt.sourceReport.run(JSON.stringify(report), rowCount, sourceId)
  }

  /** Adds fields to a source's report, keeping what the importer already wrote there. */
  extendReport(sourceId: number, extra: Record<string, unknown>, rowCount: number | null): void {
    const current = this.stmt.readReport.get(sourceId) as string | null | undefined
    let report: Record<string, unknown> = {}
    try {
      if (current) report = JSON.parse(current)
    } catch {
      /* an unreadable report is replaced */
    }
    this.setReport(sourceId, { ...report, ...extra }, rowCount)
  }

  /** Finds or creates the participant with this label (respondent id, account id, speaker name). */
  participant(label: string, opts: { displayName?: string; interviewer?: boolean } = {}): number {
    const existing = this.stmt.participantByLabel.get(label) as number | undefined
    if (existing !== undefined) return existing
    const info = this.stmt.participant.run(label, opts.displayName ?? null, opts.interviewer ? 1 : 0, this.now)
    return Number(info.lastInsertRowid)
  }

  /**
   * A new participant, never an existing one: the label itself when it is free, else "label (2)",
   * "label (3)"… For rows that are a person of their own (a survey response without an id), which
   * must not fall in with someone of the same label from another file.
   */
  newParticipant(label: string, opts: { displayName?: string } = {}): number {
    let free = label
    for (let n = 2; this.stmt.participantByLabel.get(free) !== undefined; n++) free = `${label} (${n})`
    return Number(this.stmt.participant.run(free, opts.displayName ?? null, 0, this.now).lastInsertRowid)
  }

  /**
   * The participant a transcript's speaker label belongs to: the one the researcher merged that
   * label into (participants/aliases.ts), else found or created by label. Without the alias a
   * merged-away speaker would come back as a new participant on the next import.
   */
  speaker(label: string, interviewer: boolean): number {
    const target = readAliases(this.db)[label]
    if (target !== undefined && this.stmt.participantExists.get(target) !== undefined) return target
    return this.participant(label, { interviewer })
  }

  // The pair linked last: a survey row's answers and a transcript's turns repeat it many times in a row.
  private lastLink = ''

  /**
   * Records that a participant came from a source (migration 007): every imported row counts as
   * one of the source's participants whether or not it wrote free text.
   */
  linkSource(sourceId: number, participantId: number): void {
    const key = `${sourceId}:${participantId}`
    if (key === this.lastLink) return
    this.stmt.link.run(sourceId, participantId)
    this.lastLink = key
  }

  private attributeIds = new Map<string, number>()

  attribute(name: string, type: AttributeType): number {
    const cached = this.attributeIds.get(name)
    if (cached !== undefined) return cached
    const row = this.stmt.attributeByName.get(name) as { id: number } | undefined
    const id = row ? row.id : Number(this.stmt.attribute.run(name, type).lastInsertRowid)
    this.attributeIds.set(name, id)
    return id
  }

  setAttribute(participantId: number, attributeId: number, value: string | null): void {
    this.setAttributes(participantId, [attributeId], [value])
  }

  /**
   * Several attribute values of one participant (ids[i] gets values[i] for i < count), kept in
   * the participant's one JSON row (participant_values, see migration 005): a new participant's
   * row is written whole; an existing one keeps its other values and takes these. When an id
   * repeats, its last value wins. The JSON is made here, not by SQLite's json_object: binding
   * one text is a third of the cost of binding every key and value (bench/imports.ts).
   */
  setAttributes(participantId: number, ids: readonly number[], values: ReadonlyArray<string | null>, count = ids.length): void {
    const given: Record<number, string | null> = {}
    for (let i = 0; i < count; i++) given[ids[i]] = values[i]
    if (this.stmt.valuesInsert.run(participantId, JSON.stringify(given)).changes > 0) return
    const current = readJsonColumn(participantValuesSchema, this.stmt.valuesRead.get(participantId) as string, {
      table: 'participant_values',
      row: participantId,
    })
    this.stmt.valuesWrite.run(JSON.stringify({ ...current, ...given }), participantId)
  }

  /**
   * Gives `into` every attribute value of `from` that `into` lacks: when participants are
   * merged, the kept participant's own values win. `from`'s row goes when `from` is deleted.
   */
  moveAttributes(from: number, into: number): void {
    const theirs = this.stmt.valuesRead.get(from) as string | undefined
    if (theirs === undefined) return
    const ours = this.stmt.valuesRead.get(into) as string | undefined
    const values = (text: string, row: number) => readJsonColumn(participantValuesSchema, text, { table: 'participant_values', row })
    const merged = JSON.stringify({ ...values(theirs, from), ...(ours === undefined ? {} : values(ours, into)) })
    if (this.stmt.valuesInsert.run(into, merged).changes === 0) this.stmt.valuesWrite.run(merged, into)
  }

  /** `index` false leaves the document out of the full-text index until indexDocuments runs. */
  addDocument(d: NewDocument, index = true): number {
    const info = this.stmt.document.run(
      d.sourceId,
      d.participantId,
      d.title,
      d.text,
      d.direction,
      d.question ?? null,
      d.rowNumber ?? null,
      d.occurredAt ?? null,
      this.now,
    )
    const id = Number(info.lastInsertRowid)
    if (index) this.stmt.fts.run(id, normaliseForSearch(d.text))
    if (d.participantId !== null && d.participantId !== undefined) this.linkSource(d.sourceId, d.participantId)
    this.lastDocument = { id, sourceId: d.sourceId }
    return id
  }

  private unindexedBatch: Database.Statement | null = null

  /**
   * Adds to the full-text index, in id order, up to `limit` documents of a source with ids
   * above `afterId` (documents added with addDocument(d, false)); returns the last id indexed,
   * or null when none was left. Bulk imports index at the end instead of row by row: FTS5
   * writes interleaved with a large survey's attribute and document inserts made SQLite's
   * page cache thrash, and the import took twice as long. Called in batches, with the event
   * loop free in between, inside the importer's transaction, so the index and the tables
   * still only ever commit together.
   */
  indexDocuments(sourceId: number, afterId: number, limit: number): number | null {
    this.unindexedBatch ??= this.db.prepare('SELECT id, text FROM documents WHERE source_id = ? AND id > ? ORDER BY id LIMIT ?').raw()
    const batch = this.unindexedBatch.all(sourceId, afterId, limit) as Array<[number, string]>
    for (const [id, text] of batch) this.stmt.fts.run(id, normaliseForSearch(text))
    return batch.length ? batch[batch.length - 1][0] : null
  }

  private lastDocument = { id: -1, sourceId: -1 }

  addUtterance(u: NewUtterance): void {
    this.stmt.utterance.run(u.documentId, u.seq, u.speaker, u.participantId, u.start, u.end, u.timeStartMs ?? null, u.timeEndMs ?? null)
    if (u.participantId === null || u.participantId === undefined) return
    const sourceId =
      u.documentId === this.lastDocument.id ? this.lastDocument.sourceId : (this.stmt.documentSource.get(u.documentId) as number)
    this.linkSource(sourceId, u.participantId)
  }
}
