/**
 * Drafting cards from saved segments and storing them. Drafting a segment again (in the same
 * language) updates the card drafted from it instead of adding a second one: what the researcher
 * edited by hand (content.edited) stays as they left it, everything else is drafted afresh.
 */
import type Database from 'better-sqlite3'
import { NeedleError } from '../../../shared/errors'
import { seedOf } from '../../../shared/persona/avatar'
import type { Persona, PersonaContent, PersonaLanguage, UncodedQuote } from '../../../shared/persona/content'
import { personName } from '../../../shared/persona/personNames'
import { draftPersona } from './draft'
import { openQuotes, quoteCorpus, type QuoteCorpus } from './openQuotes'
import { segmentRole } from './role'
import { segmentFacts } from './segmentFacts'
import { getPersona, insertPersona, saveContent } from './store'

/** Quotes a drafted card carries in all, coded and uncoded together (at least one uncoded when there is any). */
const QUOTES = 5

function existingDraft(db: Database.Database, segmentId: number, language: PersonaLanguage): Persona | null {
  const id = db
    .prepare('SELECT id FROM personas WHERE segment_id = ? AND language = ? ORDER BY id LIMIT 1')
    .pluck()
    .get(segmentId, language) as number | undefined
  return id == null ? null : getPersona(db, id)
}

function takenNames(db: Database.Database, except: number | null): string[] {
  return db.prepare('SELECT name FROM personas WHERE id IS NOT ?').pluck().all(except) as string[]
}

/** The new draft with the researcher's own edits of the old card laid over it. */
function merge(old: Persona, fresh: PersonaContent): PersonaContent {
  const edited = new Set(old.content.edited)
  const mine = (field: string) => edited.has(field)
  const sections = fresh.sections.map((s) => {
    const before = old.content.sections.find((o) => o.id === s.id)
    return before && mine(`section:${s.id}`) ? before : s
  })
  // Sections the researcher added (or that drafting no longer writes) stay.
  for (const o of old.content.sections) if (!sections.some((s) => s.id === o.id)) sections.push(o)
  const quotesMine = mine('section:quotes')
  return {
    ...fresh,
    context: mine('context') ? old.content.context : fresh.context,
    role: mine('role') ? old.content.role : fresh.role,
    tagline: mine('tagline') ? old.content.tagline : fresh.tagline,
    // The avatar is part of who the persona is: it stays, as the name does.
    avatar: old.content.avatar,
    uncoded: quotesMine ? old.content.uncoded : fresh.uncoded,
    rejected: old.content.rejected,
    edited: old.content.edited,
    // Breadcrumbs were put on the card by hand: drafting never writes them.
    breadcrumbs: old.content.breadcrumbs,
    sections,
  }
}

export function draftFromSegment(db: Database.Database, segmentId: number, language: PersonaLanguage, corpus?: QuoteCorpus): Persona {
  const facts = segmentFacts(db, segmentId)
  if (!facts.members.length)
    throw new NeedleError(
      'invalid_input',
      `Segment "${facts.segment.name}" has no participants, so there is nothing to draft a persona from.`,
    )
  const old = existingDraft(db, segmentId, language)
  // Quotes the researcher kept stay; those they replaced never come back.
  const kept: UncodedQuote[] = old?.content.uncoded.filter((q) => q.kept) ?? []
  const labels = new Map(
    (db.prepare('SELECT id, coalesce(display_name, label) AS name FROM participants').all() as { id: number; name: string }[]).map((r) => [
      r.id,
      r.name,
    ]),
  )
  const fresh = openQuotes(db, facts.members, {
    want: Math.max(1, QUOTES - facts.quotes.length - kept.length),
    avoidTexts: [...facts.quotes.map((q) => q.text), ...kept.map((q) => q.text)],
    avoidParticipants: [...facts.quotes.map((q) => q.participantId), ...kept.map((q) => q.participantId)],
    exclude: [...(old?.content.rejected ?? []), ...kept.map((q) => q.ref)],
    labels,
    corpus,
  })
  // A card keeps its name, unless it is a card from before persons had names (its name was its need
  // line and it has no tagline) that the researcher never renamed.
  const legacy = old != null && !old.content.tagline && !old.content.edited.includes('name')
  // Seeded by the segment and when it was made: stable for a card, but each study meets its own people
  // (segment ids start at 1 in every project, so they alone gave every study the same three names).
  const made = db.prepare('SELECT created_at FROM segments WHERE id = ?').pluck().get(segmentId) as string | undefined
  const name =
    old && !legacy ? old.name : personName(seedOf(`segment ${segmentId} ${made ?? ''}`), language, takenNames(db, old?.id ?? null))
  const draft = draftPersona(facts, language, { name, role: segmentRole(db, facts.members, language), uncoded: [...kept, ...fresh] })
  if (!old) return getPersona(db, insertPersona(db, { segmentId, name, language, content: draft.content }))
  saveContent(db, old.id, { name, content: merge(old, draft.content) })
  return getPersona(db, old.id)
}

export function draftAll(db: Database.Database, language: PersonaLanguage): Persona[] {
  const segments = db
    .prepare('SELECT id FROM segments s WHERE EXISTS (SELECT 1 FROM segment_members m WHERE m.segment_id = s.id) ORDER BY id')
    .pluck()
    .all() as number[]
  if (!segments.length)
    throw new NeedleError(
      'not_found',
      'This project has no saved segments yet. Run a segmentation and save it, then draft personas from it.',
    )
  // One transaction: either every segment gets its card or none does.
  return db.transaction(() => {
    // Every card reads the same members' words: tokenise them once.
    const corpus = quoteCorpus(db)
    return segments.map((id) => draftFromSegment(db, id, language, corpus))
  })()
}
