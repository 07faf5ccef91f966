import { call } from '../../dispatch'
import type { SearchHit } from '../../../shared/contract/search'
import type { Command } from '../command'
import { openProjectArg } from './projectArg'

const PAGE = 1000

export const searchCommand: Command = {
  description:
    'Prints keyword-in-context hits. start/end are offsets of the match in the document text (UTF-16 code units, end exclusive).',
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'query', required: true, description: 'words (all must match), "a phrase", or prefix*' },
  ],
  options: {
    kind: { type: 'string', valueName: '<interview|survey|feedback>', description: 'Only documents from sources of this kind' },
    json: {
      type: 'boolean',
      description: 'Print {"total", "hits": [{"document", "source", "start", "end", "snippet"}]}; total counts matching documents',
    },
  },
  async run(ctx, { args, options }) {
    const session = await openProjectArg(ctx, args.project!)
    const kind = options.kind as 'interview' | 'survey' | 'feedback' | undefined
    const filters = kind ? { sourceKinds: [kind] } : undefined
    const hits: SearchHit[] = []
    let total = 0
    for (let offset = 0; ; offset += PAGE) {
      const page = await call(session, 'search.query', { query: args.query!, filters, limit: PAGE, offset })
      total = page.total
      hits.push(...page.hits)
      if (!page.more) break
    }
    if (options.json) {
      ctx.json({
        total,
        hits: hits.map((h) => ({ document: h.document, source: h.source, start: h.start, end: h.end, snippet: h.snippet })),
      })
      return
    }
    ctx.out(`${total} ${total === 1 ? 'document matches' : 'documents match'}, ${hits.length} ${hits.length === 1 ? 'hit' : 'hits'}`)
    for (const h of hits) ctx.out(`${h.source} #${h.document}${h.speaker ? ` (${h.speaker})` : ''} [${h.start}-${h.end}]: ${h.snippet}`)
  },
}
