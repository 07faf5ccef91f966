import { existsSync } from 'node:fs'
import { NeedleError } from '../../../shared/errors'
import { startWebServer } from '../../web/server'
import { intOption } from '../args'
import { UsageError, type Command } from '../command'
import { existingFileArg } from './paths'

/** Resolves on the first SIGINT/SIGTERM; a second one ends the process at once (a stuck shutdown). */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    let stopping = false
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) process.exit(130)
      stopping = true
      resolve(signal)
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  })
}

export const serveCommand: Command = {
  description:
    'Prints the address with its launch token and opens it in a browser where one is available. ' +
    'Runs until Ctrl+C (SIGINT) or SIGTERM, then closes the project cleanly.',
  ownsSignals: true,
  positionals: [{ name: 'file', required: false, description: 'the project to open (default: the sample project)' }],
  options: {
    port: { type: 'string', valueName: '<n>', description: 'Port on 127.0.0.1 (default: a free one)' },
    'no-open': { type: 'boolean', description: 'Do not open a browser' },
    'no-project': { type: 'boolean', description: 'Start at the start screen, without opening the sample project' },
    json: { type: 'boolean', description: 'Print {"url","token","port"} as one JSON line instead of text' },
  },
  async run(ctx, { args, options }) {
    const port = intOption('port', 'serve', options.port, 0, 65535)
    const projectPath = args.file ? existingFileArg(args.file) : undefined
    if (projectPath && !existsSync(projectPath)) {
      throw new NeedleError('not_found', `${projectPath} does not exist. Check the path, or create it with "needle new".`)
    }
    const stopped = untilStopped()
    if (projectPath && options['no-project']) throw new UsageError('Give a project file or --no-project, not both.', 'serve')
    const server = await startWebServer({ projectPath, port, openBrowser: !options['no-open'], openSample: !options['no-project'] })
    if (options.json) ctx.json({ url: server.url, token: server.token, port: server.port })
    else {
      ctx.out(
        `Needle (browser edition) is serving ${projectPath ?? (options['no-project'] ? 'its start screen' : 'the sample project')} at:`,
      )
      ctx.out(`  ${server.url}`)
      ctx.note('Press Ctrl+C to stop.')
    }
    await stopped
    await server.close()
    ctx.note('Stopped; the project is closed.')
  },
}
