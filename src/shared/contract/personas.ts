import { z } from 'zod'
import { AVATAR_KINDS, PERSONA_LANGUAGES, SECTION_KINDS, quoteRef, sectionId, type Persona, type PersonaSummary } from '../persona/content'
import type { SourceKind } from '../domain'
import { referenceSchema } from './breadcrumbs'
import { channel, filePath } from './channel'

const id = z.number().int().positive()
const language = z.enum(PERSONA_LANGUAGES)

export interface PersonaEvidenceQuote {
  highlightId: number
  /** Sections of the card that cite this highlight. */
  sections: string[]
  statement: string
  text: string
  documentId: number
  documentTitle: string
  /** Where to open it: the highlight's offsets in the document (UTF-16, end exclusive). */
  start: number
  end: number
  sourceId: number
  source: string
  sourceKind: SourceKind
  participant: string | null
  occurredAt: string | null
  codes: string[]
}

export interface PersonaExportResult {
  /** Files written (one per persona for png/md/json with --all; one deck or card for pdf). */
  files: string[]
  pages: number | null
  personas: number
  ms: number
}

const sectionPatch = z
  .object({
    id: sectionId,
    kind: z.enum(SECTION_KINDS).optional(),
    title: z.string().max(200).optional(),
    html: z.string().max(200_000).optional(),
    hidden: z.boolean().optional(),
    order: z.number().int().min(0).max(1000).optional(),
  })
  .strict()

export const personaChannels = {
  'personas.list': channel<PersonaSummary[]>()(z.object({}).strict()),
  'personas.get': channel<Persona>()(z.object({ id }).strict()),
  /**
   * Drafts a card from a saved segment: a person's name, a role from the members' answers, the top
   * needs as tagline, coded quotes then members' uncoded words. Drafting the same segment again in
   * the same language updates that card, keeping what the researcher edited (content.edited). The
   * language defaults to the project language.
   */
  'personas.draftFromSegment': channel<Persona>()(z.object({ segmentId: id, language: language.optional() }).strict()),
  /** One draft per saved segment, in the given language (default: the project language), updating cards drafted before. */
  'personas.draftAll': channel<Persona[]>()(z.object({ language: language.optional() }).strict()),
  /**
   * Fields left out stay. `sections` patches sections by id (a new id adds a custom section);
   * `removeSections` drops sections; HTML is sanitised before it is stored.
   */
  'personas.update': channel<Persona>()(
    z
      .object({
        id,
        name: z.string().trim().min(1, 'a persona needs a name').max(200).optional(),
        context: z.string().max(500).optional(),
        /** The one-line role ("operations manager in logistics"). */
        role: z.string().trim().max(200).optional(),
        /** The need-based line under the name. */
        tagline: z.string().trim().max(200).optional(),
        language: language.optional(),
        sections: z.array(sectionPatch).max(40).optional(),
        removeSections: z.array(sectionId).max(40).optional(),
        avatar: z
          .object({
            kind: z.enum(AVATAR_KINDS).optional(),
            colour: z
              .string()
              .regex(/^#[0-9a-f]{6}$/i)
              .optional(),
            seed: z
              .number()
              .int()
              .min(0)
              .max(2 ** 32 - 1)
              .optional(),
            initials: z.string().max(4).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
  ),
  /** Links a highlight to a section (and to one statement in it, when given). */
  'personas.attachEvidence': channel<Persona>()(
    z.object({ personaId: id, sectionId, highlightId: id, statement: z.string().max(2000).optional() }).strict(),
  ),
  'personas.detachEvidence': channel<Persona>()(
    z.object({ personaId: id, sectionId, highlightId: id, statement: z.string().max(2000).optional() }).strict(),
  ),
  /**
   * Puts a breadcrumb on the card as evidence: the analysis runs again with these options, and the
   * breadcrumb's figures (shares, lift, counts) are stored on the card, which prints its sentence.
   */
  'personas.addBreadcrumb': channel<Persona>()(
    z
      .object({
        personaId: id,
        outcome: z.string().trim().min(1).max(500),
        outcomeAttribute: z.string().trim().min(1).max(500).optional(),
        breadcrumb: z.string().trim().min(1).max(500),
        breadcrumbType: z.enum(['event', 'code']).default('event'),
        windowDays: z.number().int().min(1).max(3650).default(60),
        reference: referenceSchema.default('last'),
      })
      .strict(),
  ),
  /** Takes a breadcrumb off the card (its key, from content.breadcrumbs). */
  'personas.removeBreadcrumb': channel<Persona>()(z.object({ personaId: id, key: z.string().min(1).max(1200) }).strict()),
  /** Keeps an uncoded quote on the card (keep: false lets drafting again swap it for better words). */
  'personas.keepQuote': channel<Persona>()(z.object({ personaId: id, ref: quoteRef, keep: z.boolean().default(true) }).strict()),
  /** Replaces an uncoded quote with the next most representative member's words (removes it when none are left). */
  'personas.replaceQuote': channel<Persona>()(z.object({ personaId: id, ref: quoteRef }).strict()),
  /** The researcher's own picture (png, jpg or webp, at most 2 MB), stored in the project. */
  'personas.setAvatarImage': channel<Persona>()(z.object({ personaId: id, path: filePath }).strict()),
  /** The stored picture as a data: URL, or null. */
  'personas.avatarImage': channel<{ dataUrl: string | null }>()(z.object({ personaId: id }).strict()),
  'personas.delete': channel<null>()(z.object({ id }).strict()),
  /** Every highlight the card cites, with its document, source and participant, to open in place. */
  'personas.evidence': channel<PersonaEvidenceQuote[]>()(z.object({ personaId: id }).strict()),
  /**
   * A card (pdf one page, png of the card, md, json) or, with all: true, a deck (pdf: cover, one
   * page per persona, evidence appendix) or one file per persona in `out` (a folder) for png/md/json.
   */
  'export.persona': channel<PersonaExportResult>()(
    z
      .object({
        personaId: id.optional(),
        all: z.boolean().optional(),
        format: z.enum(['pdf', 'png', 'md', 'json']),
        page: z.enum(['a4', 'letter']).default('a4'),
        out: filePath,
      })
      .strict()
      .refine((v) => (v.personaId != null) !== (v.all === true), { message: 'give either personaId or all: true' }),
  ),
} as const
