/**
 * Edits to a table mapping as the mapping step makes them. Pure, so the rules (what a role
 * needs when it is chosen, which roles a kind offers) are the same wherever they are used.
 */
import {
  parseMapping,
  rolesFor,
  type ColumnMapping,
  type ColumnRole,
  type LikertLevel,
  type TableKind,
  type TableMapping,
} from '../../../../shared/import/mapping'

export { rolesFor }

/** The column's answers in the preview rows, blanks left out, each once, in file order. */
export function distinctSamples(rows: string[][], index: number): string[] {
  const seen = new Set<string>()
  for (const r of rows) {
    const v = (r[index] ?? '').trim()
    if (v) seen.add(v)
  }
  return [...seen]
}

const MEASURE_WORDS = /\b(importance|important|satisfaction|satisfied)\b|[:\-–—?]|how|is|are you|with|أهمية|رضا/gi

/** "Importance: Fast setup" → "Fast setup": the need both columns of a pair share. */
export function needNameOf(header: string): string {
  const cleaned = header.replace(MEASURE_WORDS, ' ').replace(/\s+/g, ' ').trim()
  return cleaned || header
}

export function measureOf(header: string): 'importance' | 'satisfaction' {
  return /satisf|رضا/i.test(header) ? 'satisfaction' : 'importance'
}

/**
 * The column with a new role. Settings the role needs are taken from what the preview
 * inferred for this column when it had that role, else from the sample answers
 * (Likert levels numbered in the order they first appear; the researcher reorders them).
 */
export function withRole(column: ColumnMapping, role: ColumnRole, inferred: ColumnMapping | undefined, samples: string[]): ColumnMapping {
  if (inferred && inferred.role === role) return { ...inferred, header: column.header, index: column.index }
  const base = { header: column.header, index: column.index, ...(column.attribute ? { attribute: column.attribute } : {}) }
  switch (role) {
    case 'likert': {
      const levels: LikertLevel[] = samples.slice(0, 11).map((label, i) => ({ label, value: i + 1 }))
      while (levels.length < 2) levels.push({ label: '', value: levels.length + 1 })
      return { ...base, role, levels }
    }
    case 'multi_select':
      return { ...base, role, separator: samples.some((s) => s.includes(';')) ? ';' : ',' }
    case 'date':
      return { ...base, role, order: 'ymd' }
    case 'text':
      return { ...base, role, textKind: 'answer' }
    case 'need_rating':
      return { ...base, role, need: needNameOf(column.header), measure: measureOf(column.header) }
    default:
      return { ...base, role } as ColumnMapping
  }
}

export function replaceColumn(mapping: TableMapping, index: number, column: ColumnMapping): TableMapping {
  return { ...mapping, columns: mapping.columns.map((c, i) => (i === index ? column : c)) }
}

/** Problems that would make the import refuse the mapping, shown before the researcher presses Import. */
export function mappingProblems(mapping: TableMapping): string[] {
  const r = parseMapping(mapping)
  return r.ok ? [] : r.problems
}

/** A column's mapping as text with its keys sorted, so two mappings compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

const ID_ROLE: Record<TableKind, ColumnRole> = { survey: 'respondent_id', feedback: 'account_id', events: 'account_id' }

/** The role a column keeps in a table of `kind`: the same, the other kind's id as this kind's id, or none. */
function roleIn(kind: TableKind, role: ColumnRole): ColumnRole | null {
  if (role === 'respondent_id' || role === 'account_id') return ID_ROLE[kind]
  return rolesFor(kind).includes(role) ? role : null
}

/**
 * The mapping of a new preview (after a header, quote or kind switch) with the researcher's
 * edits carried over. An edit is a column whose mapping differs from what the previous preview
 * proposed (`before`); it goes to the new column with the same header, or, when either preview
 * reads the file without a header row, to the column at the same position. Columns nobody
 * edited, and new ones, take what the new preview inferred (it may read them differently now).
 * Across a kind switch an edit is kept only where the new kind offers its role (the id column
 * stays the id column); and a carried id column wins over an inferred one, which is ignored,
 * so the switch never leaves two ids behind.
 */
export function carryEdits(
  before: TableMapping | null | undefined,
  edited: TableMapping | null | undefined,
  next: TableMapping,
): TableMapping {
  if (!before || !edited) return next
  const byHeader = before.headerRows > 0 && next.headerRows > 0
  const edits = new Map<string | number, ColumnMapping>()
  edited.columns.forEach((c, i) => {
    const proposed = before.columns[i]
    if (proposed && canonical(proposed) === canonical(c)) return
    const role = roleIn(next.kind, c.role)
    if (!role) return
    edits.set(byHeader ? c.header : (c.index ?? i), (role === c.role ? c : { ...c, role }) as ColumnMapping)
  })
  if (edits.size === 0) return next
  const carried = new Set<number>()
  let columns = next.columns.map((c, i) => {
    const edit = edits.get(byHeader ? c.header : (c.index ?? i))
    if (!edit) return c
    carried.add(i)
    return { ...edit, header: c.header, index: c.index ?? i } as ColumnMapping
  })
  const carriedId = columns.some((c, i) => carried.has(i) && (c.role === 'respondent_id' || c.role === 'account_id'))
  if (carriedId) {
    columns = columns.map((c, i) =>
      !carried.has(i) && (c.role === 'respondent_id' || c.role === 'account_id')
        ? { header: c.header, index: c.index ?? i, ...(c.attribute ? { attribute: c.attribute } : {}), role: 'ignore' as const }
        : c,
    )
  }
  return { ...next, columns }
}
