/**
 * What a persona draft needs to know about its segment, read straight from the project file:
 * members, needs ranked by opportunity within the segment, goals/pains/behaviours by how many members
 * voice them, deadlines and emergencies, attributes, representative quotes, and the evidence footer.
 *
 * The segments service's `segments.explain` covers part of this (size, lift, opportunity, urgency,
 * representatives); until it lands this module computes the same figures with the same math
 * (segments/math/explain.ts, shared/analysis/opportunity.ts), so switching is a change of source,
 * not of numbers.
 */
import type Database from 'better-sqlite3'
import { opportunityByNeed, type Rating } from '../../../shared/analysis/opportunity'
import { NeedleError } from '../../../shared/errors'
import { confidenceOf, type EvidenceFooter, type NeedFact } from '../../../shared/persona/content'
import { needLifts } from '../segments/math/explain'

export interface CodeTally {
  codeId: number
  name: string
  /** Members with at least one highlight of the code. */
  participants: number
  /** Members' highlights of the code, the most quotable first. */
  highlights: number[]
}

export interface AttributeDifference {
  name: string
  value: string
  segmentShare: number
  overallShare: number
}

export interface Demographic {
  name: string
  /** The most common value in the segment (numbers: the median). */
  value: string
  /** Share of members with that value (null for numbers). */
  share: number | null
}

export interface Quote {
  highlightId: number
  text: string
  participantId: number
  participant: string
  codes: string[]
}

export interface SegmentFacts {
  segment: { id: number; name: string; stability: number | null }
  members: number[]
  everyone: number
  needs: NeedFact[]
  goals: CodeTally[]
  pains: CodeTally[]
  behaviours: CodeTally[]
  deadlines: { count: number; participants: number; nearest: string[]; highlights: number[] }
  emergencies: { count: number; participants: number; maxSeverity: number | null; highlights: number[] }
  differences: AttributeDifference[]
  demographics: Demographic[]
  quotes: Quote[]
  footer: EvidenceFooter
}

interface HighlightRow {
  id: number
  participant: number | null
  text: string
  dueDate: string | null
  severity: number | null
  documentId: number
}

interface CodedRow {
  highlight: number
  codeId: number
  name: string
  kind: string
}

/** A highlight belongs to the speaker of the turn it starts in, else to its document's participant. */
const HIGHLIGHTS_SQL = /* sql */ `
  SELECT h.id, h.document_id AS documentId, h.due_date AS dueDate, h.severity,
         substr(d.text, h.start + 1, h.end - h.start) AS text,
         coalesce((SELECT u.participant_id FROM utterances u
                    WHERE u.document_id = h.document_id AND u.start <= h.start AND u.end > h.start
                      AND u.participant_id IS NOT NULL ORDER BY u.seq LIMIT 1), d.participant_id) AS participant
    FROM highlights h JOIN documents d ON d.id = h.document_id`

