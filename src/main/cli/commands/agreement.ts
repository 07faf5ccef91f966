/** `needle agreement <project> <coderA> <coderB>`: per code, percent agreement and Cohen's kappa between two coders. */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { call } from '../../dispatch'
import type { Command } from '../command'
import { openProjectArg } from './projectArg'

export const agreementCommand: Command = {
  description:
    'Compared character by character (Unicode code points) on the documents both coders coded. ' + 'Without coders, lists who coded what.',
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'coderA', required: false, description: 'a coder name (needle agreement <project> lists them)' },
    { name: 'coderB', required: false, description: 'the other coder' },
  ],
  options: {
    csv: { type: 'string', valueName: '<file>', description: 'Also write the table as CSV' },
    json: {
      type: 'boolean',
      description:
        'Print {"coderA", "coderB", "documentIds", "characters", "codes": [{"codeId", "name", "kind", "charsA", "charsB", "charsBoth", "percentAgreement", "kappa"}]} (or {"coders": [...]})',
    },
  },
  async run(ctx, { args, options }) {
    const session = await openProjectArg(ctx, args.project!)
    if (args.coderA === undefined || args.coderB === undefined) {
      const coders = await call(session, 'coding.coders', {})
      if (options.json) return void ctx.json({ coders })
      if (!coders.length) ctx.out('Nobody has coded in this project yet.')
      for (const c of coders) ctx.out(`${c.name}: ${c.highlights} highlights in ${c.documents} documents`)
      if (args.coderA !== undefined) ctx.note('Name a second coder to compare: needle agreement <project> <coderA> <coderB>')
      return
    }
    const report = await call(session, 'coding.agreement', { coderA: args.coderA, coderB: args.coderB })
    if (typeof options.csv === 'string') writeFileSync(resolve(process.cwd(), options.csv), report.csv)
    if (options.json) {
      const { csv: _csv, ...rest } = report
      return void ctx.json(rest)
    }
    ctx.out(`${report.coderA} vs ${report.coderB}: ${report.documentIds.length} documents, ${report.characters} characters compared`)
    if (!report.codes.length) ctx.out('Neither coder used a code on the documents they share.')
    for (const c of report.codes) {
      const kappa = c.kappa === null ? 'kappa n/a' : `kappa ${c.kappa.toFixed(2)}`
      ctx.out(`  ${c.name} (${c.kind}): ${c.percentAgreement.toFixed(1)}% agreement, ${kappa}`)
    }
  },
}
