/**
 * `needle`: the command line over the same dispatch as the app. bin/needle.mjs loads this
 * file (through tsx) on Node >= 22. Output contract: results on stdout; on failure exactly
 * one line on stderr, exit 1 when Needle refuses (not a project, newer version, damaged...),
 * exit 2 for wrong arguments. Stacks only for internal errors, and only with NEEDLE_DEBUG=1.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { NeedleError } from '../../shared/errors'
import { appRoot } from '../paths'
import type { Session } from '../session'
import { moveLegacyHomeForCli } from '../services/settings/places'
import { parseCommandArgs } from './args'
import { UsageError, type CliContext } from './command'
import { commands } from './commands'
import { oneLine, terminalSafe } from './format'
import { commandHelp, mainHelp } from './help'
import { keepCliHistory } from './history'

const debug = process.env.NEEDLE_DEBUG === '1'

function version(): string {
  try {
    return String(JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')).version)
  } catch {
    return 'unknown'
  }
}

/** The nearest command name to a typo, if it is close enough to be what was meant. */
function suggest(name: string): string | null {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i)
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]
      row[0] = i
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j]
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
        prev = cur
      }
    }
    return row[b.length]
  }
  let best: string | null = null
  let bestDistance = 3
  for (const candidate of Object.keys(commands)) {
    const d = distance(name, candidate)
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best
}

/**
 * The session (and with it the services) is loaded only for a command that runs, not for
 * --help or a usage error, so those answer at about bare Node's start-up time.
 */
async function makeContext(): Promise<CliContext & { dispose(): void }> {
  const [{ Session }, { SettingsStore }] = await Promise.all([import('../session'), import('../services/settings/store')])
  let session: Session | null = null
  const listeners: Array<(event: string, payload: unknown) => void> = []
  return {
    session: () => {
      if (!session) {
        session = new Session('desktop', new SettingsStore(), (event, payload) => listeners.forEach((l) => l(event, payload)))
        // The sample's content loads only for the command that builds it (project.openSample).
        session.buildSample = async (path) => (await import('../sample/content')).buildSampleProject(path)
      }
      return session
    },
    onEvent: (listener) => void listeners.push(listener),
    // Lines may quote the project's files; their control characters are shown, never obeyed.
    out: (line = '') => void process.stdout.write(`${terminalSafe(line)}\n`),
    write: (text) => void process.stdout.write(terminalSafe(text)),
    json: (value) => void process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    note: (line) => void process.stderr.write(`${terminalSafe(line)}\n`),
    // Every run ends with the project closed: checkpointed, no -wal beside it, lock released.
    dispose: () => {
      try {
        if (session) keepCliHistory(session)
      } finally {
        session?.closeProject()
      }
    },
  }
}

/**
 * Ctrl+C in the middle of a command still closes the project (checkpoint, lock released),
 * so an interrupted batch job leaves a file that travels alone and opens without a stale lock.
 * better-sqlite3 is synchronous, so this runs between statements, never inside a transaction.
 */
function closeOnInterrupt(ctx: { dispose(): void }): void {
  const stop = (signal: NodeJS.Signals) => {
    try {
      ctx.dispose()
    } finally {
      process.stderr.write(`needle: interrupted (${signal}); the project was closed.\n`)
      process.exit(130)
    }
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

function fail(line: string): void {
  process.stderr.write(`needle: ${terminalSafe(oneLine(line))}\n`)
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(`${mainHelp(commands)}\n`)
    return 0
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`)
    return 0
  }
  if (name === 'help') return runCli([rest[0], '--help'])
  try {
    // Files from before Needle used the platform's places (settings/places.ts); moved once.
    moveLegacyHomeForCli()
  } catch (err) {
    fail(`could not move files from the old settings folder: ${(err as Error).message}`)
  }

  let ctx: (CliContext & { dispose(): void }) | null = null
  try {
    if (name.startsWith('-')) throw new UsageError(`Unknown option "${name}" (options go after the command).`)
    const entry = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined
    if (!entry) {
      const near = suggest(name)
      throw new UsageError(`Unknown command "${name}".${near ? ` Did you mean "${near}"?` : ''}`)
    }
    const command = await entry.load()
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${commandHelp(name, entry.summary, command)}\n`)
      return 0
    }
    const parsed = parseCommandArgs(name, command, rest)
    ctx = await makeContext()
    if (!command.ownsSignals) closeOnInterrupt(ctx)
    return (await command.run(ctx, parsed)) ?? 0
  } catch (err) {
    if (err instanceof UsageError) {
      fail(`${err.message} Run "needle ${err.command ? `${err.command} ` : ''}--help" for usage.`)
      return 2
    }
    if (err instanceof NeedleError && err.code !== 'internal') {
      fail(err.message)
      return 1
    }
    const message = err instanceof Error ? err.message : String(err)
    fail(`internal error: ${message}${debug ? '' : ' (run with NEEDLE_DEBUG=1 for details)'}`)
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`)
    return 1
  } finally {
    try {
      ctx?.dispose()
    } catch (err) {
      fail(`could not close the project cleanly: ${(err as Error).message}`)
    }
  }
}

/**
 * dispatch() reports unexpected errors with console.error and their stack; on a terminal
 * that would break the one-line contract, so without NEEDLE_DEBUG those reports are
 * dropped (the CLI prints its own one line for the same error).
 */
function quietInternalLogs(): void {
  if (debug) return
  const original = console.error.bind(console)
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('[needle]')) return
    original(...args)
  }
}

quietInternalLogs()
// `needle search … | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})
process.exitCode = await runCli(process.argv.slice(2))
