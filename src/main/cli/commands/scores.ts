/** `needle scores <project>`: each participant's 3D score (fit, engagement, lifecycle stage), the three parts side by side. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { call } from '../../dispatch'
import { scoreSettingsSchema } from '../../../shared/contract/segments'
import { UsageError, type Command } from '../command'
import { openProjectArg } from './projectArg'

export const scoresCommand: Command = {
  description:
    'Shows the scores of the saved settings (those set in the app or by an earlier --settings). ' +
    '--settings computes with new settings and saves them, as the app does: ' +
    '{"fitWeights": [{"attribute", "value"?, "weight"}], "engagementHalfLifeDays"?: 90, "lifecycleAttribute"?, "asOf"?: "YYYY-MM-DD"}.',
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    settings: { type: 'string', valueName: '<json|@file>', description: 'Compute with these settings and save them' },
    json: {
      type: 'boolean',
      description:
        'Print {"settings", "asOf", "lifecycleAttribute", "rows": [{"participantId", "label", "name", "fit", "engagement", "interactions", "lastInteraction", "lifecycle"}]}',
    },
  },
  async run(ctx, { args, options }) {
    let settings: unknown
    if (typeof options.settings === 'string') {
      const raw = options.settings
      let text = raw
      try {
        text = raw.startsWith('@') ? readFileSync(resolve(process.cwd(), raw.slice(1)), 'utf8') : raw
        settings = JSON.parse(text)
      } catch (err) {
        throw new UsageError(`--settings: ${(err as Error).message}.`, 'scores')
      }
      const parsed = scoreSettingsSchema.safeParse(settings)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new UsageError(`--settings${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message}.`, 'scores')
      }
    }
    const session = await openProjectArg(ctx, args.project!)
    const table = settings === undefined ? await call(session, 'scores.get', {}) : await call(session, 'scores.compute', settings)
    if (options.json) return void ctx.json(table)
    if (!table) {
      ctx.out('No scores yet. Compute them with: needle scores <project> --settings \'{"fitWeights": []}\'')
      return
    }
    ctx.out(`As of ${table.asOf ?? 'today'}; lifecycle from ${table.lifecycleAttribute ?? '(no attribute)'}`)
    for (const r of table.rows) {
      ctx.out(
        `${r.label}${r.name && r.name !== r.label ? ` (${r.name})` : ''}: fit ${r.fit.toFixed(0)}, engagement ${r.engagement.toFixed(0)} ` +
          `(${r.interactions} interactions${r.lastInteraction ? `, last ${r.lastInteraction}` : ''}), lifecycle ${r.lifecycle ?? '-'}`,
      )
    }
  },
}
