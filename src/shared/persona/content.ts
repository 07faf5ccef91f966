/**
 * What a persona card holds (stored as JSON in personas.content). Every section is rich text the
 * researcher edits (Tiptap HTML, sanitised before it is shown or printed) plus the highlight ids
 * that back it, so every claim on the card can be opened at its quote. Structured figures that
 * drafting computed (opportunity scores, deadline counts) are kept beside the text in `facts`, for
 * the gallery and the JSON export; the card shows the text, which the researcher may have reworded.
 */
import { z } from 'zod'
import { SOURCE_KINDS } from '../domain'

export const SECTION_KINDS = [
  'context',
  'quotes',
  'goals',
  'pains',
  'needs',
  'urgency',
  'behaviours',
  'differences',
  'demographics',
  'custom',
] as const
export type SectionKind = (typeof SECTION_KINDS)[number]

export const PERSONA_LANGUAGES = ['en', 'ar'] as const
export type PersonaLanguage = (typeof PERSONA_LANGUAGES)[number]

const id = z.number().int().positive()
/** Section ids are short stable strings ("needs", "custom-3"), so evidence rows can name them. */
export const sectionId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a section id is lower-case letters, digits and dashes')

export const sectionSchema = z.object({
  id: sectionId,
  kind: z.enum(SECTION_KINDS),
  title: z.string().max(200),
  /** Tiptap HTML; sanitised on every write and again before it is shown or printed. */
  html: z.string().max(200_000),
  hidden: z.boolean(),
  order: z.number().int().min(0).max(1000),
  /** Highlight ids backing this section, in the order the card cites them. */
  evidence: z.array(id).max(2000),
})
export type PersonaSection = z.infer<typeof sectionSchema>

export const AVATAR_KINDS = ['initials', 'pattern', 'image'] as const
export const avatarSchema = z.object({
  kind: z.enum(AVATAR_KINDS),
  /** #rrggbb */
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb'),
  /** Drives the generated pattern; the same seed always draws the same avatar. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  /** Up to two letters shown by the initials avatar (defaults to the name's). */
  initials: z.string().max(4).optional(),
  /** For kind image: the MIME type of the bytes in personas.avatar. */
  mime: z.enum(['image/png', 'image/jpeg', 'image/webp']).optional(),
})
export type PersonaAvatar = z.infer<typeof avatarSchema>

export const CONFIDENCE_LEVELS = ['stable', 'moderate', 'unreliable', 'unknown'] as const
export type Confidence = (typeof CONFIDENCE_LEVELS)[number]

export const footerSchema = z.object({
  participants: z.number().int().min(0),
  sources: z.number().int().min(0),
  /** ISO dates of the earliest and latest evidence (interview/answer dates, else import dates). */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Bootstrap Jaccard stability of the segment (0-1), null when it was not measured. */
  stability: z.number().min(0).max(1).nullable(),
  confidence: z.enum(CONFIDENCE_LEVELS),
})
export type EvidenceFooter = z.infer<typeof footerSchema>

export const needFactSchema = z.object({
  codeId: id,
  name: z.string(),
  /** 0-20 within the segment, null without ratings. */
  opportunity: z.number().nullable(),
  importance: z.number().nullable(),
  satisfaction: z.number().nullable(),
  /** Share of members who mention it ÷ share of everyone (null when nobody mentions it). */
  lift: z.number().nullable(),
  /** Members who mention it in coded text. */
  mentions: z.number().int().min(0),
})
export type NeedFact = z.infer<typeof needFactSchema>

export const factsSchema = z.object({
  segmentName: z.string().nullable(),
  /** Members of the segment and their share of all participants (0-1). */
  n: z.number().int().min(0),
  share: z.number().min(0).max(1),
  needs: z.array(needFactSchema),
  deadlines: z.object({ count: z.number().int(), participants: z.number().int(), nearest: z.array(z.string()) }),
  emergencies: z.object({ count: z.number().int(), participants: z.number().int(), maxSeverity: z.number().int().nullable() }),
})
export type PersonaFacts = z.infer<typeof factsSchema>

/** An uncoded quote's reference: its document and UTF-16 offsets ("d12-0-140"). */
export const quoteRef = z.string().regex(/^d\d{1,12}-\d{1,9}-\d{1,9}$/, 'a quote reference looks like d12-0-140')

/**
 * A member's own words picked by drafting before anyone coded them (an open survey answer, an
 * interview turn, a feedback note): uncoded evidence, marked as such on the card. Its blockquote in
 * the quotes section carries data-quote-ref = ref.
 */
