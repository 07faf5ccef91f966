/**
 * Needs-based segments: clustering runs (previewed, then saved), rule segments with manual edits,
 * explanations, chart data, and 3D scores of participants (fit, engagement, lifecycle stage).
 *
 * A run is a preview until the researcher saves it: `segments.run` clusters off the main thread and
 * returns what the segments would be; `segments.saveRun` stores them and replaces the previous saved
 * run's segments (those a persona is built on are kept, so a persona never loses its evidence).
 */
import { z } from 'zod'
import { channel } from './channel'

const id = z.number().int().positive()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')

export const SEGMENT_INPUTS = ['ratings', 'codes', 'urgency', 'answers'] as const
export type SegmentInput = (typeof SEGMENT_INPUTS)[number]
export type StabilityBadge = 'stable' | 'doubtful' | 'unreliable'

/** Code kinds that count as needs in the matrix; 'need' always, the others when asked for. */
export const NEED_LIKE_KINDS = ['need', 'pain', 'demand', 'goal'] as const

export const runOptionsSchema = z
  .object({
    method: z.enum(['kmeans', 'hierarchical']).default('kmeans'),
    k: z.union([z.literal('auto'), z.number().int().min(2).max(8)]).default('auto'),
    inputs: z.array(z.enum(SEGMENT_INPUTS)).min(1, 'choose at least one input').max(4).default(['ratings']),
    /**
     * With the answers input: the survey columns (attribute names) to cluster on, in place of the ones
     * Needle picks (identifiers, dates, free text and screening questions are left out by default).
     */
    columns: z.array(z.string().min(1).max(2000)).min(1).max(1000).optional(),
    /** Extra code kinds counted with need codes (pains, demands, goals). */
    codeKinds: z.array(z.enum(NEED_LIKE_KINDS)).max(4).default(['need']),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    minShare: z.number().min(0).max(0.5).default(0.05),
    /** Bootstrap resamples for stability; 0 skips it. */
    resamples: z.number().int().min(0).max(1000).default(100),
  })
  .strict()
export type RunOptions = z.output<typeof runOptionsSchema>

export interface NeedScore {
  codeId: number
  code: string
  /** Share of members with the need ÷ share of everyone; null when nobody has it. */
  lift: number | null
  /** 0-20 within the segment, or null without ratings. */
  opportunity: number | null
}

export interface PreviewSegment {
  /** 0 is the largest. */
  index: number
  name: string
  size: number
  share: number
  /** Mean bootstrap Jaccard, or null when resamples was 0. */
  stability: number | null
  badge: StabilityBadge | null
  /** Ordered by opportunity where ratings exist, by lift otherwise. */
  topNeeds: NeedScore[]
  /** Participant ids. */
  members: number[]
  /** Answers input: what sets the segment apart, e.g. "agrees with 'Cost matters': 92% vs 31% overall". */
  traits?: string[]
}

/** A survey column as the answers input reads it. */
export interface AnswerColumnSummary {
  name: string
  kind: 'scale' | 'choice' | 'multi' | null
  used: boolean
  /** Why it is left out by default. */
  reason: 'few_answers' | 'date' | 'identifier' | 'screening' | 'free_text' | null
}

export interface RunCandidate {
  k: number
  segments: number
  silhouette: number
}

export interface RunSummary {
  runId: string
  options: RunOptions
  /** Participants clustered (non-interviewers with evidence for at least one chosen input). */
  participants: number
  /** The matrix columns, e.g. "importance: Re-route live". */
  columns: string[]
  k: number
  requestedK: number
  silhouette: number
  candidates: RunCandidate[]
  /** The gap statistic's own choice of k (1 = no structure beyond chance), shown beside the silhouette's. */
  gapK: number | null
  /** Mean adjusted Rand index across three seeds (k-means only; hierarchical is deterministic). */
  seedAgreement: number | null
  removedSmall: { segment: number; size: number }[]
  /** Answers input: every survey column, how it was read and whether it was used. */
  answerColumns?: AnswerColumnSummary[]
  /** Hierarchical runs: the average-linkage merges (SciPy's convention: node n + m is merge m). */
  merges: { a: number; b: number; height: number; size: number }[] | null
  elapsedMs: number
}

export interface RunPreview extends RunSummary {
  segments: PreviewSegment[]
  /** Participant id → segment index. */
  assignments: Record<number, number>
  /** Participant id → label, for the assignments table. */
  labels: Record<number, string>
}

export interface RunProgressEvent {
  jobId: string
  fraction: number
  stage: 'matrix' | 'clustering' | 'stability' | 'seeds' | 'done'
}

export interface SegmentSummary {
  id: number
  name: string
  method: 'kmeans' | 'hierarchical' | 'rule' | 'manual'
  runId: string | null
  size: number
  /** Of the run's participants (runs) or of all non-interviewer participants (rules). */
  share: number
  stability: number | null
  badge: StabilityBadge | null
  /** Members added by hand (kept when a rule is recomputed). */
  manualMembers: number
  /** The saved run's parameters or the rule. */
  definition: SegmentDefinition
  createdAt: string
}

