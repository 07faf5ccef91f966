/** Participants' reads and edits, through the api client. */
import { invoke } from '../../api/client'
import { useLoad } from '../sources/useLoad'

export function useParticipants(version: number) {
  return useLoad(() => invoke('participants.list', {}), [version])
}

export const participantEdits = {
  rename: (id: number, displayName: string) => invoke('participants.rename', { id, displayName }),
  setInterviewer: (id: number, interviewer: boolean) => invoke('participants.setInterviewer', { id, interviewer }),
  merge: (from: number[], into: number) => invoke('participants.merge', { from, into }),
  split: (id: number, name: string, utteranceIds: number[], documentIds: number[]) =>
    invoke('participants.split', { id, name, utteranceIds, documentIds }),
}
