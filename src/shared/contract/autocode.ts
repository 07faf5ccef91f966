import { z } from 'zod'
import type { CodeKind } from '../domain'
import { channel } from './channel'

const id = z.number().int().positive()

export const RULE_KINDS = ['keyword', 'phrase', 'regex'] as const
export type RuleKind = (typeof RULE_KINDS)[number]

export interface AutocodeRule {
  id: number
  codeId: number
  code: string
  kind: RuleKind
  pattern: string
  /** Rules from the starter lexicons, as opposed to the researcher's own. */
  starter: boolean
  /** The script the rule's words are in: Arabic, English (Latin), or null when it has no letters of either. */
  language: 'ar' | 'en' | null
}

/** Why a rule cannot be saved: a pattern that is no regular expression, a keyword or phrase without words, or a rule the code already has. */
export interface RuleProblem {
  reason: 'regex' | 'no_words' | 'duplicate'
  /** The service's sentence (English, as every service message). */
  message: string
  /** For a pattern: the regular-expression engine's own words for what is wrong ("Unterminated group"). */
  detail?: string
}

/** The starter lexicons' patterns, by the names the app shows for them (a raw regular expression is no name). */
export const STARTER_PATTERN_NAMES = ['deadlineDate', 'arabicBy'] as const
export type StarterPatternName = (typeof STARTER_PATTERN_NAMES)[number]

/** The rule that fired: a keyword or phrase reads as itself; a pattern by its starter name, its raw text only on demand. */
export interface SuggestionRule {
  id: number
  kind: RuleKind
  pattern: string
  /** For a starter lexicon's pattern, its name; null for keywords, phrases and the researcher's own patterns. */
  starterName: StarterPatternName | null
}

/** One code suggested for a passage, with the rule that suggested it. */
export interface SuggestedCode {
  /** The suggestion's own id: accept or reject it alone with this. */
  id: number
  codeId: number
  code: string
  kind: CodeKind
  /** Deadlines: the ISO date read from the text, resolved against the document's date. */
  due: string | null
  rule: SuggestionRule | null
}

/**
 * A passage suggested for coding: one per document and span, however many codes' rules found it
 * (a sentence that is both a need and a deadline is reviewed once, with both codes).
 */
export interface Suggestion {
  /** The first of `ids`: a stable key for the passage in the queue. */
  id: number
  /** Every code's suggestion for this passage: accepting or rejecting the passage decides them all. */
  ids: number[]
  document: number
  documentTitle: string
  start: number
  end: number
  text: string
  codes: SuggestedCode[]
  status: 'pending' | 'accepted' | 'rejected'
}

const rulePattern = z.string().trim().min(1).max(500)

const selection = z.union([z.object({ ids: z.array(id).min(1) }).strict(), z.object({ all: z.literal(true) }).strict()])

export const autocodeChannels = {
  'autocode.rules': channel<AutocodeRule[]>()(z.object({ codeId: id.optional() }).strict()),
  /** A keyword (one word, stemmed), a phrase (words in order) or a regular expression (on folded, lower-case text). */
  'autocode.addRule': channel<AutocodeRule>()(z.object({ codeId: id, kind: z.enum(RULE_KINDS), pattern: rulePattern }).strict()),
  /** Checks a rule as addRule would, saving nothing; with a codeId it also says when that code already has the rule. */
  'autocode.checkRule': channel<{ valid: true } | ({ valid: false } & RuleProblem)>()(
    z.object({ codeId: id.optional(), kind: z.enum(RULE_KINDS), pattern: rulePattern }).strict(),
  ),
  /** Deletes a rule and withdraws its pending suggestions (decided ones stay); one undoable step. */
  'autocode.deleteRule': channel<{ withdrawn: number }>()(z.object({ id }).strict()),
  /** Adds the English and Arabic starter lexicons (deadlines, emergencies, needs), creating those codes when missing. */
  'autocode.installStarter': channel<AutocodeRule[]>()(z.object({}).strict()),
  /**
   * Runs the rules over the documents and queues new suggestions (nothing is applied).
   * A project without rules gets the starter lexicons first.
   */
  'autocode.run': channel<{ queued: number; pending: number; installedStarter: boolean }>()(
    z.object({ documentIds: z.array(id).optional(), codeIds: z.array(id).optional() }).strict(),
  ),
  /** Passages (one per document and span, with all their codes), `total` counting passages. */
  'autocode.list': channel<{ total: number; suggestions: Suggestion[] }>()(
    z
      .object({
        status: z.enum(['pending', 'accepted', 'rejected']).default('pending'),
        codeId: id.optional(),
        documentId: id.optional(),
        limit: z.number().int().min(1).max(10_000).default(500),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  /** Applies pending suggestions as highlights (one undoable action). */
  'autocode.accept': channel<{ accepted: number; highlights: number[] }>()(selection),
  'autocode.reject': channel<{ rejected: number }>()(selection),
} as const
