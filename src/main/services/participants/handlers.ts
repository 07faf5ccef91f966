import type { HandlerMap } from '../handlers'
import { recordAction } from '../coding/undo'
import { participantAnswers } from './answers'
import { participantUndoLabel } from './undoLabels'
import { splitParticipant, participantTurns } from './split'
import { getParticipant, listParticipants, mergeParticipants, renameParticipant, setInterviewer } from './store'

// Every change to who is who is one undo step, in the same history as coding and persona edits.
export const participantHandlers: HandlerMap<
  | 'participants.list'
  | 'participants.rename'
  | 'participants.merge'
  | 'participants.setInterviewer'
  | 'participants.turns'
  | 'participants.split'
  | 'participants.answers'
> = {
  'participants.list': (session) => listParticipants(session.requireProject().db),
  'participants.rename': (session, { id, displayName }) => {
    const before = getParticipant(session.requireProject().db, id)
    return recordAction(session, participantUndoLabel.rename(before, displayName), (db) => renameParticipant(db, id, displayName))
  },
  'participants.merge': (session, { from, into }) => {
    const db = session.requireProject().db
    const label = participantUndoLabel.merge(
      from.map((f) => getParticipant(db, f)),
      getParticipant(db, into),
    )
    return recordAction(session, label, (w) => mergeParticipants(w, from, into))
  },
  'participants.setInterviewer': (session, { id, interviewer }) => {
    const before = getParticipant(session.requireProject().db, id)
    return recordAction(session, participantUndoLabel.interviewer(before, interviewer), (db) => setInterviewer(db, id, interviewer))
  },
  'participants.turns': (session, { id }) => participantTurns(session.requireProject().db, id),
  'participants.answers': (session, { id }) => participantAnswers(session.requireProject().db, id),
  'participants.split': (session, { id, name, utteranceIds, documentIds }) => {
    const before = getParticipant(session.requireProject().db, id)
    return recordAction(session, participantUndoLabel.split(before, name), (db) =>
      splitParticipant(db, id, name, utteranceIds, documentIds),
    )
  },
}
