/**
 * `needle participants <project> list|show|rename|merge|split …`: who is who, from the command
 * line, through the same channels as the app's Participants screen.
 */
import { call } from '../../dispatch'
import type { ParticipantRow } from '../../../shared/contract/participants'
import { UsageError, type Command } from '../command'
import { counted, oneLine, terminalSafe } from '../format'
import { openProjectArg } from './projectArg'

const ACTIONS =
  'list, show <id>, answers <id>, rename <id> <name>, merge <id>... --into <id>, split <id> --name <name> [--turns <ids>] [--documents <ids>]'

function idArg(value: string | undefined, what: string): number {
  if (!value || !/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(
      `${what} must be a participant id (got "${value ?? ''}"); see the ids with: needle participants <project> list.`,
      'participants',
    )
  return Number(value)
}

function idList(value: string | boolean | undefined, option: string): number[] {
  if (value === undefined) return []
  if (typeof value !== 'string' || !/^\d+(?:\s*,\s*\d+)*$/.test(value.trim()))
    throw new UsageError(`--${option} takes ids separated by commas, e.g. --${option} 12,13 (got "${String(value)}").`, 'participants')
  return value.split(',').map((s) => Number(s.trim()))
}

const nameOf = (p: ParticipantRow) => p.displayName ?? p.label
const line = (p: ParticipantRow) =>
  `#${p.id} ${nameOf(p)}${p.displayName ? ` [${p.label}]` : ''}: ${counted(p.documents, 'document')}, ${counted(p.utterances, 'turn')}${p.isInterviewer ? ', interviewer' : ''}`

export const participantsCommand: Command = {
  description:
    `Actions: ${ACTIONS}. The list is in natural order (row 2 before row 10). "answers" prints a respondent's answers, question by question. "show" lists a participant's documents and turns with their ids, to choose what "split" moves to a new participant. ` +
    'Merge keeps the --into participant and moves everything of the others to it. In the app each change is one undoable step.',
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'action', required: true, description: 'list, show, answers, rename, merge or split' },
    { name: 'args', required: false, variadic: true, description: 'ids and names, by action' },
  ],
  options: {
    into: { type: 'string', valueName: '<id>', description: 'merge: the participant to keep' },
    name: { type: 'string', valueName: '<name>', description: 'split: the new participant’s name' },
    turns: { type: 'string', valueName: '<ids>', description: 'split: turn ids to move (from "show"), separated by commas' },
    documents: { type: 'string', valueName: '<ids>', description: 'split: document ids to move with all their turns, separated by commas' },
    json: { type: 'boolean', description: 'Print the result as JSON' },
  },
  async run(ctx, { args, rest, options }) {
    const action = args.action!
    const operands = rest
    const json = Boolean(options.json)
    if (!['list', 'show', 'answers', 'rename', 'merge', 'split'].includes(action))
      throw new UsageError(`Unknown action "${action}": use one of ${ACTIONS}.`, 'participants')
    const session = await openProjectArg(ctx, args.project!)
    const print = (p: ParticipantRow, verb: string) => (json ? ctx.json(p) : ctx.out(`${verb} ${line(p)}`))
    switch (action) {
      case 'list': {
        const people = await call(session, 'participants.list', {})
        if (json) return void ctx.json({ participants: people })
        if (people.length === 0) ctx.out('No participants yet: import transcripts, a survey or feedback first.')
        for (const p of people) ctx.out(line(p))
        return
      }
      case 'show': {
        const id = idArg(operands[0], '<id>')
        const turns = await call(session, 'participants.turns', { id })
        if (json) return void ctx.json(turns)
        for (const d of turns.documents) {
          ctx.out(`document #${d.id} ${d.title} (${d.source})${d.own ? ', theirs as a whole' : ''}: ${d.turns} turns`)
          for (const u of turns.turns.filter((t) => t.documentId === d.id))
            ctx.out(`   turn #${u.id}: ${u.text.replace(/\s+/g, ' ').slice(0, 100)}`)
        }
        return
      }
      case 'answers': {
        const id = idArg(operands[0], '<id>')
        const { answers, moreTexts } = await call(session, 'participants.answers', { id })
        if (json) return void ctx.json({ answers, moreTexts })
        if (answers.length === 0) ctx.out('No answers: this participant has no survey or table values and no written answers.')
        for (const a of answers) ctx.out(`${terminalSafe(oneLine(a.question))}: ${terminalSafe(oneLine(a.answer))}`)
        if (moreTexts > 0) ctx.out(`… and ${counted(moreTexts, 'more written answer')}.`)
        return
      }
      case 'rename': {
        const id = idArg(operands[0], '<id>')
        if (operands.length < 2)
          throw new UsageError(
            'Give the new name: needle participants <project> rename <id> <name> ("" shows the imported label again).',
            'participants',
          )
        return print(await call(session, 'participants.rename', { id, displayName: operands.slice(1).join(' ') }), 'Renamed')
      }
      case 'merge': {
        if (operands.length === 0) throw new UsageError('Give the participants to merge: merge <id>... --into <id>.', 'participants')
        const from = operands.map((o) => idArg(o, '<id>'))
        const into = idArg(typeof options.into === 'string' ? options.into : undefined, '--into')
        return print(await call(session, 'participants.merge', { from, into }), 'Merged into')
      }
      case 'split': {
        const id = idArg(operands[0], '<id>')
        if (typeof options.name !== 'string' || !options.name.trim())
          throw new UsageError('Name the new participant with --name <name>.', 'participants')
        const utteranceIds = idList(options.turns, 'turns')
        const documentIds = idList(options.documents, 'documents')
        if (utteranceIds.length + documentIds.length === 0)
          throw new UsageError('Choose what moves with --turns <ids> and/or --documents <ids> (see them with: show <id>).', 'participants')
        return print(await call(session, 'participants.split', { id, name: options.name, utteranceIds, documentIds }), 'Split off')
      }
    }
  },
}
