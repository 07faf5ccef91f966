/**
 * Rule segments: participants (not interviewers) matching every condition of a rule, plus members
 * added by hand, minus members removed by hand. Hand edits are stored so that recomputing the rule
 * (after new coding or a changed rule) keeps them: an added member keeps its `manual` flag, a removed
 * one is listed in the definition's `excluded`.
 */
import type Database from 'better-sqlite3'
import type { Rule, RuleCondition, RuleDefinition, SegmentSummary } from '../../../shared/contract/segments'
import { NeedleError } from '../../../shared/errors'
import { atRiskParticipants } from '../breadcrumbs/atRisk'
import { computeScores, savedScoreSettings } from '../scores/compute'
import { getSegment, memberIds } from './store'

function attributeValue(db: Database.Database, name: string): Map<number, string> {
  const attr = db.prepare('SELECT id FROM attributes WHERE name = ? COLLATE NOCASE').pluck().get(name) as number | undefined
  if (attr === undefined) throw new NeedleError('not_found', `There is no attribute "${name}" in this project.`)
  const rows = db
    .prepare('SELECT participant_id AS id, value FROM participant_attributes WHERE attribute_id = ? AND value IS NOT NULL')
    .all(attr) as {
    id: number
    value: string
  }[]
  return new Map(rows.map((r) => [r.id, r.value]))
}

/** Participants with a highlight coded with the code (by the utterance's speaker, else the document's participant). */
function codedParticipants(db: Database.Database, codeId: number): Set<number> {
  if (!db.prepare('SELECT 1 FROM codes WHERE id = ?').get(codeId)) throw new NeedleError('not_found', `Code ${codeId} does not exist.`)
  const ids = db
    .prepare(
      `SELECT DISTINCT COALESCE((SELECT u.participant_id FROM utterances u
                                  WHERE u.document_id = h.document_id AND u.start <= h.start AND h.start < u.end
                                  ORDER BY u.seq LIMIT 1), d.participant_id)
         FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id JOIN documents d ON d.id = h.document_id
        WHERE hc.code_id = ?`,
    )
    .pluck()
    .all(codeId) as (number | null)[]
  return new Set(ids.filter((id): id is number => id !== null))
}

export function evaluateRule(db: Database.Database, rule: Rule): Set<number> {
  const everyone = db.prepare('SELECT id FROM participants WHERE is_interviewer = 0 ORDER BY id').pluck().all() as number[]
  let scores: Map<number, { fit: number; engagement: number; lifecycle: string | null }> | null = null
  const scoreOf = () => {
    if (scores) return scores
    const settings = savedScoreSettings(db)
    if (!settings) throw new NeedleError('invalid_input', 'This rule uses scores, but none were computed yet. Compute the 3D scores first.')
    scores = new Map(computeScores(db, settings).rows.map((r) => [r.participantId, r]))
    return scores
  }
  const test = (c: RuleCondition): ((id: number) => boolean) => {
    switch (c.type) {
      case 'attribute': {
        const values = attributeValue(db, c.attribute)
        if (c.op === 'equals') return (id) => values.get(id)?.trim().toLowerCase() === c.value.trim().toLowerCase()
        if (c.op === 'in') {
          const set = new Set(c.values.map((v) => v.trim().toLowerCase()))
          return (id) => set.has(values.get(id)?.trim().toLowerCase() ?? '\u0000')
        }
        return (id) => {
          const v = Number(values.get(id))
          return values.has(id) && Number.isFinite(v) && (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max)
        }
      }
      case 'code': {
        const coded = codedParticipants(db, c.codeId)
        return (id) => coded.has(id) === c.present
      }
      case 'rating': {
        const col = c.measure === 'importance' ? 'importance' : 'satisfaction'
        const rows = db
          .prepare(
            `SELECT participant_id AS id, AVG(${col}) AS v FROM ratings WHERE code_id = ? AND ${col} IS NOT NULL GROUP BY participant_id`,
          )
          .all(c.needId) as {
          id: number
          v: number
        }[]
        const values = new Map(rows.map((r) => [r.id, r.v]))
        return (id) => {
          const v = values.get(id)
          return v !== undefined && (c.op === '>=' ? v >= c.value : v <= c.value)
        }
      }
      case 'score':
        return (id) => {
          const s = scoreOf().get(id)
          const v = s ? s[c.score] : undefined
          return v !== undefined && (c.op === '>=' ? v >= c.value : v <= c.value)
        }
      case 'breadcrumb': {
        const atRisk = atRiskParticipants(db, c)
        return (id) => atRisk.has(id)
      }
      case 'lifecycle': {
        const set = new Set(c.stages.map((s) => s.trim().toLowerCase()))
        return (id) => set.has(scoreOf().get(id)?.lifecycle?.trim().toLowerCase() ?? '\u0000')
      }
    }
  }
  const tests = rule.all.map(test)
  return new Set(everyone.filter((id) => tests.every((t) => t(id))))
}

