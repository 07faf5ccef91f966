/**
 * Explaining a saved segment so a strategist can read it at a glance: size, needs by lift and by
 * opportunity (within the segment and for everyone), urgency, the attribute values that set it apart,
 * and the participants nearest its centre with their own words.
 *
 * "Everyone" is the run's participants for a clustering segment (the people the run could have put in
 * it) and every non-interviewer participant for a rule segment.
 */
import { projectLanguage } from '../project/language'
import type Database from 'better-sqlite3'
import type { Quote, RunOptions, SegmentExplanation } from '../../../shared/contract/segments'
import type { CodeKind } from '../../../shared/domain'
import { attributeColumns } from '../participants/attributeColumns'
import { highlightText, loadEvidence, type Evidence } from './evidence'
import { jaccardDistances } from './math/jaccard'
import { medoidRepresentatives, representatives, urgency } from './math/explain'
import { standardize } from './math/standardize'
import { leftOutByQuestion } from './answers'
import { buildMatrix } from './matrix'
import { byLift, byOpportunity, needProfile, suggestedName } from './needProfile'
import { getSegment, memberIds } from './store'

const REPRESENTATIVES = 3
const QUOTES_EACH = 2
const QUOTE_CHARS = 280
const DEADLINES = 5
const ATTRIBUTE_ROWS = 12
/** Attributes with more distinct values than this are identifiers or free text, not a profile. */
const MAX_CATEGORY_VALUES = 25

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > QUOTE_CHARS ? `${t.slice(0, QUOTE_CHARS - 1)}…` : t
}

function quotesOf(db: Database.Database, participantId: number, kinds: readonly CodeKind[]): Quote[] {
  // Their highlights first — need-like codes before others — then free-text answers.
  const highlights = db
    .prepare(
      `SELECT h.id, h.document_id AS documentId, h.start, h.end, group_concat(c.name, ', ') AS codes,
              max(c.kind IN (${kinds.map(() => '?').join(', ')})) AS needLike
         FROM highlights h JOIN documents d ON d.id = h.document_id
         JOIN highlight_codes hc ON hc.highlight_id = h.id JOIN codes c ON c.id = hc.code_id
        WHERE COALESCE((SELECT u.participant_id FROM utterances u
                         WHERE u.document_id = h.document_id AND u.start <= h.start AND h.start < u.end
                         ORDER BY u.seq LIMIT 1), d.participant_id) = ?
        GROUP BY h.id ORDER BY needLike DESC, h.id LIMIT ?`,
    )
    .all(...kinds, participantId, QUOTES_EACH) as { id: number; documentId: number; codes: string }[]
  const out: Quote[] = highlights.map((h) => ({
    highlightId: h.id,
    documentId: h.documentId,
    text: clip(highlightText(db, h.id)),
    context: h.codes,
  }))
  if (out.length < QUOTES_EACH) {
    const answers = db
      .prepare(
        `SELECT id, text, COALESCE(question, title) AS question FROM documents
          WHERE participant_id = ? AND length(trim(text)) > 0 ORDER BY length(text) DESC, id LIMIT ?`,
      )
      .all(participantId, QUOTES_EACH - out.length) as { id: number; text: string; question: string }[]
    for (const a of answers) out.push({ highlightId: null, documentId: a.id, text: clip(a.text), context: a.question })
  }
  return out
}

