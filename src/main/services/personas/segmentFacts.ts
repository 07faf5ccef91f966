/**
 * What a persona draft needs to know about its segment, read straight from the project file:
 * members, needs ranked by opportunity within the segment, goals/pains/behaviours by how many members
 * voice them, deadlines and emergencies, attributes, representative quotes, and the evidence footer.
 *
 * Size, needs, nearest deadlines, differing attributes and representatives are the segments service's
 * explanation (segments/explain.ts), so a card and the Segments screen never disagree; this module adds
 * what only a card needs: goals, pains, behaviours, emergencies by severity, the demographic profile,
 * verbatim quotes and the evidence footer.
 */
import type Database from 'better-sqlite3'
import type { ExplainNeed } from '../../../shared/contract/segments'
import { NeedleError } from '../../../shared/errors'
import { confidenceOf, type EvidenceFooter, type NeedFact } from '../../../shared/persona/content'
import { answered, loadAnswers, type AnswerColumn } from '../segments/answers'
import { explainSegment } from '../segments/explain'
import { questionLabel } from '../segments/questionLabel'

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
    .prepare(
      'SELECT m.participant_id FROM segment_members m JOIN participants p ON p.id = m.participant_id WHERE m.segment_id = ? AND p.is_interviewer = 0 ORDER BY 1',
    )
    .pluck()
    .all(segmentId) as number[]
  const members = new Set(memberIds)
  const labels = new Map(
    (db.prepare('SELECT id, coalesce(display_name, label) AS name FROM participants').all() as { id: number; name: string }[]).map((r) => [
      r.id,
      r.name,
    ]),
  )

  const highlights = db.prepare(HIGHLIGHTS_SQL).all() as HighlightRow[]
  const coded = db
    .prepare(
      'SELECT hc.highlight_id AS highlight, c.id AS codeId, c.name, c.kind FROM highlight_codes hc JOIN codes c ON c.id = hc.code_id ORDER BY c.sort, c.id',
    )
    .all() as CodedRow[]
  const codesOf = new Map<number, CodedRow[]>()
  for (const c of coded) {
    const list = codesOf.get(c.highlight)
    if (list) list.push(c)
    else codesOf.set(c.highlight, [c])
  }
  const memberHighlights = highlights.filter((h) => h.participant != null && members.has(h.participant))

  // Size, needs (by opportunity within the segment, then by lift), nearest deadlines, differing
  // attributes and representatives come from the segments service: one explanation of a segment.
  const explained = explainSegment(db, segmentId)
  const fact = (n: ExplainNeed): NeedFact => ({
    codeId: n.codeId,
    name: n.code,
    opportunity: n.opportunity,
    importance: n.importance,
    satisfaction: n.satisfaction,
    lift: n.lift,
    mentions: n.count,
  })
  const rated = new Set(explained.opportunities.map((n) => n.codeId))
  const needs = [...explained.opportunities.map(fact), ...explained.topNeedsByLift.filter((n) => !rated.has(n.codeId)).map(fact)]
  const upcoming = explained.urgency.nearestDeadlines.filter((d) => !d.past).map((d) => d.dueDate)

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
    everyone: explained.base,
    needs,
    goals: tally('goal'),
    pains: tally('pain'),
    behaviours: tally('behaviour'),
    deadlines: {
      count: deadlineHs.length,
      participants: new Set(deadlineHs.map((h) => h.participant)).size,
      // Upcoming dates when there are any; otherwise the latest ones, so the card still says when.
      nearest: [
        ...new Set(
          upcoming.length
            ? upcoming
            : deadlineHs
                .map((h) => h.dueDate)
                .filter((d): d is string => !!d)
                .sort()
                .reverse(),
        ),
      ].slice(0, 3),
      highlights: deadlineHs.map((h) => h.id),
    },
    emergencies: {
      count: emergencyHs.length,
      participants: new Set(emergencyHs.map((h) => h.participant)).size,
      maxSeverity: severities.length ? Math.max(...severities) : null,
      highlights: [...emergencyHs].sort((a, b) => (b.severity ?? 0) - (a.severity ?? 0) || a.id - b.id).map((h) => h.id),
    },
    ...profile(db, segment.id, memberIds, everyoneIds),
    quotes: representativeQuotes(
      memberHighlights,
      codesOf,
      needs,
      labels,
      explained.representatives.map((r) => r.participantId),
    ),
    footer: footer(db, segment.stability, memberIds),
  }
}

