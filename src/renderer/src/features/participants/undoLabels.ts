/**
 * Participant changes as the undo controls name them. The service names each step in English
 * (main/services/participants/undoLabels.ts); these patterns point at participantEdits.undo keys,
 * and features/coding/undoLabel.ts translates them with the others.
 */
export const PARTICIPANT_UNDO_PATTERNS: [RegExp, string][] = [
  [/^Rename participant “(.+)” to “(.+)”$/, 'rename'],
  [/^Merge participants “(.+)” into “(.+)”$/, 'merge'],
  [/^Mark “(.+)” as interviewer$/, 'interviewerOn'],
  [/^Unmark “(.+)” as interviewer$/, 'interviewerOff'],
  [/^Split “(.+)” from “(.+)”$/, 'split'],
]
