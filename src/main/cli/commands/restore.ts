import { readdirSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { call } from '../../dispatch'
import type { Command } from '../command'
import { summaryJson, summaryText } from '../format'
import { existingFileArg } from './paths'

/** The file the restore moved aside (the newest `<name>.damaged-*.needle` beside the project). */
function keptAside(path: string): string | null {
  const prefix = `${basename(path).replace(/\.needle$/i, '')}.damaged-`
  const dir = dirname(path)
  const found = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.needle'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs || b.localeCompare(a))
  return found[0] ?? null
}

export const restoreCommand: Command = {
  description:
    'Backups are in <file>.backups/ beside the project. The file that is replaced is kept beside it as ' +
    '<name>.damaged-<time>.needle, never deleted. Refused while someone else has the project open.',
  positionals: [{ name: 'file', required: true, description: 'the project file to restore' }],
  options: { json: { type: 'boolean', description: 'Print the restored project as JSON (the shape of "needle info --json")' } },
  async run(ctx, { args, options }) {
    const path = existingFileArg(args.file!)
    const summary = await call(ctx.session(), 'project.restoreBackup', { path })
    const aside = keptAside(path)
    if (options.json) ctx.json({ ...summaryJson(summary), damagedKeptAt: aside })
    else {
      ctx.out(`Restored ${summary.path} from its newest backup.${aside ? ` The file it replaced is kept as ${aside}.` : ''}`)
      for (const line of summaryText(summary)) ctx.out(line)
    }
  },
}
