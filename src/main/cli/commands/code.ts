import { call } from '../../dispatch'
import { CODE_KINDS, type CodeKind } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'
import { intOption } from '../args'
import { UsageError, type Command } from '../command'
import { openProjectArg } from './projectArg'

export const codeCommand: Command = {
  description:
    'Offsets are UTF-16 code units in the document text, end exclusive (the offsets `needle search --json` prints). ' +
    'A deadline code gets its due date parsed from the text unless --due is given.',
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    document: { type: 'string', valueName: '<id>', description: 'Document id (required)' },
    start: { type: 'string', valueName: '<offset>', description: 'Start offset (required)' },
    end: { type: 'string', valueName: '<offset>', description: 'End offset, exclusive (required)' },
    code: { type: 'string', valueName: '<name>', description: 'Code name (required)' },
    kind: {
      type: 'string',
      valueName: `<${CODE_KINDS.join('|')}>`,
      description: 'Code kind: picks among codes of the same name, and creates the code if missing',
    },
    coder: { type: 'string', valueName: '<name>', description: 'Who is coding (default: your Needle coder name)' },
    due: { type: 'string', valueName: '<YYYY-MM-DD>', description: 'Due date of a deadline' },
    severity: { type: 'string', valueName: '<1-4>', description: 'Severity of an emergency' },
    memo: { type: 'string', valueName: '<text>', description: 'A memo on the highlight' },
    json: { type: 'boolean', description: 'Print the highlight as JSON' },
  },
  async run(ctx, { args, options }) {
    for (const required of ['document', 'start', 'end', 'code']) {
      if (options[required] === undefined) throw new UsageError(`--${required} is required.`, 'code')
    }
    const kind = options.kind as string | undefined
    if (kind !== undefined && !CODE_KINDS.includes(kind as CodeKind))
      throw new UsageError(`--kind must be one of ${CODE_KINDS.join(', ')}.`, 'code')
    const documentId = intOption('document', 'code', options.document, 1, Number.MAX_SAFE_INTEGER)!
    const start = intOption('start', 'code', options.start, 0, Number.MAX_SAFE_INTEGER)!
    const end = intOption('end', 'code', options.end, 0, Number.MAX_SAFE_INTEGER)!
    const severity = intOption('severity', 'code', options.severity, 1, 4)
    const session = await openProjectArg(ctx, args.project!)
    if (typeof options.coder === 'string') session.coderName = options.coder
    const name = String(options.code)
    const codes = await call(session, 'codes.list', {})
    const matches = codes.filter((c) => c.name.toLowerCase() === name.toLowerCase() && (!kind || c.kind === kind))
    if (matches.length > 1) {
      throw new NeedleError(
        'invalid_input',
        `There are ${matches.length} codes named "${name}" (${matches.map((c) => c.kind).join(', ')}). Add --kind to choose one.`,
      )
    }
    let codeId = matches[0]?.id
    if (codeId === undefined) {
      if (!kind)
        throw new NeedleError(
          'not_found',
          `There is no code named "${name}". Add --kind <kind> to create it, or run "needle codes" to see the codebook.`,
        )
      codeId = (await call(session, 'codes.create', { name, kind })).id
    }
    const highlight = await call(session, 'highlights.create', {
      documentId,
      start,
      end,
      codeIds: [codeId],
      ...(typeof options.due === 'string' ? { dueDate: options.due } : {}),
      ...(severity !== undefined ? { severity } : {}),
      ...(typeof options.memo === 'string' ? { memo: options.memo } : {}),
    })
    if (options.json) ctx.json(highlight)
    else
      ctx.out(
        `Coded "${highlight.text}" as ${highlight.codes.map((c) => c.name).join(', ')}${highlight.dueDate ? ` (due ${highlight.dueDate})` : ''}, highlight ${highlight.id}.`,
      )
  },
}
