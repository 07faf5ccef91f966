/** Turns argv into a command's declared positionals and options (node:util parseArgs, strict). */
import { parseArgs } from 'node:util'
import { UsageError, type Command, type ParsedArgs } from './command'

export function parseCommandArgs(name: string, command: Command, argv: string[]): ParsedArgs {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = {}
  for (const [key, spec] of Object.entries(command.options))
    options[key] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    // parseArgs' messages are precise ("Unknown option '--jsn'") but mention internals; keep the first sentence.
    const message = String((err as Error).message)
      .split('. ')[0]
      .replace(/\s+/g, ' ')
      .replace(/\.?$/, '.')
    throw new UsageError(message, name)
  }
  const { positionals, values } = parsed
  const declared = command.positionals
  const variadic = declared.at(-1)?.variadic === true
  if (!variadic && positionals.length > declared.length) {
    throw new UsageError(`Unexpected argument "${positionals[declared.length]}".`, name)
  }
  const args: ParsedArgs['args'] = {}
  declared.forEach((p, i) => {
    const value = positionals[i]
    if (value === undefined && p.required) throw new UsageError(`Missing <${p.name}>: ${p.description}.`, name)
    if (value !== undefined && value.trim() === '') throw new UsageError(`<${p.name}> is empty.`, name)
    args[p.name] = value
  })
  const rest = variadic ? positionals.slice(declared.length - 1) : []
  return { args, rest, options: values as ParsedArgs['options'] }
}

/** `--port 8080` as an integer in range, or a usage error naming the option. */
export function intOption(name: string, command: string, raw: string | boolean | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined
  const text = String(raw)
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${text}").`, command)
  }
  return Number(text)
}
