import { call } from '../../dispatch'
import type { SearchCursor } from '../../../shared/contract/search'
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
      description:
        'Print {"total", "hits": [{"document", "source", "start", "end", "snippet"}]} (streamed as hits are found); total counts matching documents',
    },
  },
  async run(ctx, { args, options }) {
    const session = await openProjectArg(ctx, args.project!)
    const kind = options.kind as 'interview' | 'survey' | 'feedback' | undefined
    const filters = kind ? { sourceKinds: [kind] } : undefined
    // Hits are printed page by page as they are found: memory stays one page, the first lines
    // come at once, and each page resumes after the last (time linear in the hits).
    let after: SearchCursor | undefined
    let printed = 0
    for (let first = true; ; first = false) {
      const page = await call(session, 'search.query', { query: args.query!, filters, limit: PAGE, after, count: first })
      if (first) {
        const total = page.total ?? 0
        if (options.json) ctx.write(`{"total": ${total}, "hits": [`)
        else ctx.out(`${total} ${total === 1 ? 'document matches' : 'documents match'}`)
      }
      for (const h of page.hits) {
        if (options.json)
          ctx.write(
            `${printed ? ',' : ''}\n  ${JSON.stringify({ document: h.document, source: h.source, start: h.start, end: h.end, snippet: h.snippet })}`,
          )
        else ctx.out(`${h.source} #${h.document}${h.speaker ? ` (${h.speaker})` : ''} [${h.start}-${h.end}]: ${h.snippet}`)
        printed++
      }
      if (!page.next) break
      after = page.next
      // A macrotask between pages, so Ctrl+C or SIGTERM stops a long listing between two pages.
      await new Promise((resolve) => setImmediate(resolve))
    }
    if (options.json) ctx.write('\n]}\n')
    else ctx.out(`${printed} ${printed === 1 ? 'hit' : 'hits'}`)
  },
}
