import { existsSync } from 'node:fs'
import { NeedleError } from '../../../shared/errors'
import { call } from '../../dispatch'
import { buildSampleProject } from '../../sample/content'
import type { Command } from '../command'
import { summaryJson, summaryText } from '../format'
import { projectFileArg } from './paths'

export const demoCommand: Command = {
  description:
    'Builds the sample project from the source files shipped with Needle, through the same importers a researcher uses. ' +
    'Never overwrites an existing file.',
  positionals: [{ name: 'file', required: true, description: 'the project file to write' }],
  options: { json: { type: 'boolean', description: 'Print the result as JSON (the shape of "needle info --json")' } },
  async run(ctx, { args, options }) {
    const path = projectFileArg(args.file!)
    if (existsSync(path)) {
      throw new NeedleError('already_exists', `${path} already exists. Choose another name: needle demo never overwrites a file.`)
    }
    await buildSampleProject(path)
    const summary = await call(ctx.session(), 'project.open', { path })
    if (options.json) ctx.json(summaryJson(summary))
    else {
      ctx.out(`Wrote the sample project to ${summary.path}`)
      for (const line of summaryText(summary)) ctx.out(line)
    }
  },
}