function ruleDefinition(segment: SegmentSummary): RuleDefinition {
  if (segment.definition.kind !== 'rule')
    throw new NeedleError('invalid_input', `"${segment.name}" comes from a clustering run; it has no rule to change.`)
  return segment.definition
}

/** Rewrites a rule segment's members from its rule, keeping hand-added members and hand removals. */
function recompute(db: Database.Database, id: number, definition: RuleDefinition): void {
  const matches = evaluateRule(db, definition.rule)
  const excluded = new Set(definition.excluded)
  db.prepare('DELETE FROM segment_members WHERE segment_id = ? AND manual = 0').run(id)
  const insert = db.prepare('INSERT OR IGNORE INTO segment_members (segment_id, participant_id, manual) VALUES (?, ?, 0)')
  for (const p of matches) if (!excluded.has(p)) insert.run(id, p)
}

export function createRuleSegment(db: Database.Database, name: string, rule: Rule): SegmentSummary {
  const id = db.transaction(() => {
    const definition: RuleDefinition = { kind: 'rule', rule, excluded: [] }
    const segmentId = Number(
      db
        .prepare(`INSERT INTO segments (name, method, definition, run_id, stability, created_at) VALUES (?, 'rule', ?, NULL, NULL, ?)`)
        .run(name, JSON.stringify(definition), new Date().toISOString()).lastInsertRowid,
    )
    recompute(db, segmentId, definition)
    return segmentId
  })()
  return getSegment(db, id)
}

export function updateSegment(db: Database.Database, id: number, change: { name?: string; rule?: Rule }): SegmentSummary {
  db.transaction(() => {
    const segment = getSegment(db, id)
    if (change.name !== undefined) db.prepare('UPDATE segments SET name = ? WHERE id = ?').run(change.name, id)
    if (segment.definition.kind === 'rule' || change.rule) {
      const definition = { ...ruleDefinition(segment), ...(change.rule ? { rule: change.rule } : {}) }
      db.prepare('UPDATE segments SET definition = ? WHERE id = ?').run(JSON.stringify(definition), id)
      recompute(db, id, definition)
    }
  })()
  return getSegment(db, id)
}

function checkParticipants(db: Database.Database, ids: readonly number[]): void {
  const known = db.prepare('SELECT id FROM participants WHERE id = ?').pluck()
  const missing = ids.filter((id) => known.get(id) === undefined)
  if (missing.length)
    throw new NeedleError('not_found', `No participant with id ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}.`)
}

export function addMembers(db: Database.Database, id: number, participantIds: readonly number[]): SegmentSummary {
  db.transaction(() => {
    const segment = getSegment(db, id)
    checkParticipants(db, participantIds)
    const upsert = db.prepare(
      `INSERT INTO segment_members (segment_id, participant_id, manual) VALUES (?, ?, 1)
       ON CONFLICT (segment_id, participant_id) DO UPDATE SET manual = 1`,
    )
    for (const p of participantIds) upsert.run(id, p)
    if (segment.definition.kind === 'rule') {
      const add = new Set(participantIds)
      const definition: RuleDefinition = { ...segment.definition, excluded: segment.definition.excluded.filter((p) => !add.has(p)) }
      db.prepare('UPDATE segments SET definition = ? WHERE id = ?').run(JSON.stringify(definition), id)
    }
  })()
  return getSegment(db, id)
}

export function removeMembers(db: Database.Database, id: number, participantIds: readonly number[]): SegmentSummary {
  db.transaction(() => {
    const segment = getSegment(db, id)
    const current = new Set(memberIds(db, id))
    const notIn = participantIds.filter((p) => !current.has(p))
    if (notIn.length) throw new NeedleError('not_found', `Participant ${notIn.slice(0, 5).join(', ')} is not in "${segment.name}".`)
    const del = db.prepare('DELETE FROM segment_members WHERE segment_id = ? AND participant_id = ?')
    for (const p of participantIds) del.run(id, p)
    if (segment.definition.kind === 'rule') {
      const excluded = [...new Set([...segment.definition.excluded, ...participantIds])].sort((a, b) => a - b)
      db.prepare('UPDATE segments SET definition = ? WHERE id = ?').run(JSON.stringify({ ...segment.definition, excluded }), id)
    }
  })()
  return getSegment(db, id)
}
