import { call } from '../../dispatch'
import { SEGMENT_INPUTS, type SegmentInput } from '../../../shared/contract/segments'
import { UsageError, type Command } from '../command'
import { openProjectArg } from './projectArg'

function parseK(raw: string | undefined): number | 'auto' {
  if (raw === undefined || raw === 'auto') return 'auto'
  const k = Number(raw)
  if (!Number.isInteger(k) || k < 2 || k > 8)
    throw new UsageError(`--k must be auto or a whole number from 2 to 8 (got "${raw}").`, 'segment')
  return k
}

function parseInputs(raw: string | undefined): SegmentInput[] {
  if (raw === undefined) return ['ratings']
  const inputs = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const bad = inputs.filter((i) => !SEGMENT_INPUTS.includes(i as SegmentInput))
  if (!inputs.length || bad.length)
    throw new UsageError(`--inputs takes a comma-separated list of ${SEGMENT_INPUTS.join(', ')} (got "${raw}").`, 'segment')
  return [...new Set(inputs)] as SegmentInput[]
}

function parseNumber(raw: string | undefined, name: string, min: number, max: number, integer: boolean): number | undefined {
  if (raw === undefined) return undefined
  const v = Number(raw)
  if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v)))
    throw new UsageError(`--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max} (got "${raw}").`, 'segment')
  return v
}

/** Column names are survey questions, which contain commas: "|" separates them. */
function parseColumns(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined
  const names = raw
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean)
  if (!names.length) throw new UsageError('--columns takes survey column names separated by "|".', 'segment')
  return [...new Set(names)]
}

const pct = (x: number) => `${Math.round(x * 100)}%`

export const segmentCommand: Command = {
  description:
    'Clusters participants on their survey ratings, need codes and/or urgency, picks k by silhouette (gap statistic shown beside it), ' +
    'measures stability by bootstrap, and saves the segments in place of the previous run. The same inputs and seed give the same segments.',
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    k: { type: 'string', valueName: '<auto|2-8>', description: 'Number of segments, or auto (default)' },
    method: {
      type: 'string',
      valueName: '<kmeans|hierarchical>',
      description:
        'k-means on numeric inputs (default), or average linkage on Jaccard distance of yes/no inputs; with --inputs answers, ' +
        'k-means on the answers encoded by kind (kmeans) or average linkage on their Gower distances (hierarchical)',
    },
    inputs: {
      type: 'string',
      valueName: '<answers,ratings,codes,urgency>',
      description: 'What to cluster on (default ratings); answers = survey answers of any kind (scales, scores, choices, multi-select)',
    },
    columns: {
      type: 'string',
      valueName: '<names>',
      description:
        'With answers: the survey columns to use, separated by "|" (default: all but identifiers, dates, free text and screening questions)',
    },
    seed: { type: 'string', valueName: '<n>', description: 'Random seed (default 1)' },
    'min-share': { type: 'string', valueName: '<0-0.5>', description: 'Merge segments smaller than this share (default 0.05)' },
    resamples: { type: 'string', valueName: '<n>', description: 'Bootstrap resamples for stability (default 100; 0 skips)' },
    json: {
      type: 'boolean',
      description:
        'Print {"k", "silhouette", "segments": [{"id", "name", "size", "share", "stability", "topNeeds": [{"code", "lift", "opportunity"}]}], "assignments": {"<participant>": <segment id>}}',
    },
  },
  async run(ctx, { args, options }) {
    const method = (options.method as string | undefined) ?? 'kmeans'
    if (method !== 'kmeans' && method !== 'hierarchical')
      throw new UsageError(`--method must be kmeans or hierarchical (got "${method}").`, 'segment')
    const input = {
      method,
      k: parseK(options.k as string | undefined),
      inputs: parseInputs(options.inputs as string | undefined),
      seed: parseNumber(options.seed as string | undefined, 'seed', 0, 2 ** 31 - 1, true),
      minShare: parseNumber(options['min-share'] as string | undefined, 'min-share', 0, 0.5, false),
      resamples: parseNumber(options.resamples as string | undefined, 'resamples', 0, 1000, true),
      columns: parseColumns(options.columns as string | undefined),
    }
    if (input.columns && !input.inputs.includes('answers'))
      throw new UsageError('--columns chooses survey columns for the answers input: add answers to --inputs.', 'segment')
    const session = await openProjectArg(ctx, args.project!)
    if (process.stderr.isTTY) {
      let last = ''
      ctx.onEvent((event, payload) => {
        if (event !== 'segments.progress') return
        const p = payload as { stage: string; fraction: number }
        const line = `${p.stage} ${pct(p.fraction)}`
        if (line !== last && (p.fraction === 1 || Math.round(p.fraction * 100) % 10 === 0)) ctx.note((last = line))
      })
    }
    const preview = await call(session, 'segments.run', input)
    const saved = await call(session, 'segments.saveRun', { runId: preview.runId })
    const idOf = new Map(saved.map((s) => [s.definition.kind === 'run' ? s.definition.index : -1, s.id]))
    if (options.json) {
      const assignments: Record<string, number> = {}
      for (const [participantId, index] of Object.entries(preview.assignments))
        assignments[preview.labels[Number(participantId)]] = idOf.get(index)!
      ctx.json({
        k: preview.k,
        silhouette: preview.silhouette,
        segments: preview.segments.map((s) => ({
          id: idOf.get(s.index)!,
          name: s.name,
          size: s.size,
          share: s.share,
          stability: s.stability,
          topNeeds: s.topNeeds.map((n) => ({ code: n.code, lift: n.lift, opportunity: n.opportunity })),
          ...(s.traits ? { traits: s.traits } : {}),
        })),
        ...(preview.answerColumns ? { columns: preview.answerColumns } : {}),
        assignments,
      })
      return
    }
    const gap = preview.gapK === null ? '' : `; the gap statistic would choose ${preview.gapK === 1 ? 'no segments (1)' : preview.gapK}`
    if (preview.answerColumns) {
      const used = preview.answerColumns.filter((c) => c.used)
      ctx.out(`Survey columns used (${used.length}): ${used.map((c) => `${c.name} [${c.kind}]`).join('; ')}`)
      const left = preview.answerColumns.filter((c) => !c.used)
      if (left.length) ctx.out(`Left out (${left.length}): ${left.map((c) => `${c.name} [${c.reason ?? 'not chosen'}]`).join('; ')}`)
    }
    ctx.out(`${preview.k} segments of ${preview.participants} participants (silhouette ${preview.silhouette.toFixed(2)}${gap})`)
    if (preview.seedAgreement !== null) ctx.out(`Agreement across seeds (ARI): ${preview.seedAgreement.toFixed(2)}`)
    for (const s of preview.segments) {
      const stability = s.stability === null ? '' : `, stability ${s.stability.toFixed(2)} (${s.badge})`
      ctx.out(`#${idOf.get(s.index)} ${s.name}: ${s.size} (${pct(s.share)})${stability}`)
      for (const n of s.topNeeds)
        ctx.out(
          `    ${n.code}: ${n.opportunity === null ? '' : `opportunity ${n.opportunity.toFixed(1)}, `}lift ${n.lift === null ? '-' : n.lift.toFixed(2)}`,
        )
      for (const t of s.traits ?? []) ctx.out(`    ${t}`)
    }
    ctx.out('Saved; the previous run was replaced.')
  },
}
