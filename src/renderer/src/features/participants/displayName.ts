import type { ParticipantRow } from '../../../../shared/contract/participants'

/** The name a researcher sees: theirs if they gave one, else the label as imported. */
export function displayName(p: ParticipantRow): string {
  return p.displayName || p.label
}