export const uncodedQuoteSchema = z.object({
  ref: quoteRef,
  documentId: id,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().max(2000),
  participantId: id,
  participant: z.string(),
  // Ticket texts and notes of an event log are members' words too.
  sourceKind: z.enum(SOURCE_KINDS),
  /** The survey question or feedback column it answers, when there is one. */
  question: z.string().nullable(),
  /** The researcher chose to keep it: drafting again never swaps it out. */
  kept: z.boolean(),
})
export type UncodedQuote = z.infer<typeof uncodedQuoteSchema>

/**
 * A breadcrumb the researcher put on the card as evidence (from the Breadcrumbs screen or
 * `needle breadcrumbs --add-to-persona`): the figures of the analysis when it was added, so the card
 * and the PDF print it as a fact about what came before customers left (its sentence is worded from
 * these figures in the card's language, shared/analysis/breadcrumbSentence.ts), never as a quote.
 */
export const breadcrumbFactSchema = z.object({
  /** Which breadcrumb of which outcome and window: adding it again refreshes its figures instead of listing it twice. */
  key: z.string().min(1).max(1200),
  label: z.string().min(1).max(500),
  type: z.enum(['event', 'code']),
  /** How the outcome reads ("Subscription cancelled", "Lifecycle stage = churned"). */
  outcome: z.string().min(1).max(1100),
  windowDays: z.number().int().min(1).max(3650),
  churnedShare: z.number().min(0).max(1),
  retainedShare: z.number().min(0).max(1),
  lift: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  churnedCount: z.number().int().min(0),
  retainedCount: z.number().int().min(0),
  /** Those who left and those who stayed in the analysis. */
  churned: z.number().int().min(0),
  retained: z.number().int().min(0),
  /** ISO timestamp. */
  addedAt: z.string(),
})
export type BreadcrumbFact = z.infer<typeof breadcrumbFactSchema>

/** A field of a card the researcher edited by hand (drafting again leaves it as the researcher left it): a field name, or "section:<id>" for one section (its text, title, order or visibility). */
export const editedField = z.string().regex(/^(name|role|tagline|context|avatar|language|section:[a-z][a-z0-9-]{0,39})$/)

export const contentSchema = z.object({
  version: z.literal(1),
  /** The one-line context under the name (plain text). */
  context: z.string().max(500),
  /** One line saying who this person is ("operations manager in logistics"), from the segment's dominant attributes. */
  role: z.string().max(200).default(''),
  /** The need-based line ("Same-day dispatch first, then offline mode"). */
  tagline: z.string().max(200).default(''),
  /** Members' words drafting chose before coding, in card order (coded highlights come first on the card). */
  uncoded: z.array(uncodedQuoteSchema).max(40).default([]),
  /** Uncoded quotes the researcher replaced: drafting again does not bring them back. */
  rejected: z.array(quoteRef).max(500).default([]),
  /** What the researcher edited by hand (see editedField); drafting again keeps those as they are. */
  edited: z.array(editedField).max(80).default([]),
  sections: z.array(sectionSchema).max(40),
  /** Breadcrumbs added as evidence, in the order they were added; drafting again keeps them. */
  breadcrumbs: z.array(breadcrumbFactSchema).max(40).default([]),
  avatar: avatarSchema,
  facts: factsSchema,
  footer: footerSchema,
  /** When the card was drafted from its segment (ISO timestamp). */
  draftedAt: z.string(),
})
export type PersonaContent = z.infer<typeof contentSchema>
/** Content as written before parsing: cards stored before names, roles and uncoded quotes existed lack them. */
export type PersonaContentInput = z.input<typeof contentSchema>

/** A persona as the channels return it. */
export interface Persona {
  id: number
  segmentId: number | null
  name: string
  language: PersonaLanguage
  /** Right-to-left for Arabic: the card, the editor and the PDF all follow it. */
  direction: 'ltr' | 'rtl'
  content: PersonaContent
  /** True when personas.avatar holds the researcher's own image (read it with personas.avatarImage). */
  hasImage: boolean
  createdAt: string
  updatedAt: string
}

export interface PersonaSummary {
  id: number
  segmentId: number | null
  segmentName: string | null
  name: string
  language: PersonaLanguage
  share: number
  n: number
  avatar: PersonaAvatar
  updatedAt: string
}

export function directionOf(language: PersonaLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr'
}

/** Visible sections in the researcher's order. */
export function visibleSections(content: PersonaContent): PersonaSection[] {
  return content.sections.filter((s) => !s.hidden).sort((a, b) => a.order - b.order)
}

export function confidenceOf(stability: number | null): Confidence {
  if (stability == null) return 'unknown'
  // DESIGN.md: bootstrap Jaccard >= 0.75 stable, < 0.6 not to be trusted.
  if (stability >= 0.75) return 'stable'
  if (stability >= 0.6) return 'moderate'
  return 'unreliable'
}
