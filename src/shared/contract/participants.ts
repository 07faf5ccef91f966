/**
 * Participants: the people (speakers, respondents, accounts) evidence belongs to. A researcher
 * renames them, marks interviewers (left out of analysis), and merges duplicates; mapping a
 * transcript speaker to an existing participant is a merge of the speaker into that person.
 */
import { z } from 'zod'
import { channel } from './channel'

const id = z.number().int().positive()

export interface ParticipantRow {
  id: number
  /** As imported: speaker name, respondent id or account id. */
  label: string
  /** The researcher's name for them, or null to show the label. */
  displayName: string | null
  isInterviewer: boolean
  documents: number
  utterances: number
  attributes: Record<string, string | null>
}

export const participantChannels = {
  'participants.list': channel<ParticipantRow[]>()(z.object({}).strict()),
  /** Sets the display name; an empty name shows the imported label again. */
  'participants.rename': channel<ParticipantRow>()(z.object({ id, displayName: z.string().trim().max(200) }).strict()),
  /** Moves everything of `from` to `into` in one transaction and removes `from`. */
  'participants.merge': channel<ParticipantRow>()(
    z
      .object({ from: z.array(id).min(1, 'choose at least one participant to merge').max(1000), into: id })
      .strict()
      .refine((v) => !v.from.includes(v.into), { message: 'a participant cannot be merged into itself', path: ['from'] }),
  ),
  'participants.setInterviewer': channel<ParticipantRow>()(z.object({ id, interviewer: z.boolean() }).strict()),
} as const