export interface RunDefinition {
  kind: 'run'
  options: RunOptions
  participants: number
  columns: string[]
  k: number
  requestedK: number
  silhouette: number
  candidates: RunCandidate[]
  gapK: number | null
  seedAgreement: number | null
  /** This segment's index in its run (0 = largest). */
  index: number
  stability: number | null
  badge: StabilityBadge | null
  topNeeds: NeedScore[]
  /** What sets the segment apart in the survey's own answers (a run on answers; absent otherwise and in runs saved before). */
  traits?: string[]
}

export interface RuleDefinition {
  kind: 'rule'
  rule: Rule
  /** Participants removed by hand though the rule matches them. */
  excluded: number[]
}
export type SegmentDefinition = RunDefinition | RuleDefinition

const ruleCondition = z.union([
  z
    .object({ type: z.literal('attribute'), attribute: z.string().min(1).max(200), op: z.literal('equals'), value: z.string().max(1000) })
    .strict(),
  z
    .object({
      type: z.literal('attribute'),
      attribute: z.string().min(1).max(200),
      op: z.literal('in'),
      values: z.array(z.string().max(1000)).min(1).max(500),
    })
    .strict(),
  z
    .object({
      type: z.literal('attribute'),
      attribute: z.string().min(1).max(200),
      op: z.literal('between'),
      min: z.number().optional(),
      max: z.number().optional(),
    })
    .strict(),
  z.object({ type: z.literal('code'), codeId: id, present: z.boolean() }).strict(),
  z
    .object({
      type: z.literal('rating'),
      needId: id,
      measure: z.enum(['importance', 'satisfaction']),
      op: z.enum(['>=', '<=']),
      value: z.number().min(1).max(5),
    })
    .strict(),
  z
    .object({ type: z.literal('score'), score: z.enum(['fit', 'engagement']), op: z.enum(['>=', '<=']), value: z.number().min(0).max(100) })
    .strict(),
  z.object({ type: z.literal('lifecycle'), stages: z.array(z.string().max(200)).min(1).max(50) }).strict(),
  /** Those who stayed (no `outcome` event) with the breadcrumb in the `windowDays` before their last event: the at-risk group. */
  z
    .object({
      type: z.literal('breadcrumb'),
      outcome: z.string().min(1).max(500),
      /** The outcome is this attribute having the value `outcome` (see breadcrumbs.analyze). */
      outcomeAttribute: z.string().min(1).max(500).optional(),
      breadcrumb: z.string().min(1).max(500),
      breadcrumbType: z.enum(['event', 'code']),
      windowDays: z.number().int().min(1).max(3650),
    })
    .strict(),
])
export const ruleSchema = z.object({ all: z.array(ruleCondition).min(1, 'a rule needs at least one condition').max(50) }).strict()
export type Rule = z.output<typeof ruleSchema>
export type RuleCondition = Rule['all'][number]

export interface ExplainNeed extends NeedScore {
  /** Members with the need (coded, or rated important and not satisfied). */
  count: number
  segmentShare: number
  overallShare: number
  /** Everyone's opportunity for the same need. */
  overallOpportunity: number | null
  importance: number | null
  satisfaction: number | null
}

export interface Quote {
  /** The highlight, or null for a free-text answer. */
  highlightId: number | null
  documentId: number
  text: string
  /** Codes on the highlight, or the survey question answered. */
  context: string
}

export interface SegmentExplanation {
  segment: SegmentSummary
  size: number
  share: number
  /** Who "everyone" is: the run's participants, or all non-interviewer participants. */
  base: number
  /** By lift, highest first (needs with lift > 1 that at least two members have). */
  topNeedsByLift: ExplainNeed[]
  /** Every need with ratings, by opportunity within the segment, highest first. */
  opportunities: ExplainNeed[]
  urgency: {
    deadlineShare: number
    emergencyShare: number
    overallDeadlineShare: number
    overallEmergencyShare: number
    /** Earliest first; `past` against today. */
    nearestDeadlines: { dueDate: string; past: boolean; participant: string; quote: string; highlightId: number }[]
  }
  /** Category values that differ most between the segment and everyone. */
  attributes: { attribute: string; value: string; segmentShare: number; overallShare: number; difference: number }[]
  representatives: { participantId: number; label: string; name: string; quotes: Quote[] }[]
  /** Drawn from the top two unmet needs; the segment's own name may differ once renamed. */
  suggestedName: string
}

export interface ChartCsv {
  csv: string
}

