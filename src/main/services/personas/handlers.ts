import { NeedleError } from '../../../shared/errors'
import type { HandlerMap } from '../handlers'
import { exportPersonas } from '../exports/personas/export'
import { dataUrl, readAvatarFile, sniffImage } from './avatarImage'
import { draftAll, draftFromSegment } from './drafting'
import { attachEvidence, detachEvidence, updatePersona } from './edit'
import { personaEvidence } from './evidence'
import { avatarBytes, deletePersona, getPersona, listPersonas, saveContent, setAvatarBytes } from './store'

type Channels =
  | 'personas.list'
  | 'personas.get'
  | 'personas.draftFromSegment'
  | 'personas.draftAll'
  | 'personas.update'
  | 'personas.attachEvidence'
  | 'personas.detachEvidence'
  | 'personas.setAvatarImage'
  | 'personas.avatarImage'
  | 'personas.delete'
  | 'personas.evidence'
  | 'export.persona'

export const personaHandlers: HandlerMap<Channels> = {
  'personas.list': (session) => listPersonas(session.requireProject().db),
  'personas.get': (session, { id }) => getPersona(session.requireProject().db, id),
  'personas.draftFromSegment': (session, { segmentId, language }) => draftFromSegment(session.writable(), segmentId, language),
  'personas.draftAll': (session, { language }) => draftAll(session.writable(), language),
  'personas.update': (session, input) => updatePersona(session.writable(), input),
  'personas.attachEvidence': (session, input) => attachEvidence(session.writable(), input),
  'personas.detachEvidence': (session, input) => detachEvidence(session.writable(), input),
  'personas.setAvatarImage': (session, { personaId, path }) => {
    const db = session.writable()
    const persona = getPersona(db, personaId)
    const { bytes, mime } = readAvatarFile(path)
    db.transaction(() => {
      setAvatarBytes(db, personaId, bytes)
      saveContent(db, personaId, { content: { ...persona.content, avatar: { ...persona.content.avatar, kind: 'image', mime } } })
    })()
    return getPersona(db, personaId)
  },
  'personas.avatarImage': (session, { personaId }) => {
    const db = session.requireProject().db
    getPersona(db, personaId)
    const bytes = avatarBytes(db, personaId)
    const mime = bytes ? sniffImage(bytes) : null
    return { dataUrl: bytes && mime ? dataUrl(bytes, mime) : null }
  },
  'personas.delete': (session, { id }) => {
    deletePersona(session.writable(), id)
    return null
  },
  'personas.evidence': (session, { personaId }) => {
    const db = session.requireProject().db
    const persona = getPersona(db, personaId)
    return personaEvidence(db, personaId, persona.content.sections.map((s) => s.id))
  },
  'export.persona': (session, input) => {
    if (input.personaId == null && !input.all) throw new NeedleError('invalid_input', 'Say which persona to export, or all.')
    return exportPersonas(session, input)
  },
}
