import { call } from '../../dispatch'
import type { Command } from '../command'
import { openProjectArg } from './projectArg'

export const codesCommand: Command = {
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: { json: { type: 'boolean', description: 'Print {"codes": [{"name", "kind", "count", "parent"}]}' } },
  async run(ctx, { args, options }) {
    const session = await openProjectArg(ctx, args.project!)
    const codes = await call(session, 'codes.list', {})
    const nameOf = new Map(codes.map((c) => [c.id, c.name]))
    const rows = codes.map((c) => ({
      name: c.name,
      kind: c.kind,
      count: c.count,
      parent: c.parentId ? (nameOf.get(c.parentId) ?? null) : null,
    }))
    if (options.json) {
      ctx.json({ codes: rows })
      return
    }
    const depth = new Map<number, number>()
    for (const c of codes) depth.set(c.id, c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0)
    for (const c of codes) ctx.out(`${'  '.repeat(depth.get(c.id) ?? 0)}${c.name} (${c.kind}): ${c.count}`)
  },
}
