/** Personas loaded for export and turned into the print document (a card, or a deck). */
import type Database from 'better-sqlite3'
import type { PersonaEvidenceQuote } from '../../../../shared/contract/personas'
import { directionOf, type Persona, type PersonaLanguage } from '../../../../shared/persona/content'
import { cardLabels } from '../../../../shared/persona/labels'
import { dataUrl, sniffImage } from '../../personas/avatarImage'
import { personaEvidence } from '../../personas/evidence'
import { avatarBytes, getPersona, sanitizeContent } from '../../personas/store'
import { cardSheet, type CardInput } from './card'
import type { PageSize } from './css'
import { appendixPages, coverSheet } from './deck'
import { printDocument } from './page'

export interface ExportItem extends CardInput {
  quotes: PersonaEvidenceQuote[]
}

export function loadForExport(db: Database.Database, ids: number[]): ExportItem[] {
  return ids.map((id) => {
    const stored = getPersona(db, id)
    // Sanitised again on the way out: the project file may come from someone else's copy of Needle.
    const persona: Persona = { ...stored, content: sanitizeContent(stored.content) }
    const bytes = stored.hasImage ? avatarBytes(db, id) : null
    const mime = bytes ? sniffImage(bytes) : null
    return {
      persona,
      imageUrl: bytes && mime ? dataUrl(bytes, mime) : null,
      quotes: personaEvidence(
        db,
        id,
        persona.content.sections.map((s) => s.id),
      ),
    }
  })
}

export function projectName(db: Database.Database): string {
  return (db.prepare("SELECT value FROM project_meta WHERE key = 'name'").pluck().get() as string | undefined) ?? 'Needle project'
}

export function cardDocument(item: CardInput, page: PageSize): string {
  const p = item.persona
  return printDocument(cardSheet(item), { page, language: p.language, dir: p.direction, title: p.name })
}

/**
 * A deck's own words (cover, appendix, title) are in the project language; each card keeps its own
 * language and direction, so an English card in an Arabic deck still reads left to right.
 */
export function deckDocument(
  items: ExportItem[],
  page: PageSize,
  project: string,
  language: PersonaLanguage,
  today = new Date().toISOString().slice(0, 10),
): string {
  const body = [coverSheet(items, project, language, today), ...items.map(cardSheet), appendixPages(items, language)].join('\n')
  return printDocument(body, { page, language, dir: directionOf(language), title: `${project}: ${cardLabels(language).deck}` })
}
