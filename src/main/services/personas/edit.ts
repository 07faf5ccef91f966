/** Editing a card: name, context, language, sections (text, order, visibility), avatar and evidence. */
import type Database from 'better-sqlite3'
import type { ParsedInputOf } from '../../../shared/contract'
import { NeedleError } from '../../../shared/errors'
import { cardLabels } from '../../../shared/persona/labels'
import type { Persona, PersonaLanguage, PersonaSection } from '../../../shared/persona/content'
import { addEvidence, getPersona, removeEvidence, saveContent } from './store'

type UpdateInput = ParsedInputOf<'personas.update'>

/** A section still titled with its default title follows the card into the other language. */
function retitle(section: PersonaSection, from: PersonaLanguage, to: PersonaLanguage): PersonaSection {
  return section.title === cardLabels(from).sections[section.kind] ? { ...section, title: cardLabels(to).sections[section.kind] } : section
}

/** A name another persona of the project already has (case aside), or null. */
function nameTaken(db: Database.Database, id: number, name: string): boolean {
  const names = db.prepare('SELECT name FROM personas WHERE id <> ?').pluck().all(id) as string[]
  return names.some((n) => n.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase())
}

export function updatePersona(db: Database.Database, input: UpdateInput): Persona {
  const persona = getPersona(db, input.id)
  const content = structuredClone(persona.content)
  // What the researcher changed by hand is theirs: drafting again leaves it as it is.
  const edited = new Set(content.edited)
  if (input.name !== undefined && input.name !== persona.name) {
    if (nameTaken(db, input.id, input.name))
      throw new NeedleError('invalid_input', `Another persona is already called "${input.name}". Give this one a name of its own.`)
    edited.add('name')
  }
  if (input.context !== undefined && input.context !== content.context) {
    content.context = input.context
    edited.add('context')
  }
  if (input.role !== undefined && input.role !== content.role) {
    content.role = input.role
    edited.add('role')
  }
  if (input.tagline !== undefined && input.tagline !== content.tagline) {
    content.tagline = input.tagline
    edited.add('tagline')
  }
  if (input.language && input.language !== persona.language) edited.add('language')
  if (input.avatar) {
    content.avatar = { ...content.avatar, ...input.avatar }
    edited.add('avatar')
  }
  for (const patch of input.sections ?? []) edited.add(`section:${patch.id}`)
  if (input.avatar?.kind === 'image' && !persona.hasImage) {
    throw new NeedleError('invalid_input', 'Choose a picture first (personas.setAvatarImage); until then the avatar stays generated.')
  }
  for (const patch of input.sections ?? []) {
    const at = content.sections.findIndex((s) => s.id === patch.id)
    if (at >= 0) {
      content.sections[at] = { ...content.sections[at], ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) }
    } else {
      const kind = patch.kind ?? 'custom'
      content.sections.push({
        id: patch.id,
        kind,
        title: patch.title ?? cardLabels(input.language ?? persona.language).sections[kind],
        html: patch.html ?? '',
        hidden: patch.hidden ?? false,
        order: patch.order ?? Math.max(-1, ...content.sections.map((s) => s.order)) + 1,
        evidence: [],
      })
    }
  }
  if (input.removeSections?.length) content.sections = content.sections.filter((s) => !input.removeSections!.includes(s.id))
  if (input.language && input.language !== persona.language)
    content.sections = content.sections.map((s) => retitle(s, persona.language, input.language!))
  content.edited = [...edited]
  saveContent(db, input.id, { name: input.name, language: input.language, content })
  return getPersona(db, input.id)
}

function requireSection(persona: Persona, sectionId: string): PersonaSection {
  const section = persona.content.sections.find((s) => s.id === sectionId)
  if (!section) throw new NeedleError('not_found', `Persona "${persona.name}" has no section "${sectionId}".`)
  return section
}

export function attachEvidence(db: Database.Database, input: ParsedInputOf<'personas.attachEvidence'>): Persona {
  const persona = getPersona(db, input.personaId)
  requireSection(persona, input.sectionId)
  db.transaction(() => {
    addEvidence(db, input.personaId, input.sectionId, input.highlightId, input.statement ?? '')
    db.prepare('UPDATE personas SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), input.personaId)
  })()
  return getPersona(db, input.personaId)
}

export function detachEvidence(db: Database.Database, input: ParsedInputOf<'personas.detachEvidence'>): Persona {
  const persona = getPersona(db, input.personaId)
  requireSection(persona, input.sectionId)
  const removed = removeEvidence(db, input.personaId, input.sectionId, input.highlightId, input.statement)
  if (!removed)
    throw new NeedleError('not_found', `Highlight ${input.highlightId} is not attached to "${input.sectionId}" of "${persona.name}".`)
  db.prepare('UPDATE personas SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), input.personaId)
  return getPersona(db, input.personaId)
}
