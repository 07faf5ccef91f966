import { call } from '../../dispatch'
import { UsageError, type Command } from '../command'
import { openProjectArg } from './projectArg'

export const timelineCommand: Command = {
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    participant: { type: 'string', valueName: '<id>', description: 'The participant: their id as imported (e.g. C0042)' },
    json: { type: 'boolean', description: 'Print {"events": [{"at", "type", "label", "channel", "text", "source", "codes"}]}' },
  },
  async run(ctx, { args, options }) {
    if (typeof options.participant !== 'string' || !options.participant.trim())
      throw new UsageError('Missing --participant <id>: whose timeline to show.', 'timeline')
    const session = await openProjectArg(ctx, args.project!)
    const t = await call(session, 'timeline.get', { participant: options.participant })
    if (options.json) {
      ctx.json({
        events: t.events.map(({ at, type, label, channel, text, source, codes }) => ({ at, type, label, channel, text, source, codes })),
      })
      return
    }
    ctx.out(`${t.participant.name} (${t.participant.label}): ${t.events.length} entries`)
    for (const e of t.events) {
      const extra = [e.channel, e.codes.length ? `codes: ${e.codes.join(', ')}` : null].filter(Boolean).join('; ')
      const text = e.text ? ` — ${e.text.replace(/\s+/g, ' ').slice(0, 100)}` : ''
      ctx.out(`${e.at ?? 'undated'}  ${e.label}${extra ? ` [${extra}]` : ''}${text}`)
    }
  },
}