function attributeProfile(
  db: Database.Database,
  base: ReadonlySet<number>,
  members: ReadonlySet<number>,
): SegmentExplanation['attributes'] {
  const byAttribute = new Map<string, Map<string, { all: number; seg: number }>>()
  for (const [name, column] of attributeColumns(db, { types: ['category', 'boolean'], among: base })) {
    // A screening, consent or robot-check question, an identifier or a timestamp never sets a segment apart.
    if (leftOutByQuestion(name)) continue
    const values = new Map<string, { all: number; seg: number }>()
    for (const [id, value] of column.values) {
      const v = values.get(value) ?? { all: 0, seg: 0 }
      v.all++
      if (members.has(id)) v.seg++
      values.set(value, v)
    }
    byAttribute.set(name, values)
  }
  const out: SegmentExplanation['attributes'] = []
  for (const [attribute, values] of byAttribute) {
    if (values.size < 2 || values.size > MAX_CATEGORY_VALUES) continue
    for (const [value, c] of values) {
      const segmentShare = members.size ? c.seg / members.size : 0
      const overallShare = base.size ? c.all / base.size : 0
      out.push({ attribute, value, segmentShare, overallShare, difference: segmentShare - overallShare })
    }
  }
  return out
    .sort(
      (a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.attribute.localeCompare(b.attribute) || a.value.localeCompare(b.value),
    )
    .slice(0, ATTRIBUTE_ROWS)
}

/** Members nearest the segment's centre in the inputs its run used (rules: every input there is). */
function nearestCentre(ev: Evidence, options: RunOptions | null, baseRows: readonly number[], memberRows: readonly number[]): number[] {
  const inputs = options?.inputs ?? ['ratings', 'codes', 'urgency']
  const m = buildMatrix(ev, inputs, options?.codeKinds ?? ['need'])
  const wanted = new Set(baseRows)
  const keep = m.evidenceRows.map((r, i) => (wanted.has(r) ? i : -1)).filter((i) => i >= 0)
  const members = new Set(memberRows)
  const memberIdx = keep.map((i, j) => (members.has(m.evidenceRows[i]) ? j : -1)).filter((j) => j >= 0)
  if (!memberIdx.length) return memberRows.slice(0, REPRESENTATIVES)
  if (options?.method === 'hierarchical') {
    const presence = keep.map((i) => m.presence[i])
    const chosen = medoidRepresentatives(jaccardDistances(presence), presence.length, memberIdx, REPRESENTATIVES)
    return chosen.map((j) => m.evidenceRows[keep[j]])
  }
  const cols = m.columns.length
  const sub = new Float64Array(keep.length * cols)
  keep.forEach((i, j) => sub.set(m.values.subarray(i * cols, (i + 1) * cols), j * cols))
  const z = standardize({ rows: keep.length, cols, data: sub }).matrix
  const rows = Array.from({ length: keep.length }, (_, j) => Array.from(z.data.subarray(j * cols, (j + 1) * cols)))
  const centre = new Array<number>(cols).fill(0)
  for (const j of memberIdx) for (let c = 0; c < cols; c++) centre[c] += rows[j][c] / memberIdx.length
  return representatives(rows, memberIdx, centre, REPRESENTATIVES).map((j) => m.evidenceRows[keep[j]])
}

export function explainSegment(
  db: Database.Database,
  segmentId: number,
  today = new Date().toISOString().slice(0, 10),
): SegmentExplanation {
  const segment = getSegment(db, segmentId)
  const ev = loadEvidence(db)
  const options = segment.definition.kind === 'run' ? segment.definition.options : null
  const kinds: CodeKind[] = options?.codeKinds ?? ['need']
  const baseIds =
    segment.runId !== null
      ? (db
          .prepare('SELECT DISTINCT m.participant_id FROM segment_members m JOIN segments s ON s.id = m.segment_id WHERE s.run_id = ?')
          .pluck()
          .all(segment.runId) as number[])
      : ev.participants.map((p) => p.id)
  const toRows = (ids: readonly number[]) => ids.map((id) => ev.row.get(id)).filter((r): r is number => r !== undefined)
  const baseRows = toRows(baseIds)
  const memberRows = toRows(memberIds(db, segmentId))
  const profile = needProfile(ev, baseRows, memberRows, kinds)

  const hasDeadline = ev.participants.map((_, r) => ev.deadlines[r].length > 0)
  const hasEmergency = ev.participants.map((_, r) => ev.emergencies[r].length > 0)
  const seg = urgency(memberRows, hasDeadline, hasEmergency)
  const all = urgency(baseRows, hasDeadline, hasEmergency)
  const deadlines = memberRows
    .flatMap((r) => ev.deadlines[r].filter((d) => d.dueDate).map((d) => ({ r, d })))
    .sort((a, b) => {
      // Upcoming ones first (soonest first), then those already past (most recent first).
      const ap = a.d.dueDate! < today
      const bp = b.d.dueDate! < today
      if (ap !== bp) return ap ? 1 : -1
      return ap ? b.d.dueDate!.localeCompare(a.d.dueDate!) : a.d.dueDate!.localeCompare(b.d.dueDate!)
    })
    .slice(0, DEADLINES)
    .map(({ r, d }) => ({
      dueDate: d.dueDate!,
      past: d.dueDate! < today,
      participant: ev.participants[r].name,
      quote: clip(highlightText(db, d.highlightId)),
      highlightId: d.highlightId,
    }))

  const reps = nearestCentre(ev, options, baseRows, memberRows).map((r) => {
    const p = ev.participants[r]
    return { participantId: p.id, label: p.label, name: p.name, quotes: quotesOf(db, p.id, ['need', ...kinds]) }
  })
  return {
    segment,
    size: memberRows.length,
    share: baseRows.length ? memberRows.length / baseRows.length : 0,
    base: baseRows.length,
    topNeedsByLift: byLift(profile.needs),
    opportunities: byOpportunity(profile.needs),
    urgency: {
      deadlineShare: seg.deadlineShare,
      emergencyShare: seg.emergencyShare,
      overallDeadlineShare: all.deadlineShare,
      overallEmergencyShare: all.emergencyShare,
      nearestDeadlines: deadlines,
    },
    attributes: attributeProfile(db, new Set(baseIds), new Set(memberRows.map((r) => ev.participants[r].id))),
    representatives: reps,
    suggestedName: suggestedName(profile, segment.name, projectLanguage(db)),
  }
}
