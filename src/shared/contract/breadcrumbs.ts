/**
 * Breadcrumbs (DESIGN.md "Methods: Breadcrumbs"): each participant's timeline, and what came before
 * an outcome such as a cancellation more often than it came for those who stayed.
 */
import { z } from 'zod'
import { channel } from './channel'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
const label = z.string().trim().min(1).max(500)

export interface TimelineEntry {
  /** ISO date or date-time as imported; null for entries without a date (listed last). */
  at: string | null
  /** The event type for events; 'document', 'answer' or 'turn' for text. */
  type: string
  /** What the entry is called: the event type, the question, or the speaker. */
  label: string
  channel: string | null
  text: string | null
  /** The source's name (file). */
  source: string
  kind: 'event' | 'document' | 'answer' | 'turn'
  /** Codes on the entry's text (names). */
  codes: string[]
  documentId: number | null
}

export interface Timeline {
  participant: { id: number; label: string; name: string }
  events: TimelineEntry[]
}

/** Reference date of those who stay: their last event ('last'), the last event of anyone ('end'), or a date. */
export const referenceSchema = z.union([z.literal('last'), z.literal('end'), isoDate])

export const breadcrumbOptionsSchema = z
  .object({
    /** The outcome event type, e.g. "Subscription cancelled" (case-insensitive); with outcomeAttribute, the attribute's value. */
    outcome: label,
    /**
     * The outcome is this attribute having the value `outcome` (e.g. "Lifecycle stage" = "churned"), from the day it took
     * that value (its dated history, kept for columns mapped as a stage); those whose latest-dated value it is have left.
     */
    outcomeAttribute: label.optional(),
    windowDays: z.number().int().min(1).max(3650).default(60),
    reference: referenceSchema.default('last'),
    /** Durations between two event types. */
    from: label.optional(),
    to: label.optional(),
    /** Examples per breadcrumb. */
    examples: z.number().int().min(0).max(20).default(3),
  })
  .strict()
export type BreadcrumbOptions = z.output<typeof breadcrumbOptionsSchema>

export interface Breadcrumb {
  label: string
  /** 'event' (an event type) or 'code' (a code on dated documents). */
  type: 'event' | 'code'
  codeId: number | null
  churnedShare: number
  retainedShare: number
  /**
   * churnedShare ÷ retainedShare (risk ratio), with a 95% interval on its log (Katz). When nobody who stayed
   * had it, 0.5 is added to every cell (Haldane) so the ratio stays finite; null when nobody had it at all.
   */
  lift: number | null
  low: number | null
  high: number | null
  churnedCount: number
  retainedCount: number
  /** Customers who left and had it in their window: labels, for their timelines. */
  examples: { participantId: number; label: string }[]
}

export interface BreadcrumbDuration {
  from: string
  to: string
  churnedMedianDays: number | null
  retainedMedianDays: number | null
  ratio: number | null
  churnedCount: number
  retainedCount: number
}

/**
 * What the analysis left out and why, as a code with its numbers (not a sentence): the app words it in the
 * UI language (crumbs.leftOut.<code>), the CLI in English (shared/analysis/leftOutSentence.ts).
 */
export type LeftOutNote =
  /** Participants with no events at all: neither left nor stayed as far as the trail shows. */
  | { code: 'noEvents'; count: number }
  /** Events dated after a customer's outcome. */
  | { code: 'afterOutcome'; count: number }
  /** Events before the window (more than `days` days before the outcome or reference date). */
  | { code: 'beforeWindow'; count: number; days: number }
  /** Everyone with events had the outcome. */
  | { code: 'noneStayed' }
  /** Customers whose attribute has the outcome value but no date for it (imported without a date column): in neither group. */
  | { code: 'outcomeUndated'; count: number; attribute: string; value: string }

/** A choice of outcome: an event type, or an attribute value with a dated history. */
export interface OutcomeChoices {
  events: { type: string; count: number }[]
  /** Attribute values that customers' latest-dated rows hold, with how many hold each (dated ones). */
  attributes: { attribute: string; value: string; count: number }[]
}

export interface BreadcrumbAnalysis {
  /** How the outcome reads: the event type, or "attribute = value". */
  outcome: string
  /** The outcome as asked, to save an at-risk group with: the event type or the attribute's value… */
  outcomeValue: string
  /** …and the attribute, for an attribute outcome. */
  outcomeAttribute: string | null
  windowDays: number
  reference: string
  /** Participants with the outcome, and those with events but without it. */
  churned: number
  retained: number
  breadcrumbs: Breadcrumb[]
  duration: BreadcrumbDuration | null
  /** What was left out and why. */
  leftOut: LeftOutNote[]
  /** Event types in the project, most frequent first (for pickers). */
  eventTypes: { type: string; count: number }[]
}

export interface CodeMonth {
  month: string
  code: string
  codeId: number
  count: number
}

export const breadcrumbSegmentSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    outcome: label,
    outcomeAttribute: label.optional(),
    breadcrumb: label,
    breadcrumbType: z.enum(['event', 'code']).default('event'),
    windowDays: z.number().int().min(1).max(3650).default(60),
  })
  .strict()

export const breadcrumbChannels = {
  'timeline.get': channel<Timeline>()(z.object({ participant: z.union([z.number().int().positive(), label]) }).strict()),
  'breadcrumbs.analyze': channel<BreadcrumbAnalysis>()(breadcrumbOptionsSchema),
  /** Saves "those who stayed and have this breadcrumb in their current window" as a rule segment (the at-risk group). */
  'breadcrumbs.saveSegment': channel<{ id: number; name: string; size: number }>()(breadcrumbSegmentSchema),
  /** How often each code appears per month across dated documents. */
  'breadcrumbs.codesByMonth': channel<CodeMonth[]>()(z.object({}).strict()),
  /** A segment's members as CSV (id, name, and each one's last event), for a special programme's mailing list. */
  'breadcrumbs.membersCsv': channel<{ csv: string; rows: number }>()(z.object({ segmentId: z.number().int().positive() }).strict()),
  'breadcrumbs.eventTypes': channel<{ type: string; count: number }[]>()(z.object({}).strict()),
  /** What can be the outcome: event types, and attribute values with a date (e.g. Lifecycle stage = churned). */
  'breadcrumbs.outcomes': channel<OutcomeChoices>()(z.object({}).strict()),
} as const
