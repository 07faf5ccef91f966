import { NeedleError } from '../../../shared/errors'
import type { HandlerMap } from '../handlers'
import { recordAction } from '../coding/undo'
import { exportPersonas } from '../exports/personas/export'
import { projectLanguage } from '../project/language'
import { dataUrl, readAvatarFile, sniffImage } from './avatarImage'
import { draftAll, draftFromSegment } from './drafting'
import { attachEvidence, detachEvidence, updatePersona } from './edit'
import { personaEvidence } from './evidence'
import { addBreadcrumbFact, removeBreadcrumbFact } from './breadcrumbFacts'
import { avatarBytes, deletePersona, getPersona, listPersonas, saveContent, setAvatarBytes } from './store'
import {
  attachLabel,
  avatarLabel,
  breadcrumbLabel,
  deleteLabel,
  detachLabel,
  DRAFT_ALL_LABEL,
  draftLabel,
  quotesLabel,
  updateLabel,
} from './undoLabels'
import { keepQuote, replaceQuote } from './uncoded'

type Channels =
  | 'personas.list'
  | 'personas.get'
  | 'personas.draftFromSegment'
  | 'personas.draftAll'
  | 'personas.update'
  | 'personas.attachEvidence'
  | 'personas.detachEvidence'
  | 'personas.keepQuote'
  | 'personas.addBreadcrumb'
  | 'personas.removeBreadcrumb'
  | 'personas.replaceQuote'
  | 'personas.setAvatarImage'
  | 'personas.avatarImage'
  | 'personas.delete'
  | 'personas.evidence'
  | 'export.persona'

export const personaHandlers: HandlerMap<Channels> = {
  'personas.list': (session) => listPersonas(session.requireProject().db),
  'personas.get': (session, { id }) => getPersona(session.requireProject().db, id),
  // Every edit a researcher makes to a card is one undo step, named like the coding actions.
  'personas.draftFromSegment': (session, { segmentId, language }) => {
    const segment = session.requireProject().db.prepare('SELECT name FROM segments WHERE id = ?').pluck().get(segmentId) as
      string | undefined
    return recordAction(session, draftLabel(segment ?? `segment ${segmentId}`), (db) =>
      draftFromSegment(db, segmentId, language ?? projectLanguage(db)),
    )
  },
  // Without a language, cards are drafted in the project's (an Arabic study gets Arabic cards).
  'personas.draftAll': (session, { language }) =>
    recordAction(session, DRAFT_ALL_LABEL, (db) => draftAll(db, language ?? projectLanguage(db))),
  'personas.update': (session, input) => {
    const { label, coalesce } = updateLabel(getPersona(session.requireProject().db, input.id), input)
    return recordAction(session, label, (db) => updatePersona(db, input), { coalesce })
  },
  'personas.attachEvidence': (session, input) =>
    recordAction(session, attachLabel(getPersona(session.requireProject().db, input.personaId), input.sectionId), (db) =>
      attachEvidence(db, input),
    ),
  'personas.detachEvidence': (session, input) =>
    recordAction(session, detachLabel(getPersona(session.requireProject().db, input.personaId), input.sectionId), (db) =>
      detachEvidence(db, input),
    ),
  'personas.addBreadcrumb': (session, input) =>
    recordAction(session, breadcrumbLabel(getPersona(session.requireProject().db, input.personaId), input.breadcrumb, 'add'), (db) =>
      addBreadcrumbFact(db, input),
    ),
  'personas.removeBreadcrumb': (session, input) => {
    const persona = getPersona(session.requireProject().db, input.personaId)
    const label = persona.content.breadcrumbs.find((f) => f.key === input.key)?.label ?? ''
    return recordAction(session, breadcrumbLabel(persona, label, 'remove'), (db) => removeBreadcrumbFact(db, input))
  },
  'personas.keepQuote': (session, input) =>
    recordAction(session, quotesLabel(getPersona(session.requireProject().db, input.personaId)), (db) => keepQuote(db, input)),
  'personas.replaceQuote': (session, input) =>
    recordAction(session, quotesLabel(getPersona(session.requireProject().db, input.personaId)), (db) => replaceQuote(db, input)),
  'personas.setAvatarImage': (session, { personaId, path }) => {
    const persona = getPersona(session.requireProject().db, personaId)
    const { bytes, mime } = readAvatarFile(path)
    return recordAction(session, avatarLabel(persona), (db) => {
      setAvatarBytes(db, personaId, bytes)
      saveContent(db, personaId, { content: { ...persona.content, avatar: { ...persona.content.avatar, kind: 'image', mime } } })
      return getPersona(db, personaId)
    })
  },
  'personas.avatarImage': (session, { personaId }) => {
    const db = session.requireProject().db
    getPersona(db, personaId)
    const bytes = avatarBytes(db, personaId)
    const mime = bytes ? sniffImage(bytes) : null
    return { dataUrl: bytes && mime ? dataUrl(bytes, mime) : null }
  },
  'personas.delete': (session, { id }) => {
    recordAction(session, deleteLabel(getPersona(session.requireProject().db, id)), (db) => deletePersona(db, id))
    return null
  },
  'personas.evidence': (session, { personaId }) => {
    const db = session.requireProject().db
    const persona = getPersona(db, personaId)
    return personaEvidence(
      db,
      personaId,
      persona.content.sections.map((s) => s.id),
    )
  },
  'export.persona': (session, input) => {
    if (input.personaId == null && !input.all) throw new NeedleError('invalid_input', 'Say which persona to export, or all.')
    return exportPersonas(session, input)
  },
}
