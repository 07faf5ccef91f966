/**
 * What a CLI command is. Each command lives in its own file under commands/ and is listed,
 * with its summary, in commands/index.ts; main.ts parses its arguments from the declaration here, so a new
 * command is one file and one line, and its --help comes for free.
 */
import type { Session } from '../session'

export interface OptionSpec {
  type: 'boolean' | 'string'
  short?: string
  /** Shown after the option in --help; for string options, name the value: '<n>'. */
  valueName?: string
  description: string
}

export interface PositionalSpec {
  name: string
  required: boolean
  description: string
  /** The last positional may take one or more values (`needle import <project> <file>...`); they go to ParsedArgs.rest. */
  variadic?: boolean
}

export interface ParsedArgs {
  /** Positionals by name, as declared. */
  args: Record<string, string | undefined>
  /** Every value of a variadic last positional, in order (its first value is also in args). */
  rest: string[]
  options: Record<string, string | boolean | undefined>
}

export interface CliContext {
  /** One session per run, created on first use and closed when the command ends. */
  session(): Session
  /** A line on stdout. */
  out(line?: string): void
  /** Text on stdout as it is, no newline added (for output streamed in pieces). */
  write(text: string): void
  /** A value as JSON on stdout (one document per command). */
  json(value: unknown): void
  /** A note on stderr that is not a failure (progress, hints). */
  note(line: string): void
  /** Listen to the session's events (import progress...) while the command runs. */
  onEvent(listener: (event: string, payload: unknown) => void): void
}

/** A command as commands/index.ts lists it: its one line for the list, and its module, loaded on use. */
export interface CommandEntry {
  /** One line for the command list (and the top of the command's --help). */
  summary: string
  load(): Promise<Command>
}

export interface Command {
  /** Longer text for `needle <cmd> --help`. */
  description?: string
  positionals: PositionalSpec[]
  options: Record<string, OptionSpec>
  /** Set by commands that run until stopped (serve): they handle SIGINT/SIGTERM themselves. */
  ownsSignals?: boolean
  /** Returns the exit code (0 when omitted). */
  run(ctx: CliContext, parsed: ParsedArgs): Promise<number | void>
}

/** Bad arguments: the message is printed with a pointer to the command's --help (exit 2). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}
