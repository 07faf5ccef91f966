/** `needle memo <project> [list|add|edit|delete]`: memos on the project, documents, codes, participants and highlights. */
import { call } from '../../dispatch'
import { MEMO_TARGETS, type Memo, type MemoTarget } from '../../../shared/contract/codes'
import { NeedleError } from '../../../shared/errors'
import { intOption } from '../args'
import { UsageError, type Command } from '../command'
import { openProjectArg } from './projectArg'

const ACTIONS = ['list', 'add', 'edit', 'delete'] as const
type Action = (typeof ACTIONS)[number]
const USAGE: Record<Action, string> = {
  list: '',
  add: '<text>',
  edit: '<memo id> <text>',
  delete: '<memo id>',
}

function line(m: Memo): string {
  const target = m.targetKind === 'project' ? 'project' : `${m.targetKind} ${m.targetId}`
  return `#${m.id} [${target}] ${m.text.replace(/\s+/g, ' ')}${m.coder ? ` (${m.coder})` : ''}`
}

export const memoCommand: Command = {
  description: ACTIONS.map((a) => `  needle memo <project> ${a} ${USAGE[a]}`).join('\n'),
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'action', required: false, description: `${ACTIONS.join(', ')} (default list)` },
    { name: 'args', required: false, variadic: true, description: 'the memo id and/or text' },
  ],
  options: {
    on: { type: 'string', valueName: `<${MEMO_TARGETS.join('|')}>`, description: 'add/list: what the memo is about (default project)' },
    id: { type: 'string', valueName: '<id>', description: 'add/list: the id of that document, code, participant or highlight' },
    coder: { type: 'string', valueName: '<name>', description: 'Who writes (default: your Needle coder name)' },
    json: {
      type: 'boolean',
      description: 'Print {"memos": [{"id", "targetKind", "targetId", "text", "coder", "createdAt", "updatedAt"}]} or the memo',
    },
  },
  async run(ctx, { args, rest, options }) {
    const action = (args.action ?? 'list') as Action
    if (!ACTIONS.includes(action)) throw new UsageError(`Unknown action "${action}": use ${ACTIONS.join(', ')}.`, 'memo')
    const wanted = { list: 0, add: 1, edit: 2, delete: 1 }[action]
    if (rest.length !== wanted) throw new UsageError(`memo ${action} takes ${USAGE[action] || 'no arguments'}.`, 'memo')
    const on = options.on as string | undefined
    if (on !== undefined && !MEMO_TARGETS.includes(on as MemoTarget))
      throw new UsageError(`--on must be one of ${MEMO_TARGETS.join(', ')} (got "${on}").`, 'memo')
    const targetId = intOption('id', 'memo', options.id, 1, Number.MAX_SAFE_INTEGER)
    const memoId = action === 'edit' || action === 'delete' ? intOption('memo id', 'memo', rest[0], 1, Number.MAX_SAFE_INTEGER)! : 0
    const session = await openProjectArg(ctx, args.project!)
    if (typeof options.coder === 'string') session.coderName = options.coder

    const existing = async () => {
      const memo = (await call(session, 'memos.list', {})).find((m) => m.id === memoId)
      if (!memo) throw new NeedleError('not_found', `There is no memo ${memoId} (needle memo <project> lists them).`)
      return memo
    }
    switch (action) {
      case 'list': {
        const memos = await call(session, 'memos.list', {
          ...(on ? { targetKind: on } : {}),
          ...(targetId !== undefined ? { targetId } : {}),
        })
        if (options.json) return void ctx.json({ memos })
        if (!memos.length) ctx.out('No memos.')
        for (const m of memos) ctx.out(line(m))
        return
      }
      case 'add': {
        const memo = await call(session, 'memos.save', { targetKind: on ?? 'project', targetId: targetId ?? null, text: rest[0] })
        return void (options.json ? ctx.json(memo) : ctx.out(`Added memo ${memo.id}.`))
      }
      case 'edit': {
        const current = await existing()
        const memo = await call(session, 'memos.save', {
          id: memoId,
          targetKind: current.targetKind,
          targetId: current.targetId,
          text: rest[1],
        })
        return void (options.json ? ctx.json(memo) : ctx.out(`Saved memo ${memo.id}.`))
      }
      case 'delete': {
        await existing()
        await call(session, 'memos.delete', { id: memoId })
        return void (options.json ? ctx.json({ deleted: memoId }) : ctx.out(`Deleted memo ${memoId}.`))
      }
    }
  },
}
