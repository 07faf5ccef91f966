/**
 * The sample project's personas: one English card per saved segment, and an Arabic card for the
 * segment of the company interviewed in Arabic about same-day delivery (Ward wa Sukkar, Dubai),
 * written in Arabic from that interview (sampleArabic.ts), so the gallery shows both directions
 * out of the box.
 */
import type Database from 'better-sqlite3'
import { seedOf } from '../../../shared/persona/avatar'
import { personName } from '../../../shared/persona/personNames'
import { draftPersona } from './draft'
import { draftAll } from './drafting'
import { arabicSampleCard, arabicSampleSegment, SamplePersonaError } from './sampleArabic'
import { segmentFacts } from './segmentFacts'
import { insertPersona } from './store'

export function draftSamplePersonas(db: Database.Database): void {
  const segments = db.prepare('SELECT count(*) FROM segments').pluck().get() as number
  if (!segments) return
  draftAll(db, 'en')
  const segmentId = arabicSampleSegment(db)
  if (segmentId === undefined) throw new SamplePersonaError('sample persona: the Arabic interview’s company is in no saved segment.')
  const facts = segmentFacts(db, segmentId)
  const taken = db.prepare('SELECT name FROM personas').pluck().all() as string[]
  const people = { name: personName(seedOf(`segment ${segmentId}`), 'ar', taken), role: null, uncoded: [] }
  const card = arabicSampleCard(db, facts, draftPersona(facts, 'ar', people))
  insertPersona(db, { segmentId, name: card.name, language: 'ar', content: card.content })
}
