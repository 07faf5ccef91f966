/**
 * Quotes before anyone has coded: the open survey answers, interview turns and feedback notes of a
 * segment's own members that sound most like the segment and least like everyone else.
 *
 * Each text unit (an answer, a note, a turn; long ones cut into runs of whole sentences) becomes a
 * TF-IDF vector over its stemmed words. A unit scores by its cosine to the members' centroid minus
 * its cosine to the non-members' centroid (typical of the segment, distinct from the others), times
 * how quotable its length is. The best are taken greedily: one per participant, none a
 * near-duplicate of another or of a coded quote already on the card (Jaccard on word 3-shingles).
 */
import type Database from 'better-sqlite3'
import type { UncodedQuote } from '../../../shared/persona/content'
import { words } from '../../../shared/text/searchTokens'

interface Unit {
  documentId: number
  participant: number
  start: number
  end: number
  text: string
  kind: UncodedQuote['sourceKind']
  question: string | null
}

/** Two texts sharing half their word 3-shingles say the same thing. */
export const NEAR_DUPLICATE = 0.5
const MIN_CHARS = 30
const MAX_CHARS = 300
/** At most this many non-member units describe "everyone else" (a deterministic sample keeps big projects quick). */
const OTHERS_SAMPLE = 6000

const CURRENT = 'NOT EXISTS (SELECT 1 FROM documents n WHERE n.replaces_id = d.id)'

function loadUnits(db: Database.Database): Unit[] {
  const whole = db
    .prepare(
      `SELECT d.id AS documentId, d.participant_id AS participant, d.text, s.kind, d.question
         FROM documents d JOIN sources s ON s.id = d.source_id JOIN participants p ON p.id = d.participant_id
        WHERE p.is_interviewer = 0 AND ${CURRENT} AND NOT EXISTS (SELECT 1 FROM utterances u WHERE u.document_id = d.id)
        ORDER BY d.id`,
    )
    .all() as { documentId: number; participant: number; text: string; kind: Unit['kind']; question: string | null }[]
  const turns = db
    .prepare(
      `SELECT u.document_id AS documentId, u.participant_id AS participant, u.start, u.end, s.kind, d.question
         FROM utterances u JOIN documents d ON d.id = u.document_id JOIN sources s ON s.id = d.source_id
         JOIN participants p ON p.id = u.participant_id
        WHERE p.is_interviewer = 0 AND ${CURRENT}
        ORDER BY u.document_id, u.seq`,
    )
    .all() as { documentId: number; participant: number; start: number; end: number; kind: Unit['kind']; question: string | null }[]
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck()
  const texts = new Map<number, string>()
  const units: Unit[] = []
  for (const w of whole) units.push(...pieces({ ...w, start: 0, end: w.text.length }))
  for (const t of turns) {
    let doc = texts.get(t.documentId)
    if (doc === undefined) texts.set(t.documentId, (doc = (text.get(t.documentId) as string) ?? ''))
    units.push(...pieces({ ...t, text: doc.slice(t.start, t.end) }))
  }
  return units
}

/**
 * A unit as quotable pieces with their offsets in the document: trimmed; a long one cut into runs
 * of whole sentences of at most MAX_CHARS; pieces too short to say anything dropped.
 */
function pieces(unit: Unit): Unit[] {
  const lead = unit.text.length - unit.text.trimStart().length
  const body = unit.text.trim()
  const at = unit.start + lead
  if (body.length <= MAX_CHARS) return body.length >= MIN_CHARS ? [{ ...unit, start: at, end: at + body.length, text: body }] : []
  const sentences = [...body.matchAll(/[^.!?؟…\n]+[.!?؟…]*/g)].map((m) => ({ start: m.index, end: m.index + m[0].trimEnd().length }))
  const out: Unit[] = []
  let from = -1
  let to = -1
  const flush = () => {
    if (from >= 0 && to - from >= MIN_CHARS) out.push({ ...unit, start: at + from, end: at + to, text: body.slice(from, to) })
    from = -1
  }
  for (const s of sentences) {
    const start = s.start + (body.slice(s.start, s.end).length - body.slice(s.start, s.end).trimStart().length)
    if (s.end - start > MAX_CHARS) {
      flush()
      continue
    }
    if (from >= 0 && s.end - from > MAX_CHARS) flush()
    if (from < 0) from = start
    to = s.end
  }
  flush()
  return out
}

type Vector = Map<string, number>

function counts(text: string): Vector {
  const v: Vector = new Map()
  for (const w of words(text)) if (w.key.length > 1) v.set(w.key, (v.get(w.key) ?? 0) + 1)
  return v
}

function normalise(v: Vector): Vector {
  let sum = 0
  for (const x of v.values()) sum += x * x
  const norm = Math.sqrt(sum) || 1
  for (const [k, x] of v) v.set(k, x / norm)
  return v
}

function dot(a: Vector, b: Vector): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a]
  let s = 0
  for (const [k, x] of small) s += x * (big.get(k) ?? 0)
  return s
}

function centroid(vectors: Vector[]): Vector {
  const c: Vector = new Map()
  for (const v of vectors) for (const [k, x] of v) c.set(k, (c.get(k) ?? 0) + x)
  return normalise(c)
}

