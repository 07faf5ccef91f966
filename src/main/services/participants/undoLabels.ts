/**
 * What each participant change is called in the undo history, in the English shape of the
 * coding actions' names; the renderer recognises these names and shows them in the
 * researcher's language (features/participants/undoLabels.ts keeps the same list).
 */
import type { ParticipantRow } from '../../../shared/contract/participants'

const nameOf = (p: ParticipantRow) => p.displayName ?? p.label

export const participantUndoLabel = {
  rename: (p: ParticipantRow, to: string) => `Rename participant “${nameOf(p)}” to “${to || p.label}”`,
  merge: (from: ParticipantRow[], into: ParticipantRow) => `Merge participants “${from.map(nameOf).join('”, “')}” into “${nameOf(into)}”`,
  interviewer: (p: ParticipantRow, on: boolean) => `${on ? 'Mark' : 'Unmark'} “${nameOf(p)}” as interviewer`,
  split: (p: ParticipantRow, name: string) => `Split “${name}” from “${nameOf(p)}”`,
}