/** Quotes read best when they are a sentence or two: long enough to say something, short enough to print. */
function quotability(text: string): number {
  const n = text.trim().length
  if (n < 25) return n / 25
  if (n <= 220) return 2
  return 2 - Math.min(1.5, (n - 220) / 300)
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export function segmentFacts(db: Database.Database, segmentId: number): SegmentFacts {
  const segment = db.prepare('SELECT id, name, stability FROM segments WHERE id = ?').get(segmentId) as SegmentFacts['segment'] | undefined
  if (!segment) throw new NeedleError('not_found', `Segment ${segmentId} does not exist. Run a segmentation and save it first.`)

  const everyoneIds = db.prepare('SELECT id FROM participants WHERE is_interviewer = 0 ORDER BY id').pluck().all() as number[]
  const memberIds = db
    .prepare('SELECT m.participant_id FROM segment_members m JOIN participants p ON p.id = m.participant_id WHERE m.segment_id = ? AND p.is_interviewer = 0 ORDER BY 1')
    .pluck()
    .all(segmentId) as number[]
  const members = new Set(memberIds)
  const labels = new Map(
    (db.prepare('SELECT id, coalesce(display_name, label) AS name FROM participants').all() as { id: number; name: string }[]).map((r) => [r.id, r.name]),
  )

  const highlights = db.prepare(HIGHLIGHTS_SQL).all() as HighlightRow[]
  const byId = new Map(highlights.map((h) => [h.id, h]))
  const coded = db
    .prepare('SELECT hc.highlight_id AS highlight, c.id AS codeId, c.name, c.kind FROM highlight_codes hc JOIN codes c ON c.id = hc.code_id ORDER BY c.sort, c.id')
    .all() as CodedRow[]
  const codesOf = new Map<number, CodedRow[]>()
  for (const c of coded) {
    const list = codesOf.get(c.highlight)
    if (list) list.push(c)
    else codesOf.set(c.highlight, [c])
  }
  const memberHighlights = highlights.filter((h) => h.participant != null && members.has(h.participant))

  // Needs: lift over everyone from coded mentions, opportunity within the segment from ratings.
  const index = new Map(everyoneIds.map((p, i) => [p, i]))
  const needsOf: number[][] = everyoneIds.map(() => [])
  const needNames = new Map<number, string>()
  for (const c of coded) {
    if (c.kind !== 'need') continue
    needNames.set(c.codeId, c.name)
    const p = byId.get(c.highlight)?.participant
    const i = p == null ? undefined : index.get(p)
    if (i !== undefined) needsOf[i].push(c.codeId)
  }
  const memberIndices = memberIds.map((p) => index.get(p)).filter((i): i is number => i !== undefined)
  const lifts = new Map(needLifts(needsOf, memberIndices).map((l) => [l.need, l]))
  const ratings = db.prepare('SELECT participant_id AS participant, code_id AS need, importance, satisfaction FROM ratings').all() as Rating[]
  const opportunities = new Map(opportunityByNeed(ratings, members).map((o) => [o.need, o]))
  for (const need of opportunities.keys()) {
    if (!needNames.has(need)) needNames.set(need, (db.prepare('SELECT name FROM codes WHERE id = ?').pluck().get(need) as string) ?? `Need ${need}`)
  }
  const needs: NeedFact[] = [...needNames]
    .map(([codeId, name]) => {
      const o = opportunities.get(codeId)
      const l = lifts.get(codeId)
      return {
        codeId,
        name,
        opportunity: o?.opportunity ?? null,
        importance: o?.importance ?? null,
        satisfaction: o?.satisfaction ?? null,
        lift: l && l.overallShare > 0 ? l.lift : null,
        mentions: l?.count ?? 0,
      }
    })
    .filter((n) => n.opportunity != null || n.mentions > 0)
    // Rated needs by opportunity (the segment's unmet needs), then needs only heard in interviews by lift.
    .sort(
      (a, b) =>
        (b.opportunity ?? -1) - (a.opportunity ?? -1) || (b.lift ?? 0) - (a.lift ?? 0) || b.mentions - a.mentions || a.codeId - b.codeId,
    )

  const tally = (kind: string): CodeTally[] => {
    const byCode = new Map<number, { name: string; people: Set<number>; hs: HighlightRow[] }>()
    for (const h of memberHighlights) {
      for (const c of codesOf.get(h.id) ?? []) {
        if (c.kind !== kind) continue
        let t = byCode.get(c.codeId)
        if (!t) byCode.set(c.codeId, (t = { name: c.name, people: new Set(), hs: [] }))
        t.people.add(h.participant!)
        t.hs.push(h)
      }
    }
    return [...byCode]
      .map(([codeId, t]) => ({
        codeId,
        name: t.name,
        participants: t.people.size,
        highlights: t.hs.sort((a, b) => quotability(b.text) - quotability(a.text) || a.id - b.id).map((h) => h.id),
      }))
      .sort((a, b) => b.participants - a.participants || b.highlights.length - a.highlights.length || a.codeId - b.codeId)
  }

  const ofKind = (kind: string) => memberHighlights.filter((h) => (codesOf.get(h.id) ?? []).some((c) => c.kind === kind))
  const deadlineHs = ofKind('deadline')
  const emergencyHs = ofKind('emergency')
  const severities = emergencyHs.map((h) => h.severity).filter((s): s is number => s != null)

  return {
    segment,
    members: memberIds,
    everyone: everyoneIds.length,
    needs,
    goals: tally('goal'),
    pains: tally('pain'),
    behaviours: tally('behaviour'),
    deadlines: {
      count: deadlineHs.length,
      participants: new Set(deadlineHs.map((h) => h.participant)).size,
      nearest: [...new Set(deadlineHs.map((h) => h.dueDate).filter((d): d is string => !!d))].sort().slice(0, 3),
      highlights: deadlineHs.map((h) => h.id),
    },
    emergencies: {
      count: emergencyHs.length,
      participants: new Set(emergencyHs.map((h) => h.participant)).size,
      maxSeverity: severities.length ? Math.max(...severities) : null,
      highlights: [...emergencyHs].sort((a, b) => (b.severity ?? 0) - (a.severity ?? 0) || a.id - b.id).map((h) => h.id),
    },
    ...attributeProfile(db, memberIds, everyoneIds),
    quotes: representativeQuotes(memberHighlights, codesOf, needs, labels),
    footer: footer(db, segment.stability, memberIds),
  }
}

/**
 * Representatives: the members who voice the segment's top needs most often (coded evidence is what
 * defines a needs-based segment), one quote each, the most quotable of their highlights on those needs
 * (or on any need, pain or goal).
 */
function representativeQuotes(hs: HighlightRow[], codesOf: Map<number, CodedRow[]>, needs: NeedFact[], labels: Map<number, string>): Quote[] {
  const topNeeds = new Set(needs.slice(0, 3).map((n) => n.codeId))
  const relevant = (h: HighlightRow) => (codesOf.get(h.id) ?? []).some((c) => topNeeds.has(c.codeId))
  const voiced = (h: HighlightRow) => (codesOf.get(h.id) ?? []).some((c) => ['need', 'pain', 'goal', 'emergency', 'deadline'].includes(c.kind))
  const byPerson = new Map<number, HighlightRow[]>()
  for (const h of hs) {
    if (!voiced(h)) continue
    const list = byPerson.get(h.participant!)
    if (list) list.push(h)
    else byPerson.set(h.participant!, [h])
  }
  const people = [...byPerson]
    .map(([p, list]) => ({ p, list, score: list.filter(relevant).length * 10 + list.length }))
    .sort((a, b) => b.score - a.score || a.p - b.p)
  const quotes: Quote[] = []
  for (const { p, list } of people) {
    const best = [...list].sort((a, b) => Number(relevant(b)) - Number(relevant(a)) || quotability(b.text) - quotability(a.text) || a.id - b.id)[0]
    if (!best || best.text.trim().length < 12) continue
    quotes.push({
      highlightId: best.id,
      text: best.text.trim(),
      participantId: p,
      participant: labels.get(p) ?? `Participant ${p}`,
      codes: (codesOf.get(best.id) ?? []).map((c) => c.name),
    })
    if (quotes.length === 4) break
  }
  return quotes
}

function attributeProfile(db: Database.Database, members: number[], everyone: number[]): { differences: AttributeDifference[]; demographics: Demographic[] } {
  const rows = db
    .prepare(
      `SELECT a.name, a.type, pa.participant_id AS participant, pa.value FROM participant_attributes pa
         JOIN attributes a ON a.id = pa.attribute_id WHERE pa.value IS NOT NULL AND trim(pa.value) <> '' ORDER BY a.id`,
    )
    .all() as { name: string; type: string; participant: number; value: string }[]
  const memberSet = new Set(members)
  const everyoneSet = new Set(everyone)
  const byAttr = new Map<string, { type: string; values: Map<number, string> }>()
  for (const r of rows) {
    if (!everyoneSet.has(r.participant)) continue
    let a = byAttr.get(r.name)
    if (!a) byAttr.set(r.name, (a = { type: r.type, values: new Map() }))
    a.values.set(r.participant, r.value.trim())
  }
  const differences: AttributeDifference[] = []
  const demographics: (Demographic & { coverage: number })[] = []
  for (const [name, { type, values }] of byAttr) {
    const seg = [...values].filter(([p]) => memberSet.has(p)).map(([, v]) => v)
    if (!seg.length) continue
    if (type === 'number') {
      const nums = seg.map(Number).filter(Number.isFinite)
      if (nums.length) demographics.push({ name, value: `${+median(nums).toFixed(1)}`, share: null, coverage: nums.length / members.length })
      continue
    }
    const all = [...values.values()]
    const distinct = new Set(all)
    // Free text (a different answer per person) is not a profile.
    if (type === 'text' && distinct.size > Math.max(12, all.length / 3)) continue
    const count = (list: string[]) => list.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())
    const segCounts = count(seg)
    const allCounts = count(all)
    const [modal, modalCount] = [...segCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]
    demographics.push({ name, value: modal, share: modalCount / members.length, coverage: seg.length / members.length })
    for (const [value, c] of segCounts) {
      const segmentShare = c / members.length
      const overallShare = (allCounts.get(value) ?? 0) / everyone.length
      if (c >= 2 && segmentShare >= 0.3 && segmentShare >= overallShare * 1.25) differences.push({ name, value, segmentShare, overallShare })
    }
  }
  return {
    differences: differences.sort((a, b) => b.segmentShare - b.overallShare - (a.segmentShare - a.overallShare) || a.name.localeCompare(b.name)).slice(0, 6),
    demographics: demographics
      .sort((a, b) => b.coverage - a.coverage || (b.share ?? 0) - (a.share ?? 0) || a.name.localeCompare(b.name))
      .slice(0, 6)
      .map(({ coverage: _, ...d }) => d),
  }
}

function footer(db: Database.Database, stability: number | null, members: number[]): EvidenceFooter {
  if (!members.length) return { participants: 0, sources: 0, from: null, to: null, stability, confidence: confidenceOf(stability) }
  const list = members.join(',') // integers from the database, safe to inline
  const docs = db
    .prepare(
      `SELECT DISTINCT d.source_id AS source, coalesce(d.occurred_at, s.imported_at) AS at FROM documents d JOIN sources s ON s.id = d.source_id
        WHERE d.participant_id IN (${list}) OR d.id IN (SELECT document_id FROM utterances WHERE participant_id IN (${list}))
       UNION SELECT DISTINCT r.source_id, s.imported_at FROM ratings r JOIN sources s ON s.id = r.source_id WHERE r.participant_id IN (${list})`,
    )
    .all() as { source: number; at: string | null }[]
  const dates = docs.map((d) => d.at?.slice(0, 10)).filter((d): d is string => !!d).sort()
  return {
    participants: members.length,
    sources: new Set(docs.map((d) => d.source)).size,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    stability,
    confidence: confidenceOf(stability),
  }
}
