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
    json: {
      type: 'boolean',
      description:
        'Print {"suggestions": [{"document", "start", "end", "text", "codes": [{"code", "kind", "due", "rule"}]}]}, one per passage',
    },
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
          text: s.text,
          codes: s.codes.map((c) => ({ code: c.code, kind: c.kind, due: c.due, rule: c.rule?.pattern ?? null })),
        })),
        ...(options['accept-all'] ? { accepted } : {}),
      })
      return
    }
    for (const s of pending) {
      const codes = s.codes.map((c) => `${c.kind} "${c.code}"${c.due ? ` due ${c.due}` : ''}`).join(', ')
      ctx.out(`${codes} in #${s.document} [${s.start}-${s.end}]: ${s.text}`)
    }
    ctx.out(
      options['accept-all']
        ? `${accepted} suggestions applied.`
        : `${pending.length} passages suggested: review them in the app, or apply all with --accept-all.`,
    )
  },
}
