/** Drafting cards from saved segments and storing them. */
import type Database from 'better-sqlite3'
import { NeedleError } from '../../../shared/errors'
import type { Persona, PersonaLanguage } from '../../../shared/persona/content'
import { draftPersona } from './draft'
import { segmentFacts } from './segmentFacts'
import { getPersona, insertPersona } from './store'

export function draftFromSegment(db: Database.Database, segmentId: number, language: PersonaLanguage): Persona {
  const facts = segmentFacts(db, segmentId)
  if (!facts.members.length)
    throw new NeedleError(
      'invalid_input',
      `Segment "${facts.segment.name}" has no participants, so there is nothing to draft a persona from.`,
    )
  const draft = draftPersona(facts, language)
  const id = insertPersona(db, { segmentId, name: draft.name, language, content: draft.content })
  return getPersona(db, id)
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
  return db.transaction(() => segments.map((id) => draftFromSegment(db, id, language)))()
}
