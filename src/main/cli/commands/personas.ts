/**
 * `needle personas <project> [--from-segments] [--json]`, and the persona formats of
 * `needle export` (pdf, png, md, json), which export.ts takes into its format map.
 */
import { resolve } from 'node:path'
import { call } from '../../dispatch'
import { breadcrumbFactSentence } from '../../../shared/persona/breadcrumbFacts'
import { htmlToText } from '../../../shared/persona/richText'
import type { Session } from '../../session'
import { UsageError, type Command, type OptionSpec } from '../command'
import { findPersona } from './personaArg'
import { openProjectArg } from './projectArg'

/** A quote as --json prints it: a coded highlight, or a member's uncoded words (with the ref --keep-quote/--replace-quote take). */
type CliQuote =
  | { uncoded: false; highlightId: number; text: string; participant: string | null; document: string; source: string }
  | {
      uncoded: true
      ref: string
      kept: boolean
      documentId: number
      text: string
      participant: string
      question: string | null
      source: string
    }

/** Edits one persona from the command line: its name, role, tagline, and which uncoded quotes stay. */
async function editPersona(session: Session, options: Record<string, string | boolean | undefined>): Promise<string[]> {
  const raw = options.persona
  const edits = ['name', 'role', 'tagline', 'keep-quote', 'replace-quote'].filter((k) => options[k] !== undefined)
  if (raw === undefined) {
    if (edits.length) throw new UsageError(`--${edits[0]} needs --persona <id|name> (ids: needle personas <project>).`, 'personas')
    return []
  }
  if (typeof raw !== 'string' || !raw.trim()) throw new UsageError('--persona needs a persona id or name.', 'personas')
  if (!edits.length)
    throw new UsageError('--persona needs something to change: --name, --role, --tagline, --keep-quote or --replace-quote.', 'personas')
  const personaId = (await findPersona(session, raw, 'personas')).id
  const done: string[] = []
  const text = (k: 'name' | 'role' | 'tagline') => (typeof options[k] === 'string' ? (options[k] as string) : undefined)
  if (text('name') !== undefined || text('role') !== undefined || text('tagline') !== undefined) {
    await call(session, 'personas.update', { id: personaId, name: text('name'), role: text('role'), tagline: text('tagline') })
    done.push('edited')
  }
  if (typeof options['keep-quote'] === 'string') {
    await call(session, 'personas.keepQuote', { personaId, ref: options['keep-quote'], keep: true })
    done.push(`kept quote ${options['keep-quote']}`)
  }
  if (typeof options['replace-quote'] === 'string') {
    await call(session, 'personas.replaceQuote', { personaId, ref: options['replace-quote'] })
    done.push(`replaced quote ${options['replace-quote']}`)
  }
  return done
}

