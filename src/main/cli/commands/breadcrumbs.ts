import { writeFileSync } from 'node:fs'
import { call } from '../../dispatch'
import { breadcrumbSentence } from '../../../shared/analysis/breadcrumbSentence'
import { breadcrumbFactSentence } from '../../../shared/persona/breadcrumbFacts'
import { leftOutSentence } from '../../../shared/analysis/leftOutSentence'
import { UsageError, type Command } from '../command'
import type { Session } from '../../session'
import { findPersona } from './personaArg'
import { openProjectArg } from './projectArg'

function days(raw: unknown): number | undefined {
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--window must be a whole number of days (got "${String(raw)}").`, 'breadcrumbs')
  return n
}

/**
 * "Lifecycle stage=churned" is an attribute outcome unless an event type is spelled exactly so
 * (event types may hold "="); the service names the choices when neither fits.
 */
async function readOutcome(session: Session, raw: string): Promise<{ outcome: string; outcomeAttribute?: string }> {
  const eq = raw.indexOf('=')
  if (eq <= 0) return { outcome: raw }
  const { events } = await call(session, 'breadcrumbs.outcomes', {})
  if (events.some((e) => e.type.toLowerCase() === raw.trim().toLowerCase())) return { outcome: raw }
  return { outcomeAttribute: raw.slice(0, eq).trim(), outcome: raw.slice(eq + 1).trim() }
}

export const breadcrumbsCommand: Command = {
  description:
    'For every event type and every code on dated documents: the share of customers with the outcome who had it in the window before it, ' +
    'the share of those who stayed who had it in the same window before their last event, and the lift (risk ratio) with a 95% interval. ' +
    '--from/--to compare the median days between two events. --breadcrumb with --save-segment saves those who stayed and have it now (the at-risk group) as a rule segment; --csv writes its members; --breadcrumb with --add-to-persona puts it on a persona as evidence.',
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    outcome: {
      type: 'string',
      valueName: '<event|attribute=value>',
      description:
        'The outcome: an event type, e.g. "Subscription cancelled", or an attribute value with its date, e.g. "Lifecycle stage=churned" (from the day the stage became churned; needs the table imported with a date column and the column mapped as a stage)',
    },
    window: { type: 'string', valueName: '<days>', description: 'Days before the outcome that count (default 60)' },
    reference: {
      type: 'string',
      valueName: '<last|end|YYYY-MM-DD>',
      description: "Those who stayed: window before their last event (default), the data's end, or a date",
    },
    from: { type: 'string', valueName: '<event>', description: 'Duration: from this event…' },
    to: { type: 'string', valueName: '<event>', description: '…to this one (medians for those who left and those who stayed)' },
    breadcrumb: { type: 'string', valueName: '<label>', description: 'The breadcrumb (event type or code) for --save-segment' },
    'save-segment': {
      type: 'string',
      valueName: '<name>',
      description: 'Save those who stayed and have the breadcrumb in their current window as a rule segment',
    },
    csv: { type: 'string', valueName: '<path>', description: "With --save-segment: write the segment's members as CSV" },
    'add-to-persona': {
      type: 'string',
      valueName: '<persona id|name>',
      description:
        "Put the breadcrumb on this persona's card as evidence (its sentence, shares and lift; shown on the card and in the PDF)",
    },
    lang: { type: 'string', valueName: '<en|ar>', description: 'Language of the sentences (default en)' },
    json: {
      type: 'boolean',
      description:
        'Print {"outcome", "windowDays", "churned", "retained", "breadcrumbs": [{"label", "type", "churnedShare", "retainedShare", "lift", "low", "high", "churnedCount", "retainedCount"}], "duration", "segment", "persona": {"id", "name"} | null, "leftOut": [{"code", …numbers}]}',
    },
  },
  async run(ctx, { args, options }) {
    if (typeof options.outcome !== 'string' || !options.outcome.trim())
      throw new UsageError(
        'Missing --outcome <event|attribute=value>: what marks a customer leaving, e.g. "Subscription cancelled" or "Lifecycle stage=churned".',
        'breadcrumbs',
      )
    if ((options.from === undefined) !== (options.to === undefined)) throw new UsageError('--from and --to go together.', 'breadcrumbs')
    if (options['save-segment'] !== undefined && typeof options.breadcrumb !== 'string')
      throw new UsageError('--save-segment needs --breadcrumb <label>: which breadcrumb the at-risk group has.', 'breadcrumbs')
    if (options['add-to-persona'] !== undefined && typeof options.breadcrumb !== 'string')
      throw new UsageError('--add-to-persona needs --breadcrumb <label>: which breadcrumb goes on the persona.', 'breadcrumbs')
    if (options.csv !== undefined && options['save-segment'] === undefined)
      throw new UsageError('--csv goes with --save-segment.', 'breadcrumbs')
    const lang = options.lang === 'ar' ? 'ar' : 'en'
    const windowDays = days(options.window)
    const session = await openProjectArg(ctx, args.project!)
    const outcome = await readOutcome(session, options.outcome)
    const r = await call(session, 'breadcrumbs.analyze', {
      ...outcome,
      ...(windowDays ? { windowDays } : {}),
      ...(typeof options.reference === 'string' ? { reference: options.reference } : {}),
      ...(typeof options.from === 'string' ? { from: options.from, to: options.to } : {}),
    })
    let segment: { id: number; name: string; size: number } | null = null
    let persona: { id: number; name: string } | null = null
    let added: string | null = null
    const wantsBreadcrumb = typeof options['save-segment'] === 'string' || typeof options['add-to-persona'] === 'string'
    const label = String(options.breadcrumb)
    const hit = wantsBreadcrumb ? r.breadcrumbs.find((b) => b.label.toLowerCase() === label.trim().toLowerCase()) : undefined
    if (wantsBreadcrumb && !hit)
      throw new UsageError(
        `"${label}" is not a breadcrumb of "${r.outcome}" in this project. Run without --save-segment or --add-to-persona to see them.`,
        'breadcrumbs',
      )
    if (hit && typeof options['save-segment'] === 'string') {
      segment = await call(session, 'breadcrumbs.saveSegment', {
        name: options['save-segment'],
        outcome: r.outcomeValue,
        ...(r.outcomeAttribute ? { outcomeAttribute: r.outcomeAttribute } : {}),
        breadcrumb: hit.label,
        breadcrumbType: hit.type,
        windowDays: r.windowDays,
      })
      if (typeof options.csv === 'string')
        writeFileSync(options.csv, (await call(session, 'breadcrumbs.membersCsv', { segmentId: segment.id })).csv)
    }
    if (hit && typeof options['add-to-persona'] === 'string') {
      const target = await findPersona(session, options['add-to-persona'], 'breadcrumbs')
      const card = await call(session, 'personas.addBreadcrumb', {
        personaId: target.id,
        outcome: r.outcomeValue,
        ...(r.outcomeAttribute ? { outcomeAttribute: r.outcomeAttribute } : {}),
        breadcrumb: hit.label,
        breadcrumbType: hit.type,
        windowDays: r.windowDays,
        ...(typeof options.reference === 'string' ? { reference: options.reference } : {}),
      })
      persona = { id: card.id, name: card.name }
      const fact = card.content.breadcrumbs.find((f) => f.label === hit.label && f.type === hit.type && f.windowDays === r.windowDays)
      added = fact ? breadcrumbFactSentence(fact, card.language) : null
    }
    if (options.json) {
      ctx.json({
        outcome: r.outcome,
        windowDays: r.windowDays,
        churned: r.churned,
        retained: r.retained,
        breadcrumbs: r.breadcrumbs.map(({ label, type, churnedShare, retainedShare, lift, low, high, churnedCount, retainedCount }) => ({
          label,
          type,
          churnedShare,
          retainedShare,
          lift,
          low,
          high,
          churnedCount,
          retainedCount,
        })),
        duration: r.duration
          ? {
              from: r.duration.from,
              to: r.duration.to,
              churnedMedianDays: r.duration.churnedMedianDays,
              retainedMedianDays: r.duration.retainedMedianDays,
              ratio: r.duration.ratio,
            }
          : null,
        segment,
        persona,
        leftOut: r.leftOut,
      })
      return
    }
    ctx.out(`${r.churned} customers had "${r.outcome}"; ${r.retained} did not. Window: ${r.windowDays} days.`)
    for (const b of r.breadcrumbs.slice(0, 20)) ctx.out(`- ${breadcrumbSentence(b, r, lang)}`)
    if (r.duration) ctx.out(breadcrumbSentence(r.duration, r, lang))
    for (const note of r.leftOut) ctx.out(`  (${leftOutSentence(note)})`)
    if (segment) ctx.out(`Saved segment #${segment.id} "${segment.name}": ${segment.size} customers.`)
    if (persona) ctx.out(`Added to persona #${persona.id} "${persona.name}" as evidence${added ? `: ${added}` : ''}.`)
  },
}
