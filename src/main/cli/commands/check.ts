import { basename } from 'node:path'
import { call } from '../../dispatch'
import { NeedleError } from '../../../shared/errors'
import type { CliContext, Command } from '../command'
import { oneLine } from '../format'
import { existingFileArg } from './paths'

export const checkCommand: Command = {
  description:
    "Runs the checks of opening (is it a Needle project, from a version this Needle reads) plus SQLite's full " +
    'integrity_check and foreign_key_check, and what a hostile file could carry (triggers, views, a schema that drifted from ' +
    "Needle's, huge values). Read-only: the file, and the folder it is in, are left as they were. " +
    'Exits 1 when a problem is found.',
  positionals: [{ name: 'file', required: true, description: 'the project file' }],
  options: {
    json: { type: 'boolean', description: 'Print the findings as JSON: ok, schemaVersion, needsUpgrade, problems, repairable, backups' },
    repair: {
      type: 'boolean',
      description:
        'Repair broken references and highlights or turns outside their text (what makes opening refuse): lists what would be ' +
        'removed or cleared; with --yes, backs the file up beside it first and then repairs it in one transaction',
    },
    yes: { type: 'boolean', description: 'With --repair: the consent to back up and change the file' },
  },
  async run(ctx, { args, options }) {
    const path = existingFileArg(args.file!)
    if (options.yes && !options.repair)
      throw new NeedleError('invalid_input', '--yes goes with --repair: needle check <file> --repair --yes')
    if (options.repair && options.yes) return repair(ctx, path, Boolean(options.json))
    const report = await call(ctx.session(), 'project.check', { path })
    if (options.repair && !report.ok && report.repairable) {
      if (options.json) ctx.json(report)
      else for (const p of report.problems) ctx.out(`  - ${p}`)
      ctx.note(
        oneLine(
          `${report.path}: ${report.problems.length} problem(s) that repair fixes by removing or clearing the rows listed. ` +
            `Nothing was changed. To back the file up and repair it, run: needle check ${report.path} --repair --yes`,
        ),
      )
      return 1
    }
    if (options.json) ctx.json(report)
    else {
      ctx.out(`${report.path}: ${report.ok ? 'no problems found' : `${report.problems.length} problem(s) found`}`)
      ctx.out(`Schema:  v${report.schemaVersion}${report.needsUpgrade ? ' (opening it will upgrade it, after a backup)' : ''}`)
      ctx.out(`Backups: ${report.backups.length}${report.backups[0] ? `, newest ${basename(report.backups[0])}` : ''}`)
      for (const p of report.problems) ctx.out(`  - ${p}`)
    }
    if (report.ok) return 0
    // A file carrying triggers, views or a drifted schema is not damaged but unsafe: restoring is not the fix.
    if (options.repair) ctx.note(`${report.path} cannot be repaired by Needle: only broken references and spans outside their text can be.`)
    const unsafe = report.problems.filter((p) => /Needle's projects have no|schema drifted|far larger than anything Needle writes/.test(p))
    if (unsafe.length) {
      ctx.note(oneLine(`${report.path} is not safe to open: ${unsafe[0]}${unsafe.length > 1 ? ` (and ${unsafe.length - 1} more)` : ''}.`))
      return 1
    }
    const fix = report.backups.length
      ? `Restore the newest backup with: needle restore ${report.path}`
      : 'There is no backup beside it to restore.'
    ctx.note(
      oneLine(
        `${report.path} is damaged: ${report.problems[0]}${report.problems.length > 1 ? ` (and ${report.problems.length - 1} more)` : ''}. ${fix}`,
      ),
    )
    return 1
  },
}

async function repair(ctx: CliContext, path: string, json: boolean): Promise<number> {
  const done = await call(ctx.session(), 'project.repair', { path, backUpAndRepair: true })
  if (json) ctx.json(done)
  else if (!done.backup) ctx.out(`${done.path}: no problems that need repair; the file was left as it was.`)
  else {
    ctx.out(`${done.path}: repaired (${done.repairs.length} fix${done.repairs.length === 1 ? '' : 'es'})`)
    ctx.out(`Backup:  ${done.backup}`)
    for (const r of done.repairs) ctx.out(`  - ${r}`)
  }
  return 0
}
