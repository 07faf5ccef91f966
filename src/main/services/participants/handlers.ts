import type { HandlerMap } from '../handlers'
import { listParticipants, mergeParticipants, renameParticipant, setInterviewer } from './store'

export const participantHandlers: HandlerMap<
  'participants.list' | 'participants.rename' | 'participants.merge' | 'participants.setInterviewer'
> = {
  'participants.list': (session) => listParticipants(session.requireProject().db),
  'participants.rename': (session, { id, displayName }) => renameParticipant(session.writable(), id, displayName),
  'participants.merge': (session, { from, into }) => mergeParticipants(session.writable(), from, into),
  'participants.setInterviewer': (session, { id, interviewer }) => setInterviewer(session.writable(), id, interviewer),
}