export const personasCommand: Command = {
  description:
    "Personas are drafted from saved segments: a person's name, a role from the members' answers, their top needs as tagline, " +
    "coded quotes and then members' own uncoded words, needs ranked by opportunity. Drafting again updates the cards, keeping your edits.",
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    'from-segments': { type: 'boolean', description: 'Draft one persona per saved segment first (updating cards drafted before)' },
    language: {
      type: 'string',
      valueName: '<en|ar>',
      description: 'Language of drafted personas (default: the project language, see needle language)',
    },
    persona: {
      type: 'string',
      valueName: '<id|name>',
      description: 'The persona to edit (by id or name) with --name, --role, --tagline, --keep-quote, --replace-quote',
    },
    name: { type: 'string', valueName: '<text>', description: 'New name of --persona (no two personas share one)' },
    role: { type: 'string', valueName: '<text>', description: 'New one-line role of --persona' },
    tagline: { type: 'string', valueName: '<text>', description: 'New tagline of --persona' },
    'keep-quote': {
      type: 'string',
      valueName: '<ref>',
      description: 'Keep this uncoded quote of --persona when drafting again (refs: --json)',
    },
    'replace-quote': {
      type: 'string',
      valueName: '<ref>',
      description: "Replace this uncoded quote of --persona with other members' words",
    },
    json: {
      type: 'boolean',
      description:
        'Print {"personas": [{"id", "name", "role", "tagline", "segment", "quotes": [{"uncoded", "ref"|"highlightId", "text", ..}], "needs": [..], "breadcrumbs": [{"label", "outcome", "windowDays", "sentence", ..}]}]}',
    },
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
    for (const line of await editPersona(session, options)) ctx.note(`Persona ${String(options.persona)}: ${line}.`)
    const personas = await Promise.all((await call(session, 'personas.list', {})).map((p) => call(session, 'personas.get', { id: p.id })))
    const rows = await Promise.all(
      personas.map(async (p) => {
        const evidence = await call(session, 'personas.evidence', { personaId: p.id })
        const quoteIds = p.content.sections.find((s) => s.kind === 'quotes' && !s.hidden)?.evidence ?? []
        // Coded quotes first, as on the card, then the members' uncoded words.
        const uncoded = p.content.sections.some((s) => s.kind === 'quotes' && !s.hidden) ? p.content.uncoded : []
        return {
          id: p.id,
          name: p.name,
          role: p.content.role,
          tagline: p.content.tagline,
          language: p.language,
          segment:
            p.segmentId == null
              ? null
              : { id: p.segmentId, name: p.content.facts.segmentName, share: p.content.facts.share, n: p.content.facts.n },
          quotes: [
            ...quoteIds
              .map((h) => evidence.find((e) => e.highlightId === h))
              .filter((q) => q !== undefined)
              .map((q): CliQuote => ({
                uncoded: false,
                highlightId: q.highlightId,
                text: q.text,
                participant: q.participant,
                document: q.documentTitle,
                source: q.source,
              })),
            ...uncoded.map((q): CliQuote => ({
              uncoded: true,
              ref: q.ref,
              kept: q.kept,
              documentId: q.documentId,
              text: q.text,
              participant: q.participant,
              question: q.question,
              source: q.sourceKind,
            })),
          ],
          needs: p.content.facts.needs.map((n) => ({
            id: n.codeId,
            name: n.name,
            opportunity: n.opportunity,
            importance: n.importance,
            satisfaction: n.satisfaction,
            lift: n.lift,
          })),
          context: htmlToText(p.content.context),
          // Breadcrumbs put on the card as evidence, each with the sentence the card prints.
          breadcrumbs: p.content.breadcrumbs.map((b) => ({
            label: b.label,
            type: b.type,
            outcome: b.outcome,
            windowDays: b.windowDays,
            churnedShare: b.churnedShare,
            retainedShare: b.retainedShare,
            lift: b.lift,
            sentence: breadcrumbFactSentence(b, p.language),
          })),
        }
      }),
    )
    if (options.json) return void ctx.json({ personas: rows })
    if (!rows.length) ctx.out('No personas yet. Draft them with: needle personas <project> --from-segments')
    for (const r of rows) {
      ctx.out(
        `#${r.id} ${r.name}${r.role ? `, ${r.role}` : ''}${r.segment ? ` (${r.segment.name}, ${Math.round(r.segment.share * 100)}%, n=${r.segment.n})` : ''}`,
      )
      if (r.tagline) ctx.out(`   ${r.tagline}`)
      for (const n of r.needs.slice(0, 3))
        ctx.out(`   need: ${n.name}${n.opportunity != null ? ` (opportunity ${n.opportunity.toFixed(1)})` : ''}`)
      for (const q of r.quotes.slice(0, 3))
        ctx.out(`   “${q.text}” (${q.participant ?? 'unknown'})${q.uncoded ? ` [uncoded ${q.ref}]` : ''}`)
      for (const b of r.breadcrumbs) ctx.out(`   breadcrumb: ${b.sentence}`)
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
