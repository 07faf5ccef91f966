/**
 * The uncoded quotes of a card (content.uncoded) and their blockquotes in its quotes section kept in
 * step: the researcher keeps a quote (drafting again will not swap it out) or replaces it with the
 * next most representative member's words. (A quote deleted from the text leaves the list when the
 * card is saved: store.ts pruneUncoded.)
 */
import type Database from 'better-sqlite3'
import type { ParsedInputOf } from '../../../shared/contract'
import { NeedleError } from '../../../shared/errors'
import type { Persona, PersonaContent, UncodedQuote } from '../../../shared/persona/content'
import { htmlToText } from '../../../shared/persona/richText'
import { uncodedQuoteHtml } from './draft'
import { openQuotes } from './openQuotes'
import { getPersona, saveContent } from './store'

const blockOf = (ref: string) => new RegExp(`<blockquote\\b[^>]*\\bdata-quote-ref="${ref}"[^>]*>[\\s\\S]*?</blockquote>`)

function requireQuote(persona: Persona, ref: string): UncodedQuote {
  const quote = persona.content.uncoded.find((q) => q.ref === ref)
  if (!quote)
    throw new NeedleError(
      'not_found',
      `Persona "${persona.name}" has no uncoded quote ${ref}. Its uncoded quotes: ${persona.content.uncoded.map((q) => q.ref).join(', ') || 'none'}.`,
    )
  return quote
}

export function keepQuote(db: Database.Database, input: ParsedInputOf<'personas.keepQuote'>): Persona {
  const persona = getPersona(db, input.personaId)
  requireQuote(persona, input.ref)
  const content = {
    ...persona.content,
    uncoded: persona.content.uncoded.map((q) => (q.ref === input.ref ? { ...q, kept: input.keep } : q)),
  }
  saveContent(db, persona.id, { content })
  return getPersona(db, persona.id)
}

/** Members of the persona's segment, or a clear refusal when the segment is gone. */
function segmentMembers(db: Database.Database, persona: Persona): number[] {
  if (persona.segmentId == null)
    throw new NeedleError('invalid_input', `Persona "${persona.name}" has no segment, so there are no members' words to choose from.`)
  return db
    .prepare(
      'SELECT m.participant_id FROM segment_members m JOIN participants p ON p.id = m.participant_id WHERE m.segment_id = ? AND p.is_interviewer = 0 ORDER BY 1',
    )
    .pluck()
    .all(persona.segmentId) as number[]
}

/**
 * Swaps one uncoded quote for the next most representative words of another member (or of the
 * same, when nobody else wrote anything usable); with no other words left, the quote is removed.
 */
export function replaceQuote(db: Database.Database, input: ParsedInputOf<'personas.replaceQuote'>): Persona {
  const persona = getPersona(db, input.personaId)
  const old = requireQuote(persona, input.ref)
  const members = segmentMembers(db, persona)
  const quotes = persona.content.sections.find((s) => s.kind === 'quotes')
  const others = persona.content.uncoded.filter((q) => q.ref !== old.ref)
  const labels = new Map(
    (db.prepare('SELECT id, coalesce(display_name, label) AS name FROM participants').all() as { id: number; name: string }[]).map((r) => [
      r.id,
      r.name,
    ]),
  )
  const rejected = [...new Set([...persona.content.rejected, old.ref])]
  const [next] = openQuotes(db, members, {
    want: 1,
    // Each quote's words (its first paragraph), not who said it.
    avoidTexts: [...(quotes?.html ?? '').matchAll(/<blockquote\b[^>]*>\s*<p[^>]*>([\s\S]*?)<\/p>/g)]
      .map((m) => htmlToText(m[1]))
      .filter((t) => t && t !== old.text),
    avoidParticipants: others.map((q) => q.participantId),
    exclude: [...rejected, ...others.map((q) => q.ref)],
    labels,
  })
  const content: PersonaContent = {
    ...persona.content,
    rejected,
    uncoded: persona.content.uncoded.flatMap((q) => (q.ref === old.ref ? (next ? [next] : []) : [q])),
    sections: persona.content.sections.map((s) =>
      s.kind === 'quotes' ? { ...s, html: s.html.replace(blockOf(old.ref), next ? uncodedQuoteHtml(next, persona.language) : '') } : s,
    ),
  }
  saveContent(db, persona.id, { content })
  return getPersona(db, persona.id)
}
