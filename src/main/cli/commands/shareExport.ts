/**
 * `needle export <project> --format needle --out <copy.needle> [--anonymise …]`: the "Export for
 * sharing" copy from the command line. Before an anonymised copy is written, the names Needle
 * found in the text must be decided on, as in the app's review step: `--mask-detected` replaces
 * them all, `--confirm-names` only those listed; `--list-names` shows them and writes nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { call } from '../../dispatch'
import type { Session } from '../../session'
import { UsageError, type OptionSpec } from '../command'

type Options = Record<string, string | boolean | undefined>

export const sharingExportOptions: Record<string, OptionSpec> = {
  anonymise: {
    type: 'boolean',
    description:
      'needle: replace participants, identifying attribute values, sources and file names, e-mails and phones in the copy (P001, "Company name 3", interview-01.vtt)',
  },
  'mask-detected': { type: 'boolean', description: 'needle --anonymise: also replace every other name found in the text' },
  'confirm-names': {
    type: 'string',
    valueName: '<file|list>',
    description: 'needle --anonymise: replace only these found names (a file with one per line, or a list separated by , or ;)',
  },
  'list-names': {
    type: 'boolean',
    description: 'needle --anonymise: list the names, e-mails and phones found in the text and the identifying attributes; write nothing',
  },
  identifying: {
    type: 'string',
    valueName: '<file|list>',
    description:
      'needle --anonymise: the attributes whose values identify people (a file with one per line, or a list separated by ;); default: names, accounts, companies, e-mails, phones',
  },
}

/** A file of lines, or an inline list. */
function listArg(value: string, separators: RegExp): string[] {
  const path = resolve(process.cwd(), value)
  const text = existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : value
  const split = text === value ? separators : /\r?\n/
  return text
    .split(split)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'))
}

export const sharingExportFormat = {
  description:
    'a compact copy of the project for sharing (one .needle file); with --anonymise, anonymised (see --mask-detected, --confirm-names, --list-names, --identifying)',
  async run(session: Session, out: string, options: Options = {}) {
    const anonymise = Boolean(options.anonymise)
    for (const o of ['mask-detected', 'confirm-names', 'list-names', 'identifying'])
      if (options[o] !== undefined && !anonymise) throw new UsageError(`--${o} goes with --anonymise.`, 'export')
    if (options['mask-detected'] && options['confirm-names'] !== undefined)
      throw new UsageError('Give either --mask-detected or --confirm-names, not both.', 'export')
    const identifyingAttributes = typeof options.identifying === 'string' ? listArg(options.identifying, /;/) : undefined
    if (anonymise) {
      const review = await call(session, 'project.sharingReview', identifyingAttributes ? { identifyingAttributes } : {})
      const names = review.detected.filter((d) => d.kind === 'name')
      if (options['list-names']) {
        const identifying = review.attributes.filter((a) => a.identifying).map((a) => a.name)
        return {
          path: '',
          summary: [
            `Identifying attributes: ${identifying.length ? identifying.join('; ') : '(none)'}`,
            `Found in the text (${review.detected.length}; e-mails and phones are always replaced):`,
            ...review.detected.map((d) => `  ${d.kind}\t${d.text}\t×${d.count}\t${d.context}`),
            'Nothing was written. Choose with --mask-detected or --confirm-names <file|list>.',
          ].join('\n'),
          json: review,
          wrote: false,
        }
      }
      let maskNames: string[] | undefined
      if (typeof options['confirm-names'] === 'string') maskNames = listArg(options['confirm-names'], /[,;]/)
      else if (!options['mask-detected']) {
        if (names.length > 0) {
          throw new UsageError(
            `The text mentions ${names.length} other ${names.length === 1 ? 'name' : 'names'} (e.g. ${names
              .slice(0, 3)
              .map((n) => `"${n.text}"`)
              .join(
                ', ',
              )}) that may identify people. See them with --list-names, then add --mask-detected to replace them all or --confirm-names <file|list> to replace the ones you choose.`,
            'export',
          )
        }
        maskNames = []
      }
      const r = await call(session, 'project.exportForSharing', {
        path: resolve(process.cwd(), out),
        anonymise: true,
        ...(identifyingAttributes ? { identifyingAttributes } : {}),
        ...(maskNames ? { maskNames } : {}),
      })
      const c = r.replaced!
      return {
        path: r.path,
        summary: `anonymised copy (${r.bytes} bytes): replaced ${c.participants} participants, ${c.attributeValues} identifying attribute values, ${c.sources} sources and files, ${c.names} other names, ${c.emails} e-mails, ${c.phones} phone numbers (${c.mentions} replacements in text)`,
        json: r,
      }
    }
    const r = await call(session, 'project.exportForSharing', { path: resolve(process.cwd(), out) })
    return { path: r.path, summary: `copy for sharing (${r.bytes} bytes, not anonymised)`, json: r }
  },
}
