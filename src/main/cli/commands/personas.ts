/**
 * `needle personas <project> [--from-segments] [--json]`, and the persona formats of
 * `needle export` (pdf, png, md, json), which export.ts takes into its format map.
 */
import { resolve } from 'node:path'
import { call } from '../../dispatch'
import { htmlToText } from '../../../shared/persona/richText'
import type { Session } from '../../session'
import { UsageError, type Command, type OptionSpec } from '../command'
import { openProjectArg } from './projectArg'

export const personasCommand: Command = {
  description:
    'Personas are drafted from saved segments: name from their top needs, quotes from representative participants, needs ranked by opportunity.',
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    'from-segments': { type: 'boolean', description: 'Draft one persona per saved segment first' },
    language: {
      type: 'string',
      valueName: '<en|ar>',
      description: 'Language of drafted personas (default: the project language, see needle language)',
    },
    json: { type: 'boolean', description: 'Print {"personas": [{"id", "name", "segment", "quotes": [..], "needs": [..]}]}' },
  },
  async run(ctx, { args, options }) {
    const language = options.language as string | undefined
    if (language !== undefined && language !== 'en' && language !== 'ar')
      throw new UsageError(`--language must be en or ar (got "${language}").`, 'personas')
    const session = await openProjectArg(ctx, args.project!)
    if (options['from-segments']) {
      const drafted = await call(session, 'personas.draftAll', { language })
      ctx.note(`Drafted ${drafted.length} ${drafted.length === 1 ? 'persona' : 'personas'} from saved segments.`)
    }
    const personas = await Promise.all((await call(session, 'personas.list', {})).map((p) => call(session, 'personas.get', { id: p.id })))
    const rows = await Promise.all(
      personas.map(async (p) => {
        const evidence = await call(session, 'personas.evidence', { personaId: p.id })
        const quoteIds = p.content.sections.find((s) => s.kind === 'quotes' && !s.hidden)?.evidence ?? []
        return {
          id: p.id,
          name: p.name,
          language: p.language,
          segment:
            p.segmentId == null
              ? null
              : { id: p.segmentId, name: p.content.facts.segmentName, share: p.content.facts.share, n: p.content.facts.n },
          quotes: quoteIds
            .map((h) => evidence.find((e) => e.highlightId === h))
            .filter((q) => q !== undefined)
            .map((q) => ({
              highlightId: q.highlightId,
              text: q.text,
              participant: q.participant,
              document: q.documentTitle,
              source: q.source,
            })),
          needs: p.content.facts.needs.map((n) => ({
            id: n.codeId,
            name: n.name,
            opportunity: n.opportunity,
            importance: n.importance,
            satisfaction: n.satisfaction,
            lift: n.lift,
          })),
          context: htmlToText(p.content.context),
        }
      }),
    )
    if (options.json) return void ctx.json({ personas: rows })
    if (!rows.length) ctx.out('No personas yet. Draft them with: needle personas <project> --from-segments')
    for (const r of rows) {
      ctx.out(`#${r.id} ${r.name}${r.segment ? ` (${r.segment.name}, ${Math.round(r.segment.share * 100)}%, n=${r.segment.n})` : ''}`)
      for (const n of r.needs.slice(0, 3))
        ctx.out(`   need: ${n.name}${n.opportunity != null ? ` (opportunity ${n.opportunity.toFixed(1)})` : ''}`)
      for (const q of r.quotes.slice(0, 2)) ctx.out(`   “${q.text}” (${q.participant ?? 'unknown'})`)
    }
  },
}

/** The options `needle export` needs for persona formats. */
export const personaExportOptions: Record<string, OptionSpec> = {
  persona: { type: 'string', valueName: '<id>', description: 'pdf/png/md/json: the persona to export' },
  all: {
    type: 'boolean',
    description: 'pdf: a deck of every persona (cover, cards, evidence appendix); png/md/json: one file per persona in --out (a folder)',
  },
  page: { type: 'string', valueName: '<a4|letter>', description: 'pdf/png: paper size (default a4)' },
}

type Options = Record<string, string | boolean | undefined>

function personaTarget(options: Options): { personaId?: number; all?: true } {
  const id = options.persona
  if (options.all && id !== undefined) throw new UsageError('Give either --persona <id> or --all, not both.', 'export')
  if (options.all) return { all: true }
  if (typeof id !== 'string' || !/^\d+$/.test(id) || Number(id) < 1) {
    throw new UsageError(
      id === undefined
        ? 'Persona formats need --persona <id> or --all (ids: needle personas <project>).'
        : `--persona must be a persona id (got "${id}").`,
      'export',
    )
  }
  return { personaId: Number(id) }
}

function pageOf(options: Options): 'a4' | 'letter' {
  const page = (options.page as string | undefined) ?? 'a4'
  if (page !== 'a4' && page !== 'letter') throw new UsageError(`--page must be a4 or letter (got "${page}").`, 'export')
  return page
}

function personaFormat(format: 'pdf' | 'png' | 'md' | 'json', description: string) {
  return {
    description,
    async run(session: Session, out: string, options: Options = {}) {
      const r = await call(session, 'export.persona', {
        ...personaTarget(options),
        format,
        page: pageOf(options),
        out: resolve(process.cwd(), out),
      })
      const pages = r.pages != null ? `, ${r.pages} ${r.pages === 1 ? 'page' : 'pages'}` : ''
      return {
        path: r.files.length === 1 ? r.files[0] : resolve(process.cwd(), out),
        summary: `${r.personas} ${r.personas === 1 ? 'persona' : 'personas'}${pages} in ${r.ms} ms`,
        json: r,
      }
    },
  }
}

/** Entries for export.ts's format map. */
export const personaExportFormats = {
  pdf: personaFormat('pdf', 'persona card (one page) or, with --all, a deck: cover, one page per persona, evidence appendix'),
  png: personaFormat('png', 'picture of a persona card'),
  md: personaFormat('md', 'persona as Markdown, with its quotes and sources'),
  json: personaFormat('json', 'persona as JSON, with its evidence'),
}
