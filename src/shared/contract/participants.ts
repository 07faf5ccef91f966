/**
 * Participants: the people (speakers, respondents, accounts) evidence belongs to. A researcher
 * renames them, marks interviewers (left out of analysis), merges duplicates and splits one label
 * that was two people; mapping a transcript speaker to an existing participant is a merge of the
 * speaker into that person. Each change is one undoable step.
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

/** A participant's documents and turns (the first 2,000), for choosing what a split moves. */
export interface ParticipantTurns {
  documents: { id: number; title: string; source: string; /** assigned to them as a whole */ own: boolean; turns: number }[]
  turns: { id: number; documentId: number; seq: number; text: string; timeStartMs: number | null }[]
}

/**
 * What a participant answered, question by question: closed answers (the attribute columns of
 * their survey or table) and the free text they wrote, with the source it came from.
 */
export interface ParticipantAnswers {
  answers: { question: string; answer: string; kind: 'choice' | 'text'; source: string | null; documentId: number | null }[]
  /** Written answers beyond the ones listed (a customer account may carry thousands of notes). */
  moreTexts: number
}

const ids = z.array(id).max(100_000)

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
  'participants.turns': channel<ParticipantTurns>()(z.object({ id }).strict()),
  'participants.answers': channel<ParticipantAnswers>()(z.object({ id }).strict()),
  /** Moves the chosen turns and documents (with their turns) of `id` to a new participant named `name`; returns the new one. */
  'participants.split': channel<ParticipantRow>()(
    z
      .object({
        id,
        name: z.string().trim().min(1, 'name the new participant').max(200),
        utteranceIds: ids.default([]),
        documentIds: ids.default([]),
      })
      .strict()
      .refine((v) => v.utteranceIds.length + v.documentIds.length > 0, {
        message: 'choose at least one turn or document to move',
        path: ['utteranceIds'],
      }),
  ),
} as const
