/** The quotes behind a card, with everything needed to open each one in its document. */
import type Database from 'better-sqlite3'
import type { PersonaEvidenceQuote } from '../../../shared/contract/personas'

interface Row {
  highlightId: number
  section: string
  statement: string
  text: string
  documentId: number
  documentTitle: string
  start: number
  end: number
  sourceId: number
  source: string
  sourceKind: PersonaEvidenceQuote['sourceKind']
  participant: string | null
  occurredAt: string | null
}

export function personaEvidence(db: Database.Database, personaId: number, sectionOrder: string[] = []): PersonaEvidenceQuote[] {
  const rows = db
    .prepare(
      `SELECT e.highlight_id AS highlightId, e.section, e.statement, substr(d.text, h.start + 1, h.end - h.start) AS text,
              d.id AS documentId, d.title AS documentTitle, h.start, h.end, s.id AS sourceId, s.name AS source, s.kind AS sourceKind,
              coalesce((SELECT coalesce(p.display_name, p.label) FROM utterances u JOIN participants p ON p.id = u.participant_id
                         WHERE u.document_id = h.document_id AND u.start <= h.start AND u.end > h.start ORDER BY u.seq LIMIT 1),
                       (SELECT coalesce(p.display_name, p.label) FROM participants p WHERE p.id = d.participant_id)) AS participant,
              d.occurred_at AS occurredAt
         FROM persona_evidence e JOIN highlights h ON h.id = e.highlight_id JOIN documents d ON d.id = h.document_id
         JOIN sources s ON s.id = d.source_id
        WHERE e.persona_id = ? ORDER BY e.highlight_id`,
    )
    .all(personaId) as Row[]
  const codes = db
    .prepare('SELECT c.name FROM highlight_codes hc JOIN codes c ON c.id = hc.code_id WHERE hc.highlight_id = ? ORDER BY c.sort, c.id')
    .pluck()
  const byHighlight = new Map<number, PersonaEvidenceQuote>()
  for (const r of rows) {
    const seen = byHighlight.get(r.highlightId)
    if (seen) {
      if (!seen.sections.includes(r.section)) seen.sections.push(r.section)
      if (r.statement && !seen.statement) seen.statement = r.statement
      continue
    }
    const { section, ...rest } = r
    byHighlight.set(r.highlightId, { ...rest, sections: [section], codes: codes.all(r.highlightId) as string[] })
  }
  // Quotes in the card's order: by the first section citing them, then by highlight.
  const rank = (q: PersonaEvidenceQuote) => Math.min(...q.sections.map((s) => sectionOrder.indexOf(s) + 1 || 999))
  return [...byHighlight.values()].sort((a, b) => rank(a) - rank(b) || a.highlightId - b.highlightId)
}
