/**
 * A table mapping: how one survey export or feedback table becomes participants, attributes,
 * documents and need ratings. The app's mapping step edits it, the CLI reads it from
 * `--mapping mapping.json`, the importer applies it, and the project keeps the one used
 * (sources.mapping) so the next export of the same survey maps itself.
 * Pure: no node:, DOM or electron imports, so main, renderer and CLI share it.
 */
import { z } from 'zod'

export const TABLE_KINDS = ['survey', 'feedback', 'events'] as const
export type TableKind = (typeof TABLE_KINDS)[number]

export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

/**
 * How the header rows combine into one name per column:
 * - single: one header row (or none when headerRows = 0);
 * - surveymonkey: question row + sub-answer row, combined "Question — Sub";
 * - qualtrics: id row, question-text row, ImportId JSON row (skipped); names from the text row;
 * - qualtrics_legacy: V1..Vn id row + label row; names from the label row.
 */
export const HEADER_STYLES = ['single', 'surveymonkey', 'qualtrics', 'qualtrics_legacy'] as const
export type HeaderStyle = (typeof HEADER_STYLES)[number]

export const COLUMN_ROLES = [
  'respondent_id',
  'account_id',
  'category',
  'number',
  'likert',
  'nps',
  'multi_select',
  'date',
  'text',
  'need_rating',
  'channel',
  'stage',
  'deal_value',
  'lost_reason',
  'rating',
  'event_type',
  'amount',
  'ignore',
] as const
export type ColumnRole = (typeof COLUMN_ROLES)[number]

/** Roles the mapping step offers for each kind of table, in the order it lists them. */
export const SURVEY_ROLES: readonly ColumnRole[] = [
  'respondent_id',
  'category',
  'stage',
  'number',
  'likert',
  'nps',
  'multi_select',
  'date',
  'text',
  'need_rating',
  'ignore',
]
export const FEEDBACK_ROLES: readonly ColumnRole[] = [
  'account_id',
  'date',
  'channel',
  'stage',
  'deal_value',
  'lost_reason',
  'rating',
  'text',
  'category',
  'number',
  'ignore',
]
/** An event log: who (account_id), when (date), what (event_type), and optionally channel, amount and free text. */
export const EVENT_ROLES: readonly ColumnRole[] = ['account_id', 'date', 'event_type', 'channel', 'amount', 'text', 'ignore']

/** The roles the mapping step offers for a kind of table. */
export function rolesFor(kind: TableKind): readonly ColumnRole[] {
  return kind === 'survey' ? SURVEY_ROLES : kind === 'events' ? EVENT_ROLES : FEEDBACK_ROLES
}

/** One step of an ordered scale; value null marks "not applicable" answers (stored as blank). */
export const likertLevelSchema = z.object({
  label: z.string(),
  value: z.number().nullable(),
})
export type LikertLevel = z.infer<typeof likertLevelSchema>

/** The numeric range a rating column uses; converted linearly to Needle's 1-5 need scale. */
export const scaleSchema = z
  .object({ min: z.number(), max: z.number() })
  .refine((s) => s.max > s.min, { message: 'scale max must be above min' })
export type Scale = z.infer<typeof scaleSchema>

export const DATE_ORDERS = ['ymd', 'dmy', 'mdy'] as const
export type DateOrder = (typeof DATE_ORDERS)[number]

export const TEXT_KINDS = ['answer', 'call_notes', 'complaint', 'review', 'notes'] as const
export type TextKind = (typeof TEXT_KINDS)[number]

const base = {
  /** The column's name after disambiguation ("Q (2)", "Column 7", "Question — Sub"). */
  header: z.string(),
  /** 0-based position in the file; used when headers are absent or repeated. */
  index: z.number().int().min(0).optional(),
  /** Attribute name when it should differ from the header. */
  attribute: z.string().min(1).optional(),
}

export const columnMappingSchema = z.discriminatedUnion('role', [
  z.object({ ...base, role: z.literal('respondent_id') }),
  z.object({ ...base, role: z.literal('account_id') }),
  z.object({ ...base, role: z.literal('category') }),
  z.object({ ...base, role: z.literal('number') }),
  z.object({ ...base, role: z.literal('likert'), levels: z.array(likertLevelSchema).min(2) }),
  z.object({ ...base, role: z.literal('nps') }),
  z.object({
    ...base,
    role: z.literal('multi_select'),
    separator: z.enum([',', ';']),
    /**
     * The options learnt from the answers (shared/import/options.ts), some containing the separator
     * ("Your personal network, such as colleagues and professors"): answers are split by matching
     * these first, so import, segments and personas read the column alike. Absent: learnt at import.
     */
    options: z.array(z.string().min(1)).max(200).optional(),
  }),
  z.object({ ...base, role: z.literal('date'), order: z.enum(DATE_ORDERS).default('ymd') }),
  z.object({ ...base, role: z.literal('text'), textKind: z.enum(TEXT_KINDS).default('answer') }),
  z.object({
    ...base,
    role: z.literal('need_rating'),
    need: z.string().min(1),
    measure: z.enum(['importance', 'satisfaction']),
    /** Numeric answers: the scale they use (default 1-5). */
    scale: scaleSchema.optional(),
    /** Label answers ("Very important"): label -> 1-5. */
    levels: z.array(likertLevelSchema).optional(),
  }),
  z.object({ ...base, role: z.literal('channel') }),
  z.object({ ...base, role: z.literal('stage') }),
  z.object({ ...base, role: z.literal('deal_value') }),
  z.object({ ...base, role: z.literal('lost_reason') }),
  z.object({ ...base, role: z.literal('rating'), scale: scaleSchema.optional() }),
  z.object({ ...base, role: z.literal('event_type') }),
  z.object({ ...base, role: z.literal('amount') }),
  z.object({ ...base, role: z.literal('ignore') }),
])
export type ColumnMapping = z.infer<typeof columnMappingSchema>

