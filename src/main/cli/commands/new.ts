import { call } from '../../dispatch'
import type { Command } from '../command'
import { summaryJson } from '../format'
import { projectFileArg } from './paths'

export const newCommand: Command = {
  description: 'Adds the .needle extension when the name has none. Never overwrites an existing file.',
  positionals: [{ name: 'file', required: true, description: 'the project file to create' }],
  options: { json: { type: 'boolean', description: 'Print the new project as JSON (the shape of "needle info --json")' } },
  async run(ctx, { args, options }) {
    const summary = await call(ctx.session(), 'project.create', { path: projectFileArg(args.file!) })
    if (options.json) ctx.json(summaryJson(summary))
    else ctx.out(`Created ${summary.path}`)
  },
}
