/**
 * Saved segments: rows of `segments` with their definition JSON, and `segment_members`.
 *
 * Saving a run replaces the previous saved run: the researcher expects "the segments" to be the ones
 * they last chose to keep, not a pile of every run they tried. Segments a persona is built on are the
 * exception — they stay (with their run id) so a persona never loses its segment; rule segments are
 * never touched by a run. Every write is one transaction.
 */
import { z } from 'zod'
import { readJsonColumn } from '../../db/jsonColumn'
import { ruleSchema } from '../../../shared/contract/segments'
import type Database from 'better-sqlite3'
import type { RunDefinition, RunPreview, SegmentDefinition, SegmentSummary } from '../../../shared/contract/segments'
import { NeedleError } from '../../../shared/errors'
import { naturalCompare } from '../../../shared/text/naturalOrder'

interface SegmentRow {
  id: number
  name: string
  method: SegmentSummary['method']
  definition: string
  runId: string | null
  stability: number | null
  createdAt: string
  size: number
  manual: number
}

const SELECT = `SELECT s.id, s.name, s.method, s.definition, s.run_id AS runId, s.stability, s.created_at AS createdAt,
       (SELECT count(*) FROM segment_members m WHERE m.segment_id = s.id) AS size,
       (SELECT count(*) FROM segment_members m WHERE m.segment_id = s.id AND m.manual = 1) AS manual
  FROM segments s`

function everyone(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM participants WHERE is_interviewer = 0').pluck().get() as number
}

/** What toSummary and the explanations read of a definition; the rest of a run's record passes through. */
const definitionSchema = z.union([
  z.object({ kind: z.literal('rule'), rule: ruleSchema, excluded: z.array(z.number().int()) }),
  z
    .object({
      kind: z.literal('run'),
      participants: z.number().int().min(0),
      index: z.number().int().min(0),
      k: z.number().int(),
      columns: z.array(z.string()),
      topNeeds: z.array(z.object({ codeId: z.number().int(), code: z.string() }).passthrough()),
    })
    .passthrough(),
])

function toSummary(row: SegmentRow, population: number): SegmentSummary {
  const definition = readJsonColumn(definitionSchema, row.definition, { table: 'segments', row: row.id }) as SegmentDefinition
  const base = definition.kind === 'run' ? definition.participants : population
  return {
    id: row.id,
    name: row.name,
    method: row.method,
    runId: row.runId,
    size: row.size,
    share: base ? row.size / base : 0,
    stability: row.stability,
    badge: definition.kind === 'run' ? definition.badge : null,
    manualMembers: row.manual,
    definition,
    createdAt: row.createdAt,
  }
}

/** Runs first (newest run first, largest segment first), then rule and manual segments by name. */
export function listSegments(db: Database.Database): SegmentSummary[] {
  const rows = db.prepare(`${SELECT} ORDER BY s.run_id IS NULL, s.created_at DESC, s.run_id, s.id`).all() as SegmentRow[]
  const population = everyone(db)
  return rows.map((r) => toSummary(r, population))
}

export function getSegment(db: Database.Database, id: number): SegmentSummary {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as SegmentRow | undefined
  if (!row) throw new NeedleError('not_found', `Segment ${id} does not exist. It may have been deleted or replaced by a newer run.`)
  return toSummary(row, everyone(db))
}

export function memberIds(db: Database.Database, id: number): number[] {
  return db.prepare('SELECT participant_id FROM segment_members WHERE segment_id = ? ORDER BY participant_id').pluck().all(id) as number[]
}

export function listMembers(db: Database.Database, id: number) {
  getSegment(db, id)
  return (
    db
      .prepare(
        `SELECT p.id AS participantId, p.label, COALESCE(NULLIF(p.display_name, ''), p.label) AS name, m.manual
           FROM segment_members m JOIN participants p ON p.id = m.participant_id
          WHERE m.segment_id = ?`,
      )
      .all(id) as { participantId: number; label: string; name: string; manual: number }[]
  )
    .sort((a, b) => naturalCompare(a.name, b.name) || a.participantId - b.participantId)
    .map((m) => ({ ...m, manual: m.manual === 1 }))
}

/** Stores a previewed run in one transaction; saving the same run twice returns it unchanged. */
export function saveRun(db: Database.Database, preview: RunPreview): SegmentSummary[] {
  const save = db.transaction(() => {
    const existing = db.prepare('SELECT id FROM segments WHERE run_id = ? ORDER BY id').pluck().all(preview.runId) as number[]
    if (existing.length) return existing
    const known = db.prepare('SELECT id FROM participants').pluck().all() as number[]
    const present = new Set(known)
    if (preview.segments.some((s) => s.members.some((id) => !present.has(id))))
      throw new NeedleError('conflict', 'Participants changed since this run (merged or removed). Run the segmentation again, then save.')
    db.prepare(
      `DELETE FROM segments WHERE method IN ('kmeans', 'hierarchical') AND run_id IS NOT ?
          AND NOT EXISTS (SELECT 1 FROM personas p WHERE p.segment_id = segments.id)`,
    ).run(preview.runId)
    const now = new Date().toISOString()
    const insert = db.prepare('INSERT INTO segments (name, method, definition, run_id, stability, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    const member = db.prepare('INSERT INTO segment_members (segment_id, participant_id, manual) VALUES (?, ?, 0)')
    return preview.segments.map((s) => {
      const definition: RunDefinition = {
        kind: 'run',
        options: preview.options,
        participants: preview.participants,
        columns: preview.columns,
        k: preview.k,
        requestedK: preview.requestedK,
        silhouette: preview.silhouette,
        candidates: preview.candidates,
        gapK: preview.gapK,
        seedAgreement: preview.seedAgreement,
        index: s.index,
        stability: s.stability,
        badge: s.badge,
        topNeeds: s.topNeeds,
        ...(s.traits ? { traits: s.traits } : {}),
      }
      const id = Number(
        insert.run(s.name, preview.options.method, JSON.stringify(definition), preview.runId, s.stability, now).lastInsertRowid,
      )
      for (const p of s.members) member.run(id, p)
      return id
    })
  })
  const ids = save()
  return ids.map((id) => getSegment(db, id))
}

export function renameSegment(db: Database.Database, id: number, name: string): SegmentSummary {
  const info = db.prepare('UPDATE segments SET name = ? WHERE id = ?').run(name, id)
  if (info.changes === 0) throw new NeedleError('not_found', `Segment ${id} does not exist.`)
  return getSegment(db, id)
}

export function deleteSegment(db: Database.Database, id: number): null {
  const info = db.prepare('DELETE FROM segments WHERE id = ?').run(id)
  if (info.changes === 0) throw new NeedleError('not_found', `Segment ${id} does not exist.`)
  return null
}

/** The newest saved run's id, or null. */
export function latestRunId(db: Database.Database): string | null {
  return (
    (db.prepare('SELECT run_id FROM segments WHERE run_id IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT 1').pluck().get() as
      string | undefined) ?? null
  )
}
