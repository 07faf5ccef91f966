/**
 * What the project knows about each participant, read once per run/explanation: coded highlights
 * (by code), deadlines and emergencies, and survey ratings per need. Interviewers are left out: they
 * ask the questions, their words are not a customer's needs.
 *
 * A highlight belongs to the participant of the utterance it starts in (transcripts: the speaker),
 * else to its document's participant (a survey answer, a feedback note). A highlight inside an
 * interviewer's turn therefore belongs to the interviewer and is left out with them.
 */
import type Database from 'better-sqlite3'
import type { CodeKind } from '../../../shared/domain'

export interface ParticipantInfo {
  id: number
  label: string
  /** Display name, or the label. */
  name: string
}

export interface CodeInfo {
  id: number
  name: string
  kind: CodeKind
}

export interface Deadline {
  highlightId: number
  documentId: number
  dueDate: string | null
  /** The document's date (or the highlight's creation day): what the deadline was said against. */
  saidOn: string
}

export interface Emergency {
  highlightId: number
  severity: number | null
}

export interface Evidence {
  participants: ParticipantInfo[]
  /** Participant id → position in `participants`. */
  row: Map<number, number>
  codes: Map<number, CodeInfo>
  /** Per participant: code id → number of highlights coded with it. */
  codeCounts: Map<number, number>[]
  deadlines: Deadline[][]
  emergencies: Emergency[][]
  /** Per participant: need code id → ratings (averaged over sources when rated more than once). */
  ratings: Map<number, { importance: number | null; satisfaction: number | null }>[]
}

export function loadEvidence(db: Database.Database): Evidence {
  const participants = db
    .prepare(`SELECT id, label, COALESCE(NULLIF(display_name, ''), label) AS name FROM participants WHERE is_interviewer = 0 ORDER BY id`)
    .all() as ParticipantInfo[]
  const row = new Map(participants.map((p, i) => [p.id, i]))
  const codes = new Map((db.prepare('SELECT id, name, kind FROM codes ORDER BY sort, id').all() as CodeInfo[]).map((c) => [c.id, c]))
  const codeCounts = participants.map(() => new Map<number, number>())
  const deadlines: Deadline[][] = participants.map(() => [])
  const emergencies: Emergency[][] = participants.map(() => [])

  const highlights = db
    .prepare(
      `SELECT h.id, h.document_id AS documentId, h.due_date AS dueDate, h.severity,
              COALESCE(substr(d.occurred_at, 1, 10), substr(h.created_at, 1, 10)) AS saidOn,
              COALESCE((SELECT u.participant_id FROM utterances u
                         WHERE u.document_id = h.document_id AND u.start <= h.start AND h.start < u.end
                         ORDER BY u.seq LIMIT 1), d.participant_id) AS participantId,
              hc.code_id AS codeId
         FROM highlights h
         JOIN documents d ON d.id = h.document_id
         JOIN highlight_codes hc ON hc.highlight_id = h.id
        ORDER BY h.id, hc.code_id`,
    )
    .all() as {
    id: number
    documentId: number
    dueDate: string | null
    severity: number | null
    saidOn: string
    participantId: number | null
    codeId: number
  }[]
  let lastUrgent = -1
  let lastEmergency = -1
  for (const h of highlights) {
    const r = h.participantId == null ? undefined : row.get(h.participantId)
    const code = codes.get(h.codeId)
    if (r === undefined || !code) continue
    codeCounts[r].set(code.id, (codeCounts[r].get(code.id) ?? 0) + 1)
    // One entry per highlight even when it carries two deadline codes.
    if (code.kind === 'deadline' && lastUrgent !== h.id) {
      lastUrgent = h.id
      deadlines[r].push({ highlightId: h.id, documentId: h.documentId, dueDate: h.dueDate, saidOn: h.saidOn })
    }
    if (code.kind === 'emergency' && lastEmergency !== h.id) {
      lastEmergency = h.id
      emergencies[r].push({ highlightId: h.id, severity: h.severity })
    }
  }

  const ratings = participants.map(() => new Map<number, { importance: number | null; satisfaction: number | null }>())
  const rated = db
    .prepare(
      `SELECT participant_id AS participantId, code_id AS codeId, AVG(importance) AS importance, AVG(satisfaction) AS satisfaction
         FROM ratings GROUP BY participant_id, code_id`,
    )
    .all() as { participantId: number; codeId: number; importance: number | null; satisfaction: number | null }[]
  for (const x of rated) {
    const r = row.get(x.participantId)
    if (r === undefined || (x.importance == null && x.satisfaction == null)) continue
    ratings[r].set(x.codeId, { importance: x.importance, satisfaction: x.satisfaction })
  }
  return { participants, row, codes, codeCounts, deadlines, emergencies, ratings }
}

/** Urgency indicators of one participant, as the matrix and the explanation show them. */
export interface UrgencyIndicators {
  hasDeadline: boolean
  hasEmergency: boolean
  /** Earliest due date among their deadlines (ISO), or null. */
  nearestDueDate: string | null
  /** Fewest days between when a deadline was said and its due date, or null. */
  shortestLeadDays: number | null
  /** 1-4, or 0 without an emergency severity. */
  highestSeverity: number
}

export function urgencyOf(ev: Evidence, r: number): UrgencyIndicators {
  const due = ev.deadlines[r].filter((d) => d.dueDate).sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : 1))
  let lead: number | null = null
  for (const d of due) {
    const days = Math.round((Date.parse(d.dueDate!) - Date.parse(d.saidOn)) / 86_400_000)
    if (Number.isFinite(days)) lead = lead === null ? days : Math.min(lead, days)
  }
  return {
    hasDeadline: ev.deadlines[r].length > 0,
    hasEmergency: ev.emergencies[r].length > 0,
    nearestDueDate: due[0]?.dueDate ?? null,
    shortestLeadDays: lead,
    highestSeverity: ev.emergencies[r].reduce((m, e) => Math.max(m, e.severity ?? 0), 0),
  }
}

/** The highlighted words (offsets are UTF-16, as JavaScript slices). */
export function highlightText(db: Database.Database, highlightId: number): string {
  const h = db
    .prepare('SELECT h.start, h.end, d.text FROM highlights h JOIN documents d ON d.id = h.document_id WHERE h.id = ?')
    .get(highlightId) as { start: number; end: number; text: string } | undefined
  return h ? h.text.slice(h.start, h.end) : ''
}
