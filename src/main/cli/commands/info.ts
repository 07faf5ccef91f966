import { call } from '../../dispatch'
import type { Command } from '../command'
import { summaryJson, summaryText } from '../format'
import { existingFileArg } from './paths'

export const infoCommand: Command = {
  description:
    'Opens the project the way the app does: a project open elsewhere is shown read-only with who holds it, ' +
    'and a project from an older Needle is upgraded after a backup.',
  positionals: [{ name: 'file', required: true, description: 'the project file' }],
  options: {
    json: {
      type: 'boolean',
      description:
        'Print JSON: name, path, schemaVersion, readOnly, lockedBy, language {language, chosen, detected}, the counts as integers, sourceList',
    },
  },
  async run(ctx, { args, options }) {
    const summary = await call(ctx.session(), 'project.open', { path: existingFileArg(args.file!) })
    if (options.json) ctx.json(summaryJson(summary))
    else for (const line of summaryText(summary)) ctx.out(line)
  },
}