/**
 * One verbatim quote per representative (the service's quotes are clipped for the screen; a card
 * prints the participant's exact words): the most quotable of their highlights on the top needs, or
 * on any need, pain, goal, deadline or emergency.
 */
function representativeQuotes(
  hs: HighlightRow[],
  codesOf: Map<number, CodedRow[]>,
  needs: NeedFact[],
  labels: Map<number, string>,
  nearestCentre: number[],
): Quote[] {
  const topNeeds = new Set(needs.slice(0, 3).map((n) => n.codeId))
  const relevant = (h: HighlightRow) => (codesOf.get(h.id) ?? []).some((c) => topNeeds.has(c.codeId))
  const voiced = (h: HighlightRow) =>
    (codesOf.get(h.id) ?? []).some((c) => ['need', 'pain', 'goal', 'emergency', 'deadline'].includes(c.kind))
  const byPerson = new Map<number, HighlightRow[]>()
  for (const h of hs) {
    if (!voiced(h)) continue
    const list = byPerson.get(h.participant!)
    if (list) list.push(h)
    else byPerson.set(h.participant!, [h])
  }
  const people = [...byPerson]
    // The participants nearest the segment's centre speak first (segments.explain), then those who voice its top needs most.
    .map(([p, list]) => ({
      p,
      list,
      score: (nearestCentre.includes(p) ? 1000 - nearestCentre.indexOf(p) * 100 : 0) + list.filter(relevant).length * 10 + list.length,
    }))
    .sort((a, b) => b.score - a.score || a.p - b.p)
  const quotes: Quote[] = []
  for (const { p, list } of people) {
    const best = [...list].sort(
      (a, b) => Number(relevant(b)) - Number(relevant(a)) || quotability(b.text) - quotability(a.text) || a.id - b.id,
    )[0]
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

/** A difference smaller than this (five points of share) is noise, not where a segment stands out. */
const MIN_DIFFERENCE = 0.05
/** A "most common" value fewer than a quarter of the members share is no profile. */
const MIN_SHARE = 0.25
/** Why a column never describes a person: it checks the respondent, names them, dates the answer, or is free text. */
const NOT_A_TRAIT = new Set(['screening', 'identifier', 'date', 'free_text', 'few_answers'])

/**
 * Where the segment differs and who its members are, from the survey columns read as the answers they
 * really are (segments/answers.ts): options of a multi-select one by one, scales in their words,
 * question wording without its instructions, and never a screening, consent or robot-check question,
 * an identifier, a timestamp or free text. A column that says where they differ is not repeated
 * under who they are.
 */
function profile(
  db: Database.Database,
  segmentId: number,
  members: number[],
  everyone: number[],
): Pick<SegmentFacts, 'differences' | 'demographics'> {
  // "Overall" is the people the run could have put in this segment (as in segments.explain); every participant for a rule segment.
  const runId = db.prepare('SELECT run_id FROM segments WHERE id = ?').pluck().get(segmentId) as number | null
  const base = new Set(
    runId != null
      ? (db
          .prepare('SELECT DISTINCT m.participant_id FROM segment_members m JOIN segments s ON s.id = m.segment_id WHERE s.run_id = ?')
          .pluck()
          .all(runId) as number[])
      : everyone,
  )
  const ids = everyone.filter((id) => base.has(id) || members.includes(id))
  const row = new Map(ids.map((id, i) => [id, i]))
  const mine = members.map((id) => row.get(id)).filter((r): r is number => r !== undefined)
  const all = ids.map((_, i) => i).filter((i) => base.has(ids[i]))
  const columns = loadAnswers(db, ids).filter((c) => c.kind !== null && !(c.reason && NOT_A_TRAIT.has(c.reason)))

  const differences: (AttributeDifference & { column: string; lift: number })[] = []
  for (const col of columns) {
    if (col.kind !== 'choice' && col.kind !== 'multi') continue
    const everyoneShare = (o: number) => all.filter((r) => chose(col, r, o)).length / (all.length || 1)
    col.options.forEach((value, o) => {
      const segmentShare = mine.filter((r) => chose(col, r, o)).length / (members.length || 1)
      const overallShare = everyoneShare(o)
      if (segmentShare - overallShare >= MIN_DIFFERENCE)
        differences.push({
          column: col.name,
          name: questionLabel(col.name),
          value,
          segmentShare,
          overallShare,
          lift: segmentShare - overallShare,
        })
    })
  }
  const topDifferences = differences
    .sort((a, b) => b.lift - a.lift || a.name.localeCompare(b.name) || a.value.localeCompare(b.value))
    .slice(0, 5)
  const differing = new Set(topDifferences.map((d) => d.column))

  const demographics: (Demographic & { coverage: number })[] = []
  for (const col of columns) {
    if (differing.has(col.name)) continue
    const answeredRows = mine.filter((r) => answered(col, r))
    if (!answeredRows.length) continue
    const coverage = answeredRows.length / members.length
    const name = questionLabel(col.name)
    if (col.kind === 'scale') {
      const values = answeredRows.map((r) => col.numbers![r])
      const mid = median(values)
      if (col.levels?.length) {
        // A scale in words is said in its words: the level nearest the members' median, and how many gave it.
        const level = col.levels.reduce((best, l) => (Math.abs(l.value - mid) < Math.abs(best.value - mid) ? l : best))
        const share = values.filter((v) => v === level.value).length / members.length
        if (share >= MIN_SHARE) demographics.push({ name, value: level.label, share, coverage })
      } else demographics.push({ name, value: col.years ? yearsText(values) : scoreText(mid, col, all), share: null, coverage })
      continue
    }
    const counts = col.options.map((_, o) => answeredRows.filter((r) => chose(col, r, o)).length)
    const top = counts.reduce((best, c, o) => (c > counts[best] ? o : best), 0)
    const share = counts[top] / members.length
    if (share >= MIN_SHARE) demographics.push({ name, value: col.options[top], share, coverage })
  }
  return {
    differences: topDifferences.map(({ name, value, segmentShare, overallShare }) => ({ name, value, segmentShare, overallShare })),
    demographics: demographics
      .sort((a, b) => b.coverage - a.coverage || (b.share ?? 0) - (a.share ?? 0) || a.name.localeCompare(b.name))
      .slice(0, 6)
      .map(({ coverage: _, ...d }) => d),
  }
}

function chose(col: AnswerColumn, r: number, option: number): boolean {
  return col.kind === 'choice' ? col.choice![r] === option : (col.sets![r]?.includes(option) ?? false)
}

/** Years as the middle half of the members' years ("2009–2014"), or one year: never an average year. */
function yearsText(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))])
  return at(0.25) === at(0.75) ? `${at(0.5)}` : `${at(0.25)}–${at(0.75)}`
}

/** A score with the scale it is on ("4 / 5", "8 / 10"), so a rating never reads as a bare number; counts and years stay plain. */
function scoreText(value: number, col: AnswerColumn, rows: number[]): string {
  const seen = rows.map((r) => col.numbers![r]).filter((v) => !Number.isNaN(v))
  const text = `${+value.toFixed(1)}`
  if (!seen.length || !seen.every(Number.isInteger)) return text
  const lo = Math.min(...seen)
  const hi = Math.max(...seen)
  return lo >= 0 && lo <= 1 && [5, 7, 10].includes(hi) ? `${text} / ${hi}` : text
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
  const dates = docs
    .map((d) => d.at?.slice(0, 10))
    .filter((d): d is string => !!d)
    .sort()
  return {
    participants: members.length,
    sources: new Set(docs.map((d) => d.source)).size,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    stability,
    confidence: confidenceOf(stability),
  }
}