export const tableMappingSchema = z
  .object({
    version: z.literal(1).default(1),
    kind: z.enum(TABLE_KINDS),
    /** Rows before the data: 0 (no header), 1, 2 (SurveyMonkey, legacy Qualtrics) or 3 (Qualtrics). */
    headerRows: z.number().int().min(0).max(3),
    headerStyle: z.enum(HEADER_STYLES).default('single'),
    delimiter: z.enum(DELIMITERS),
    /** false: quote characters are plain text (files whose stray quotes would merge rows). */
    quoting: z.boolean().default(true),
    columns: z.array(columnMappingSchema),
  })
  .superRefine((m, ctx) => {
    const allowed = rolesFor(m.kind)
    const ids = m.columns.filter((c) => c.role === 'respondent_id' || c.role === 'account_id')
    if (ids.length > 1) {
      ctx.addIssue({ code: 'custom', message: `only one id column is allowed; found ${ids.map((c) => `"${c.header}"`).join(', ')}` })
    }
    m.columns.forEach((c, i) => {
      if (!allowed.includes(c.role)) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'role'],
          message: `"${c.header}": role ${c.role} is not available in a ${m.kind} table`,
        })
      }
    })
    if (m.kind === 'events') {
      // One event is one who, one when and one what: two of a kind would be ambiguous.
      for (const role of ['date', 'event_type', 'amount', 'channel'] as const) {
        const cols = m.columns.filter((c) => c.role === role)
        if (cols.length > 1)
          ctx.addIssue({
            code: 'custom',
            message: `only one ${role} column is allowed; found ${cols.map((c) => `"${c.header}"`).join(', ')}`,
          })
      }
    }
    const seen = new Map<string, number>()
    for (const c of m.columns) {
      if (c.role !== 'need_rating') continue
      const key = `${c.need}\u0000${c.measure}`
      seen.set(key, (seen.get(key) ?? 0) + 1)
      if (seen.get(key) === 2) ctx.addIssue({ code: 'custom', message: `need "${c.need}" has two ${c.measure} columns` })
    }
  })
export type TableMapping = z.infer<typeof tableMappingSchema>
/** What a hand-written mapping.json may omit (defaults filled by the schema). */
export type TableMappingInput = z.input<typeof tableMappingSchema>

/** Validates a mapping from a file or the app, with messages that name the column at fault. */
export function parseMapping(raw: unknown): { ok: true; mapping: TableMapping } | { ok: false; problems: string[] } {
  const r = tableMappingSchema.safeParse(raw)
  if (r.success) return { ok: true, mapping: r.data }
  return {
    ok: false,
    problems: r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)),
  }
}

export interface MappingMatch {
  mapping: TableMapping
  /** Headers of the saved mapping that this file lacks (their roles are dropped). */
  missing: string[]
  /** Headers of this file that the saved mapping does not know (mapped as "ignore"). */
  added: string[]
}

/**
 * Reuses a saved mapping for a new export of the same survey: columns are matched by header
 * (exact, then case- and space-insensitive), so reordered columns keep their roles.
 */
export function matchSavedMapping(saved: TableMapping, headers: string[]): MappingMatch {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
  const byExact = new Map(saved.columns.map((c) => [c.header, c]))
  const byNorm = new Map(saved.columns.map((c) => [norm(c.header), c]))
  const used = new Set<ColumnMapping>()
  const added: string[] = []
  const columns = headers.map((h, index) => {
    const hit = byExact.get(h) ?? byNorm.get(norm(h))
    if (hit && !used.has(hit)) {
      used.add(hit)
      return { ...hit, header: h, index }
    }
    added.push(h)
    return { header: h, index, role: 'ignore' as const }
  })
  const missing = saved.columns.filter((c) => !used.has(c)).map((c) => c.header)
  return { mapping: { ...saved, columns }, missing, added }
}

/** Share of a saved mapping's headers found in a file: how the app picks "the mapping used last time". */
export function mappingFit(saved: TableMapping, headers: string[]): number {
  if (saved.columns.length === 0) return 0
  const set = new Set(headers.map((h) => h.toLowerCase().trim()))
  return saved.columns.filter((c) => set.has(c.header.toLowerCase().trim())).length / saved.columns.length
}
