/**
 * A breadcrumb as evidence on a persona: the analysis is run again here (the figures on the card are
 * the project's, not whatever a caller sends), and the breadcrumb's figures are stored on the card
 * (content.breadcrumbs), which prints them as a sentence in its own language. Adding the same
 * breadcrumb of the same outcome and window again refreshes its figures in place.
 */
import type Database from 'better-sqlite3'
import type { ParsedInputOf } from '../../../shared/contract'
import { NeedleError } from '../../../shared/errors'
import type { BreadcrumbFact, Persona } from '../../../shared/persona/content'
import { analyze } from '../breadcrumbs/analyze'
import { getPersona, saveContent } from './store'

const MAX_FACTS = 40

export function addBreadcrumbFact(db: Database.Database, input: ParsedInputOf<'personas.addBreadcrumb'>): Persona {
  const persona = getPersona(db, input.personaId)
  const r = analyze(db, {
    outcome: input.outcome,
    ...(input.outcomeAttribute ? { outcomeAttribute: input.outcomeAttribute } : {}),
    windowDays: input.windowDays,
    reference: input.reference,
    examples: 0,
  })
  const wanted = input.breadcrumb.trim().toLocaleLowerCase()
  const hit = r.breadcrumbs.find((b) => b.type === input.breadcrumbType && b.label.toLocaleLowerCase() === wanted)
  if (!hit)
    throw new NeedleError(
      'not_found',
      `"${input.breadcrumb}" is not a breadcrumb of "${r.outcome}" in the ${r.windowDays} days before it in this project, so it cannot go on persona "${persona.name}". Analyse the breadcrumbs again and pick one from the list.`,
    )
  const key = JSON.stringify([hit.type, hit.label, r.outcomeAttribute, r.outcomeValue, r.windowDays, r.reference])
  const fact: BreadcrumbFact = {
    key,
    label: hit.label,
    type: hit.type,
    outcome: r.outcome,
    windowDays: r.windowDays,
    churnedShare: hit.churnedShare,
    retainedShare: hit.retainedShare,
    lift: hit.lift,
    low: hit.low,
    high: hit.high,
    churnedCount: hit.churnedCount,
    retainedCount: hit.retainedCount,
    churned: r.churned,
    retained: r.retained,
    addedAt: new Date().toISOString(),
  }
  const facts = persona.content.breadcrumbs
  const at = facts.findIndex((f) => f.key === key)
  if (at < 0 && facts.length >= MAX_FACTS)
    throw new NeedleError(
      'invalid_input',
      `Persona "${persona.name}" already has ${MAX_FACTS} breadcrumbs. Remove one in the persona's editor before adding another.`,
    )
  const next = at < 0 ? [...facts, fact] : facts.map((f, i) => (i === at ? fact : f))
  saveContent(db, persona.id, { content: { ...persona.content, breadcrumbs: next } })
  return getPersona(db, persona.id)
}

export function removeBreadcrumbFact(db: Database.Database, input: ParsedInputOf<'personas.removeBreadcrumb'>): Persona {
  const persona = getPersona(db, input.personaId)
  const next = persona.content.breadcrumbs.filter((f) => f.key !== input.key)
  if (next.length === persona.content.breadcrumbs.length)
    throw new NeedleError('not_found', `Persona "${persona.name}" has no such breadcrumb (it may have been removed already).`)
  saveContent(db, persona.id, { content: { ...persona.content, breadcrumbs: next } })
  return getPersona(db, persona.id)
}
