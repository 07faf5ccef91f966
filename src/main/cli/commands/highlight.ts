/** `needle highlight <project> edit|delete <id>`: change a highlight's codes and details, or remove it (one undo step each). */
import { call } from '../../dispatch'
import { intOption } from '../args'
import { UsageError, type Command } from '../command'
import { findCode, kindOption } from './codeRef'
import { openProjectArg } from './projectArg'

const ACTIONS = ['edit', 'delete'] as const
type Action = (typeof ACTIONS)[number]

export const highlightCommand: Command = {
  description:
    'Highlight ids are in `needle code --json` and `needle call <project> highlights.list`. ' +
    'edit changes only what is given; an empty value clears it (--memo "", --due "", --severity "").',
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'action', required: true, description: ACTIONS.join(', ') },
    { name: 'id', required: true, description: 'the highlight id' },
  ],
  options: {
    codes: { type: 'string', valueName: '<code,code>', description: 'edit: replace its codes (names or ids, comma-separated)' },
    kind: { type: 'string', valueName: '<kind>', description: 'edit: the kind of the codes named, when two codes share a name' },
    memo: { type: 'string', valueName: '<text>', description: 'edit: its memo' },
    due: { type: 'string', valueName: '<YYYY-MM-DD>', description: 'edit: due date of a deadline' },
    severity: { type: 'string', valueName: '<1-4>', description: 'edit: severity of an emergency' },
    json: { type: 'boolean', description: 'Print the highlight as JSON ({"deleted": id} for delete)' },
  },
  async run(ctx, { args, options }) {
    const action = args.action as Action
    if (!ACTIONS.includes(action)) throw new UsageError(`Unknown action "${action}": use ${ACTIONS.join(', ')}.`, 'highlight')
    const id = intOption('id', 'highlight', args.id, 1, Number.MAX_SAFE_INTEGER)!
    const kind = kindOption(options.kind, 'highlight')
    const severity = options.severity === '' ? null : intOption('severity', 'highlight', options.severity, 1, 4)
    const editing = ['codes', 'memo', 'due', 'severity'].some((o) => options[o] !== undefined)
    if (action !== 'edit' && editing) throw new UsageError(`--codes, --memo, --due and --severity go with edit.`, 'highlight')
    if (action === 'edit' && !editing) throw new UsageError('Say what to change: --codes, --memo, --due or --severity.', 'highlight')
    const session = await openProjectArg(ctx, args.project!)
    if (action === 'delete') {
      await call(session, 'highlights.delete', { id })
      return void (options.json ? ctx.json({ deleted: id }) : ctx.out(`Deleted highlight ${id}.`))
    }
    let codeIds: number[] | undefined
    if (typeof options.codes === 'string') {
      const codes = await call(session, 'codes.list', {})
      codeIds = options.codes
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((ref) => findCode(codes, ref, kind).id)
    }
    const highlight = await call(session, 'highlights.update', {
      id,
      ...(codeIds ? { codeIds } : {}),
      ...(typeof options.memo === 'string' ? { memo: options.memo === '' ? null : options.memo } : {}),
      ...(typeof options.due === 'string' ? { dueDate: options.due === '' ? null : options.due } : {}),
      ...(severity !== undefined ? { severity } : {}),
    })
    if (options.json) return void ctx.json(highlight)
    const codes = highlight.codes.map((c) => c.name).join(', ') || '(no codes)'
    ctx.out(`Highlight ${highlight.id} “${highlight.text}”: ${codes}`)
    if (highlight.memo) ctx.out(`  memo: ${highlight.memo}`)
    if (highlight.dueDate) ctx.out(`  due: ${highlight.dueDate}`)
    if (highlight.severity) ctx.out(`  severity: ${highlight.severity}`)
  },
}
