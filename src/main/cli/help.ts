/** The text of `needle --help` and `needle <cmd> --help`, made from the command declarations. */
import type { Command, CommandEntry } from './command'

export function usageLine(name: string, command: Command): string {
  const parts = [`needle ${name}`]
  for (const p of command.positionals) {
    const one = `<${p.name}>${p.variadic ? '...' : ''}`
    parts.push(p.required ? one : `[${one}]`)
  }
  for (const [key, o] of Object.entries(command.options))
    parts.push(o.type === 'string' ? `[--${key} ${o.valueName ?? '<value>'}]` : `[--${key}]`)
  return parts.join(' ')
}

function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`)
}

export function commandHelp(name: string, summary: string, command: Command): string {
  const lines = [`Usage: ${usageLine(name, command)}`, '', summary]
  if (command.description) lines.push('', command.description)
  if (command.positionals.length) {
    lines.push('', 'Arguments:', ...table(command.positionals.map((p) => [`<${p.name}>`, p.description])))
  }
  const options: Array<[string, string]> = Object.entries(command.options).map(([key, o]) => [
    `${o.short ? `-${o.short}, ` : ''}--${key}${o.type === 'string' ? ` ${o.valueName ?? '<value>'}` : ''}`,
    o.description,
  ])
  options.push(['-h, --help', 'Show this help'])
  lines.push('', 'Options:', ...table(options))
  return lines.join('\n')
}

export function mainHelp(commands: Record<string, CommandEntry>): string {
  return [
    'Needle: an offline workbench for persona research.',
    '',
    'Usage: needle <command> [arguments] [options]',
    '',
    'Commands:',
    ...table(Object.entries(commands).map(([name, c]) => [name, c.summary])),
    '',
    'Run "needle <command> --help" for its arguments and options.',
    '',
    'Exit status: 0 on success, 1 when Needle refuses or a check fails, 2 for wrong arguments.',
    'Environment: NEEDLE_HOME (settings, and the sample project in its projects folder; default: the',
    "             system's app-settings folder, and Documents/Needle for projects),",
    '             NEEDLE_DEBUG=1 (print the stack of an internal error).',
  ].join('\n')
}