/**
 * Word 3-shingles (single words for texts shorter than three words). Numbers count as one word, so
 * "43 stops left … 27 were late" and "31 stops left … 11 were late" are the same story.
 */
export function shingles(text: string): Set<string> {
  const ws = words(text).map((w) => (/^\p{N}+$/u.test(w.plain) ? '#' : w.plain))
  if (ws.length < 3) return new Set(ws)
  const out = new Set<string>()
  for (let i = 0; i + 3 <= ws.length; i++) out.add(ws.slice(i, i + 3).join(' '))
  return out
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1
  let both = 0
  for (const x of a) if (b.has(x)) both++
  return both / (a.size + b.size - both)
}

/** A sentence or two reads best; a fragment or a paragraph less so. */
function quotability(n: number): number {
  if (n < 60) return 0.6 + (0.4 * (n - MIN_CHARS)) / (60 - MIN_CHARS)
  if (n <= 220) return 1
  return 1 - (0.3 * (n - 220)) / (MAX_CHARS - 220)
}

export const refOf = (documentId: number, start: number, end: number) => `d${documentId}-${start}-${end}`

/** Every participant's quotable units and their word counts: read once when drafting many cards. */
export interface QuoteCorpus {
  units: Unit[]
  counts: Vector[]
}

export function quoteCorpus(db: Database.Database): QuoteCorpus {
  const units = loadUnits(db)
  return { units, counts: units.map((u) => counts(u.text)) }
}

export interface OpenQuoteOptions {
  /** The project's units, when the caller drafts several cards in a row. */
  corpus?: QuoteCorpus
  /** How many to pick. */
  want: number
  /** Texts already on the card (coded quotes, kept uncoded quotes): nothing near them is picked. */
  avoidTexts?: readonly string[]
  /** Participants already quoted on the card. */
  avoidParticipants?: Iterable<number>
  /** References never to pick again (quotes the researcher replaced, quotes already on the card). */
  exclude?: Iterable<string>
  /** Participant id -> name shown under the quote. */
  labels: ReadonlyMap<number, string>
}

/** The members' most representative uncoded words, best first. */
export function openQuotes(db: Database.Database, memberIds: readonly number[], options: OpenQuoteOptions): UncodedQuote[] {
  if (options.want <= 0) return []
  const members = new Set(memberIds)
  const { units, counts: unitCounts } = options.corpus ?? quoteCorpus(db)
  const ownAt = units.flatMap((u, i) => (members.has(u.participant) ? [i] : []))
  if (!ownAt.length) return []
  const othersAt = units.flatMap((u, i) => (members.has(u.participant) ? [] : [i]))
  const step = Math.max(1, Math.ceil(othersAt.length / OTHERS_SAMPLE))
  const at = [...ownAt, ...othersAt.filter((_, i) => i % step === 0)]
  const own = ownAt.map((i) => units[i])

  const corpus = at.map((i) => units[i])
  const tf = at.map((i) => unitCounts[i])
  const df = new Map<string, number>()
  for (const v of tf) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1)
  const idf = (k: string) => Math.log((1 + corpus.length) / (1 + (df.get(k) ?? 0))) + 1
  const vectors = tf.map((v) => normalise(new Map([...v].map(([k, n]) => [k, (1 + Math.log(n)) * idf(k)]))))
  const ownVectors = vectors.slice(0, own.length)
  const inside = centroid(ownVectors)
  const outside = centroid(vectors.slice(own.length))

  const exclude = new Set(options.exclude ?? [])
  const ranked = own
    .map((u, i) => ({ u, score: (dot(ownVectors[i], inside) - dot(ownVectors[i], outside)) * quotability(u.text.length) }))
    // Only words more like this segment than like everyone else speak for it.
    .filter(({ u, score }) => score > 0 && !exclude.has(refOf(u.documentId, u.start, u.end)))
    .sort((a, b) => b.score - a.score || a.u.documentId - b.u.documentId || a.u.start - b.u.start)

  const picked: UncodedQuote[] = []
  const taken = new Set<Unit>()
  const seen = (options.avoidTexts ?? []).map(shingles)
  const people = new Set(options.avoidParticipants ?? [])
  // First one voice per participant; then, in a segment of few voices, more of the same voices.
  const candidates = [...ranked.map((r) => ({ u: r.u, onePerPerson: true })), ...ranked.map((r) => ({ u: r.u, onePerPerson: false }))]
  for (const { u, onePerPerson } of candidates) {
    if (picked.length >= options.want) break
    if (taken.has(u) || (onePerPerson && people.has(u.participant))) continue
    const sh = shingles(u.text)
    if (seen.some((s) => jaccard(s, sh) >= NEAR_DUPLICATE)) continue
    seen.push(sh)
    taken.add(u)
    people.add(u.participant)
    picked.push({
      ref: refOf(u.documentId, u.start, u.end),
      documentId: u.documentId,
      start: u.start,
      end: u.end,
      text: u.text,
      participantId: u.participant,
      participant: options.labels.get(u.participant) ?? `Participant ${u.participant}`,
      sourceKind: u.kind,
      question: u.question,
      kept: false,
    })
  }
  return picked
}
