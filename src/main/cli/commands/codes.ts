/**
 * `needle codes <project>` lists the codebook; `needle codes <project> <action> ...` edits it
 * the way the codebook panel does (rename, move, colour, merge, delete), each one undo step.
 */
import { call } from '../../dispatch'
import type { CodeRow } from '../../../shared/contract/codes'
import type { Session } from '../../session'
import { intOption } from '../args'
import { UsageError, type CliContext, type Command } from '../command'
import { findCode, kindOption } from './codeRef'
import { openProjectArg } from './projectArg'

const ACTIONS = {
  rename: '<code> <new name>',
  move: '<code> <parent>  (or --top)',
  colour: '<code> <#rrggbb>',
  merge: '<code> <into code>',
  delete: '<code>  (--highlights keep-uncoded|delete|move-to-parent)',
} as const
type Action = keyof typeof ACTIONS
const DELETE_MODES = ['keep-uncoded', 'delete', 'move-to-parent'] as const

export const codesCommand: Command = {
  description:
    'A code is named by its id or its name (any case; --kind picks among codes sharing a name). Actions:\n' +
    Object.entries(ACTIONS)
      .map(([a, usage]) => `  needle codes <project> ${a} ${usage}`)
      .join('\n') +
    '\nEach edit is one step of `needle undo`.',
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'action', required: false, description: `${Object.keys(ACTIONS).join(', ')} (none: list the codebook)` },
    { name: 'args', required: false, variadic: true, description: "the action's codes and values" },
  ],
  options: {
    kind: { type: 'string', valueName: '<kind>', description: 'The kind of the code(s) named, when two codes share a name' },
    top: { type: 'boolean', description: 'move: to the top level' },
    index: { type: 'string', valueName: '<n>', description: 'move: position among the new siblings (0 = first; default last)' },
    highlights: {
      type: 'string',
      valueName: '<mode>',
      description: 'delete: keep-uncoded (default: highlights stay, without this code), delete (those with only this code), move-to-parent',
    },
    json: { type: 'boolean', description: 'Print {"codes": [{"id", "name", "kind", "count", "parent"}]}, or the edited code' },
  },
  async run(ctx, { args, rest, options }) {
    const action = args.action
    if (action !== undefined && !Object.prototype.hasOwnProperty.call(ACTIONS, action)) {
      throw new UsageError(`Unknown action "${action}": use ${Object.keys(ACTIONS).join(', ')}.`, 'codes')
    }
    const kind = kindOption(options.kind, 'codes')
    const values = rest
    const session = await openProjectArg(ctx, args.project!)
    if (action === undefined) return list(ctx, await call(session, 'codes.list', {}), Boolean(options.json))
    return edit(ctx, session, action as Action, values, options, kind)
  },
}

function list(ctx: CliContext, codes: CodeRow[], json: boolean): void {
  const nameOf = new Map(codes.map((c) => [c.id, c.name]))
  if (json) {
    ctx.json({
      codes: codes.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        count: c.count,
        parent: c.parentId ? (nameOf.get(c.parentId) ?? null) : null,
      })),
    })
    return
  }
  const depth = new Map<number, number>()
  for (const c of codes) depth.set(c.id, c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0)
  for (const c of codes) ctx.out(`${'  '.repeat(depth.get(c.id) ?? 0)}${c.name} (${c.kind}): ${c.count}`)
}

async function edit(
  ctx: CliContext,
  session: Session,
  action: Action,
  values: string[],
  options: Record<string, string | boolean | undefined>,
  kind: ReturnType<typeof kindOption>,
): Promise<void> {
  const wanted = action === 'move' && options.top ? 1 : action === 'delete' ? 1 : 2
  if (values.length !== wanted) throw new UsageError(`codes ${action} takes ${ACTIONS[action]}.`, 'codes')
  const codes = await call(session, 'codes.list', {})
  const code = findCode(codes, values[0], kind)
  let result: unknown
  let line: string
  switch (action) {
    case 'rename': {
      const row = await call(session, 'codes.update', { id: code.id, name: values[1] })
      ;[result, line] = [row, `Renamed “${code.name}” to “${row.name}”.`]
      break
    }
    case 'colour': {
      const row = await call(session, 'codes.update', { id: code.id, color: values[1] })
      ;[result, line] = [row, `“${row.name}” is now ${row.color}.`]
      break
    }
    case 'move': {
      const parent = options.top ? null : findCode(codes, values[1], undefined)
      const index = intOption('index', 'codes', options.index, 0, 100_000)
      const tree = await call(session, 'codes.move', {
        id: code.id,
        parentId: parent?.id ?? null,
        ...(index !== undefined ? { index } : {}),
      })
      ;[result, line] = [
        tree.find((c) => c.id === code.id),
        `Moved “${code.name}” ${parent ? `under “${parent.name}”` : 'to the top level'}.`,
      ]
      break
    }
    case 'merge': {
      const into = findCode(codes, values[1], undefined)
      const row = await call(session, 'codes.merge', { from: code.id, into: into.id })
      ;[result, line] = [row, `Merged “${code.name}” into “${row.name}” (${row.count} highlights).`]
      break
    }
    case 'delete': {
      const mode = (options.highlights as string | undefined) ?? 'keep-uncoded'
      if (!DELETE_MODES.includes(mode as (typeof DELETE_MODES)[number]))
        throw new UsageError(`--highlights must be one of ${DELETE_MODES.join(', ')} (got "${mode}").`, 'codes')
      const r = await call(session, 'codes.delete', { id: code.id, highlights: mode })
      ;[result, line] = [r, `Deleted “${code.name}”: ${r.deletedHighlights} highlights deleted, ${r.keptHighlights} kept.`]
      break
    }
  }
  if (options.json) ctx.json(result)
  else ctx.out(line)
}
