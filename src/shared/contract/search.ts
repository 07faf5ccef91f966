import { z } from 'zod'
import { SOURCE_KINDS, type SourceKind } from '../domain'
import { channel, none } from './channel'

const id = z.number().int().positive()

export const searchFilters = z
  .object({
    sourceKinds: z.array(z.enum(SOURCE_KINDS)).optional(),
    /** Documents that have a highlight with any of these codes. */
    codeIds: z.array(id).optional(),
    /** Documents whose participant has this attribute value (case-insensitive). */
    participantAttribute: z
      .object({ name: z.string().min(1), value: z.string() })
      .strict()
      .optional(),
  })
  .strict()
export type SearchFilters = z.infer<typeof searchFilters>

export interface SearchHit {
  document: number
  documentTitle: string
  source: string
  sourceKind: SourceKind
  speaker: string | null
  participant: string | null
  /** Offsets of the matched word(s) in the ORIGINAL document text (UTF-16 code units, end exclusive). */
  start: number
  end: number
  /** Keyword in context: before + match + after. */
  snippet: string
  before: string
  match: string
  after: string
}

/** Where a page ended: the next page starts with the first hit after this one. */
export const searchCursor = z.object({ document: id, start: z.number().int().min(0) }).strict()
export type SearchCursor = z.infer<typeof searchCursor>

export interface SearchResult {
  /** Documents that match; null when the request asked not to count them (later pages of a long listing). */
  total: number | null
  hits: SearchHit[]
  /** More hits exist after this page. */
  more: boolean
  /** Pass as `after` for the next page; null on the last page. */
  next: SearchCursor | null
}

const query = z.string().trim().min(1, 'type something to search for').max(1000)

export const searchChannels = {
  /** Words (all must occur), "quoted phrases", prefix*; Arabic folded and English stemmed as in the index. */
  'search.query': channel<SearchResult>()(
    z
      .object({
        query,
        filters: searchFilters.optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        /**
         * Cursor paging: a page resumes after the previous page's last hit, so each page costs its
         * own hits only (an offset would locate and cut every earlier hit again: quadratic in the hits).
         */
        after: searchCursor.optional(),
        /** Count the matching documents (one more pass over the index); a listing needs it once. */
        count: z.boolean().default(true),
      })
      .strict(),
  ),
  /** Codes every hit with codeId, as one undoable action. */
  'search.codeAll': channel<{ hits: number; created: number; added: number; alreadyCoded: number }>()(
    z.object({ query, filters: searchFilters.optional(), codeId: id }).strict(),
  ),
  /** Stops the running search (a new search.query also replaces the one before it); it answers with error `cancelled`. */
  'search.cancel': channel<{ cancelled: boolean }>()(none),
} as const
