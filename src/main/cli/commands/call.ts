/**
 * `needle call <project> <command> --input <json>`: any command of the contract, for scripts and
 * CI, so a job the app can do is never out of the command line's reach even before it has a
 * named command. The input is checked against the command's own schema before it runs.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { contract, isChannel, type Channel } from '../../../shared/contract'
import { call } from '../../dispatch'
import { UsageError, type Command } from '../command'
import { openProjectArg } from './projectArg'

/** Channels that make no sense from a terminal: they open other projects or native dialogs in the caller's place. */
const NOT_FROM_CLI = new Set<Channel>(['dialog.pick', 'project.open', 'project.create', 'project.openSample', 'project.close'])

interface InputField {
  name: string
  required: boolean
}

function fieldsOf(schema: z.ZodType): InputField[] {
  if (!(schema instanceof z.ZodObject)) return []
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    required: !field.safeParse(undefined).success,
  }))
}

/** The top-level fields a command takes, read from its schema: one list per accepted shape (most commands have one). */
export function inputShapes(channel: Channel): InputField[][] {
  const schema = contract[channel].input as z.ZodType
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).map(fieldsOf)
  return [fieldsOf(schema)]
}

export function cliChannels(): Channel[] {
  return (Object.keys(contract) as Channel[]).filter((c) => !NOT_FROM_CLI.has(c)).sort()
}

function signature(channel: Channel): string {
  return inputShapes(channel)
    .map((fields) => `{${fields.map((f) => `${f.name}${f.required ? '' : '?'}`).join(', ')}}`)
    .join(' | ')
}

/** `--input '{"id": 3}'`, or `--input @file.json` for inputs too long for a command line. */
function readInput(raw: string | undefined): unknown {
  if (raw === undefined) return {}
  let text = raw
  if (raw.startsWith('@')) {
    const path = resolve(process.cwd(), raw.slice(1))
    try {
      text = readFileSync(path, 'utf8')
    } catch (err) {
      throw new UsageError(`--input ${raw}: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'}).`, 'call')
    }
  }
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new UsageError(`--input is not valid JSON: ${(err as Error).message}.`, 'call')
  }
}

/** Plain text for a person: one line per item or field; nested values as compact JSON. */
function plain(value: unknown): string[] {
  if (value === null || value === undefined) return ['Done.']
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))) : ['(none)']
  if (typeof value === 'object')
    return Object.entries(value).map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
  return [String(value)]
}

export const callCommand: Command = {
  description:
    "Every job the app does goes through one of these commands. The input is validated by the command's schema " +
    '(the fields --list shows; "?" marks optional ones). Example: needle call p.needle codes.update --input \'{"id": 3, "name": "Speed"}\'',
  positionals: [
    { name: 'project', required: false, description: 'the project file' },
    { name: 'command', required: false, description: 'a command name from --list, e.g. memos.save' },
  ],
  options: {
    input: { type: 'string', valueName: '<json|@file>', description: "The command's input as JSON, or @path to a JSON file (default {})" },
    list: { type: 'boolean', description: 'List the commands and their input fields' },
    json: {
      type: 'boolean',
      description:
        'Print the result as JSON (with --list: {"commands": [{"name", "inputs": [[{"name", "required"}]]}]}, one list per accepted shape)',
    },
  },
  async run(ctx, { args, options }) {
    if (options.list) {
      if (args.project !== undefined) throw new UsageError('--list takes no project or command.', 'call')
      const channels = cliChannels()
      if (options.json) return void ctx.json({ commands: channels.map((name) => ({ name, inputs: inputShapes(name) })) })
      const width = Math.max(...channels.map((c) => c.length))
      for (const c of channels) ctx.out(`${c.padEnd(width)}  ${signature(c)}`)
      return
    }
    if (args.project === undefined) throw new UsageError('Missing <project>: the project file.', 'call')
    const name = args.command
    if (name === undefined) throw new UsageError('Missing <command>: a command name (needle call --list names them).', 'call')
    if (!isChannel(name) || NOT_FROM_CLI.has(name)) {
      throw new UsageError(`Unknown command "${name}" (needle call --list names them).`, 'call')
    }
    const input = readInput(options.input as string | undefined)
    // A wrong input is a wrong argument (exit 2), told in the schema's words before the project is touched.
    const parsed = contract[name].input.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : ''
      throw new UsageError(`Invalid input for ${name}${where}: ${issue?.message ?? 'rejected'}. Fields: ${signature(name)}.`, 'call')
    }
    const session = await openProjectArg(ctx, args.project)
    const value = await call(session, name, input)
    if (options.json) ctx.json(value ?? null)
    else for (const line of plain(value)) ctx.out(line)
  },
}
