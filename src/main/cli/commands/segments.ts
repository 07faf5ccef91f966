import { call } from '../../dispatch'
import type { Command } from '../command'
import { openProjectArg } from './projectArg'

export const segmentsCommand: Command = {
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    json: {
      type: 'boolean',
      description: 'Print {"segments": [{"id", "name", "method", "runId", "size", "share", "stability", "badge"}]}',
    },
  },
  async run(ctx, { args, options }) {
    const session = await openProjectArg(ctx, args.project!)
    const segments = await call(session, 'segments.list', {})
    if (options.json) {
      ctx.json({
        segments: segments.map(({ id, name, method, runId, size, share, stability, badge }) => ({
          id,
          name,
          method,
          runId,
          size,
          share,
          stability,
          badge,
        })),
      })
      return
    }
    if (!segments.length) ctx.out('No segments yet. Build them with: needle segment <project>')
    for (const s of segments) {
      const stability = s.stability === null ? '' : `, stability ${s.stability.toFixed(2)} (${s.badge})`
      ctx.out(`#${s.id} ${s.name} [${s.method}]: ${s.size} (${Math.round(s.share * 100)}%)${stability}`)
    }
  },
}