export interface SegmentCharts {
  segments: { id: number; name: string }[]
  sizes: { rows: { segmentId: number; name: string; size: number; share: number }[] } & ChartCsv
  /** Segments × needs: opportunity (0-20) within each segment; null without ratings. */
  heatmap: { needs: { id: number; name: string }[]; cells: { segmentId: number; needId: number; opportunity: number | null }[] } & ChartCsv
  /** Importance vs satisfaction (0-10) per need, per segment, and for everyone (segmentId null). */
  landscape: {
    points: {
      segmentId: number | null
      segment: string
      needId: number
      need: string
      importance: number
      satisfaction: number
      opportunity: number
    }[]
  } & ChartCsv
  /** Participants (members of the chosen segments) coded with both codes; the diagonal is each code's count. */
  cooccurrence: { codes: { id: number; name: string; kind: string }[]; matrix: number[][] } & ChartCsv
  /** Participants coded with each code, by value of a category attribute. */
  crosstab: { attribute: string | null; values: string[]; rows: { codeId: number; code: string; counts: number[] }[] } & ChartCsv
}

export interface FitWeight {
  attribute: string
  /** Category value that earns the weight; without it a number attribute is scaled min-max, a boolean counts when true. */
  value?: string
  weight: number
}

export const scoreSettingsSchema = z
  .object({
    fitWeights: z
      .array(
        z
          .object({ attribute: z.string().min(1).max(200), value: z.string().max(1000).optional(), weight: z.number().min(0).max(1000) })
          .strict(),
      )
      .max(100),
    engagementHalfLifeDays: z.number().positive().max(3650).default(90),
    lifecycleAttribute: z.string().min(1).max(200).optional(),
    /** Ages are measured to this date; default the project's latest dated evidence (so scores do not drift with the clock). */
    asOf: isoDate.optional(),
  })
  .strict()
export type ScoreSettings = z.output<typeof scoreSettingsSchema>

export interface ParticipantScore {
  participantId: number
  label: string
  name: string
  /** 0-100: weighted attributes. */
  fit: number
  /** 0-100: interactions with recency decay, relative to the most engaged participant. */
  engagement: number
  interactions: number
  lastInteraction: string | null
  lifecycle: string | null
}

export interface ScoreTable {
  settings: ScoreSettings
  asOf: string | null
  lifecycleAttribute: string | null
  rows: ParticipantScore[]
}

const segmentIds = z.array(id).min(1).max(100)
const participantIds = z.array(id).min(1, 'choose at least one participant').max(100_000)
const name = z.string().trim().min(1, 'a segment needs a name').max(200)

export const segmentChannels = {
  /** Clusters off the main thread; progress as 'segments.progress'. Returns a preview; nothing is saved. */
  'segments.run': channel<RunPreview>()(runOptionsSchema.extend({ jobId: z.string().min(1).max(100).optional() })),
  'segments.cancel': channel<{ cancelled: boolean }>()(z.object({ jobId: z.string().min(1).max(100) }).strict()),
  /** Stores a previewed run, replacing the previous run's segments (those with personas are kept). */
  'segments.saveRun': channel<SegmentSummary[]>()(z.object({ runId: z.string().min(1).max(100) }).strict()),
  'segments.list': channel<SegmentSummary[]>()(z.object({}).strict()),
  /** Participant ids of a segment, with the manual flag. */
  'segments.members': channel<{ participantId: number; label: string; name: string; manual: boolean }[]>()(z.object({ id }).strict()),
  'segments.delete': channel<null>()(z.object({ id }).strict()),
  'segments.rename': channel<SegmentSummary>()(z.object({ id, name }).strict()),
  'segments.explain': channel<SegmentExplanation>()(z.object({ segmentId: id, today: isoDate.optional() }).strict()),
  'segments.createRule': channel<SegmentSummary>()(z.object({ name, rule: ruleSchema }).strict()),
  /** Renames and/or replaces the rule; membership is recomputed, manual edits kept. */
  'segments.update': channel<SegmentSummary>()(z.object({ id, name: name.optional(), rule: ruleSchema.optional() }).strict()),
  'segments.addMembers': channel<SegmentSummary>()(z.object({ id, participantIds }).strict()),
  'segments.removeMembers': channel<SegmentSummary>()(z.object({ id, participantIds }).strict()),
  /** Chart data for a saved run (default: the latest) or chosen segments, each with CSV. */
  'segments.charts': channel<SegmentCharts>()(
    z
      .object({
        runId: z.string().min(1).max(100).optional(),
        segmentIds: segmentIds.optional(),
        attribute: z.string().min(1).max(200).optional(),
      })
      .strict(),
  ),
} as const

export const scoreChannels = {
  /** Scores every non-interviewer participant and saves the settings (rules' score conditions use them). */
  'scores.compute': channel<ScoreTable>()(scoreSettingsSchema),
  /** The saved settings' scores, or null when none were computed yet. */
  'scores.get': channel<ScoreTable | null>()(z.object({}).strict()),
} as const
