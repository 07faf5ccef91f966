import { call } from '../../dispatch'
import type { Suggestion } from '../../../shared/contract/autocode'
import type { Command } from '../command'
import { openProjectArg } from './projectArg'

const PAGE = 5000

export const autocodeCommand: Command = {
  description: 'A project without rules gets the English and Arabic starter lexicons for deadlines, emergencies and needs.',
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    'accept-all': { type: 'boolean', description: 'Apply every pending suggestion as a highlight' },
    json: { type: 'boolean', description: 'Print {"suggestions": [{"document", "start", "end", "code", "kind", "text", "due"}]}' },
  },
  async run(ctx, { args, options }) {
    const session = await openProjectArg(ctx, args.project!)
    await call(session, 'autocode.run', {})
    const pending: Suggestion[] = []
    for (let offset = 0; ; offset += PAGE) {
      const page = await call(session, 'autocode.list', { status: 'pending', limit: PAGE, offset })
      pending.push(...page.suggestions)
      if (pending.length >= page.total || page.suggestions.length === 0) break
    }
    const accepted = options['accept-all'] && pending.length > 0 ? (await call(session, 'autocode.accept', { all: true })).accepted : 0
    if (options.json) {
      ctx.json({
        suggestions: pending.map((s) => ({
          document: s.document,
          start: s.start,
          end: s.end,
          code: s.code,
          kind: s.kind,
          text: s.text,
          due: s.due,
        })),
        ...(options['accept-all'] ? { accepted } : {}),
      })
      return
    }
    for (const s of pending)
      ctx.out(`${s.kind} "${s.code}" in #${s.document} [${s.start}-${s.end}]${s.due ? ` due ${s.due}` : ''}: ${s.text}`)
    ctx.out(
      options['accept-all']
        ? `${accepted} suggestions applied.`
        : `${pending.length} suggestions pending: review them in the app, or apply all with --accept-all.`,
    )
  },
}
