import { call } from '../../dispatch'
import { UsageError, type Command } from '../command'
import { openProjectArg } from './projectArg'

/** `needle date`: the interview dates relative deadlines resolve against, listed or set (as the reader's date field does). */
export const dateCommand: Command = {
  description:
    'Without a document: lists every interview with its date. With a document id and YYYY-MM-DD: sets that interview\'s date; "none" clears it.',
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'document', required: false, description: 'the document id (from the list)' },
    { name: 'date', required: false, description: 'YYYY-MM-DD, or none' },
  ],
  options: { json: { type: 'boolean', description: 'Print {"documents": [{"id", "source", "title", "date"}]}' } },
  async run(ctx, { args, options }) {
    const session = await openProjectArg(ctx, args.project!)
    if (args.document !== undefined) {
      const id = Number(args.document)
      if (!Number.isInteger(id) || id <= 0) throw new UsageError(`The document must be an id number (got "${args.document}").`, 'date')
      if (args.date === undefined) throw new UsageError('Give the date as YYYY-MM-DD (or "none" to clear it).', 'date')
      const set = await call(session, 'documents.setDate', { id, date: args.date === 'none' ? null : args.date })
      if (options.json) return void ctx.json(set)
      ctx.out(set.occurredAt ? `Document ${id}: interview date ${set.occurredAt}` : `Document ${id}: interview date cleared`)
      return
    }
    const docs = await call(session, 'documents.dates', {})
    if (options.json)
      return void ctx.json({ documents: docs.map((d) => ({ id: d.id, source: d.source, title: d.title, date: d.occurredAt })) })
    for (const d of docs) ctx.out(`#${d.id} ${d.source}: ${d.occurredAt ?? 'no date'}`)
  },
}
