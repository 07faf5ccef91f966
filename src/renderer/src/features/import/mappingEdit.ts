/**
 * Edits to a table mapping as the mapping step makes them. Pure, so the rules (what a role
 * needs when it is chosen, which roles a kind offers) are the same wherever they are used.
 */
import {
  FEEDBACK_ROLES,
  SURVEY_ROLES,
  parseMapping,
  type ColumnMapping,
  type ColumnRole,
  type LikertLevel,
  type TableKind,
  type TableMapping,
} from '../../../../shared/import/mapping'

export function rolesFor(kind: TableKind): readonly ColumnRole[] {
  return kind === 'survey' ? SURVEY_ROLES : FEEDBACK_ROLES
}

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
