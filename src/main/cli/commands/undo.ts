/**
 * `needle undo <project>` and `needle redo <project>`: step back or forward through the coding
 * actions earlier `needle` runs made on this project (codebook edits, highlights, rule changes...).
 * The CLI keeps that history between runs (see ../history.ts).
 */
import { call } from '../../dispatch'
import type { Command } from '../command'
import { openProjectArg } from './projectArg'

function historyCommand(direction: 'undo' | 'redo'): Command {
  const done = direction === 'undo' ? 'Undid' : 'Redid'
  return {
    description:
      'The history holds the coding actions of earlier needle runs on this file (codes, highlights, memos on highlights, ' +
      'autocode, personas; not memos or segments), newest last. A step whose rows were changed since by anything else (the app, a merge, an import) is refused.',
    positionals: [{ name: 'project', required: true, description: 'the project file' }],
    options: {
      list: { type: 'boolean', description: 'Only show what undo and redo would do next' },
      json: { type: 'boolean', description: 'Print {"undone"|"redone": label, "canUndo", "canRedo", "undoLabel", "redoLabel"}' },
    },
    async run(ctx, { args, options }) {
      const session = await openProjectArg(ctx, args.project!)
      if (options.list) {
        const state = await call(session, 'undo.state', {})
        if (options.json) return void ctx.json(state)
        ctx.out(`Undo: ${state.undoLabel ?? '(nothing)'}`)
        ctx.out(`Redo: ${state.redoLabel ?? '(nothing)'}`)
        return
      }
      const before = await call(session, 'undo.state', {})
      const label = direction === 'undo' ? before.undoLabel : before.redoLabel
      const state = await call(session, direction === 'undo' ? 'undo.undo' : 'undo.redo', {})
      if (options.json) return void ctx.json({ [direction === 'undo' ? 'undone' : 'redone']: label, ...state })
      ctx.out(`${done}: ${label}.`)
      const next = direction === 'undo' ? state.undoLabel : state.redoLabel
      if (next) ctx.note(`Next ${direction}: ${next}.`)
    },
  }
}

export const undoCommand = historyCommand('undo')
export const redoCommand = historyCommand('redo')
