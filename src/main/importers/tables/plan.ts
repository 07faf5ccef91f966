/**
 * From decoded text and the researcher's options to a layout and a mapping: the given
 * mapping (validated, matched to this file's headers) or an inferred one. Preview and
 * import share it, so what the mapping step shows is exactly what gets imported.
 */
import { basename } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import type { ImportOptions } from '../../../shared/import/types'
import { matchSavedMapping, parseMapping, type TableKind, type TableMapping } from '../../../shared/import/mapping'
import { inferMapping } from './infer'
import { learnOptions } from './options'
import { isMissing } from './values'
import { sniffTable, type TableLayout } from './layout'

export interface TablePlan {
  layout: TableLayout
  mapping: TableMapping
  warnings: string[]
}

export function validMapping(raw: unknown, file: string): TableMapping {
  const parsed = parseMapping(raw)
  if (!parsed.ok) {
    throw new NeedleError(
      'invalid_input',
      `The mapping for ${basename(file)} cannot be used: ${parsed.problems.slice(0, 5).join('; ')}. Fix the mapping file or redo the mapping step.`,
      { file, problems: parsed.problems },
    )
  }
  return parsed.mapping
}

export async function planTable(text: string, file: string, options: ImportOptions): Promise<TablePlan> {
  const name = basename(file)
  const given = options.mapping === undefined || options.mapping === null ? undefined : validMapping(options.mapping, file)
  const layout = await sniffTable(text, file, { header: options.header, noQuotes: options.noQuotes, mapping: given })
  const warnings = [...layout.warnings]
  let mapping: TableMapping
  if (given) {
    if (layout.headerRows === 0) {
      // Header-less files are matched by position.
      mapping = {
        ...given,
        columns: layout.headers.map((h, index) => given.columns[index] ?? { header: h, index, role: 'ignore' as const }),
      }
      if (given.columns.length !== layout.width) {
        warnings.push(`${name}: the mapping describes ${given.columns.length} columns but the file has ${layout.width}.`)
      }
    } else {
      const match = matchSavedMapping(given, layout.headers)
      mapping = match.mapping
      if (match.missing.length)
        warnings.push(`${name}: columns of the mapping not in this file: ${match.missing.map((h) => `"${h}"`).join(', ')}.`)
      if (match.added.length)
        warnings.push(`${name}: columns not in the mapping, left out: ${match.added.map((h) => `"${h}"`).join(', ')}.`)
    }
  } else {
    const kind: TableKind | undefined = options.kind === 'interview' ? undefined : options.kind
    mapping = inferMapping(
      layout.headers,
      layout.sample.map((r) => r.fields),
      { kind, delimiter: layout.delimiter, headerRows: layout.headerRows, headerStyle: layout.headerStyle, quoting: layout.quoting },
    )
  }
  return { layout, mapping: withLearntOptions(mapping, layout), warnings }
}

/**
 * A multi-select column chosen by hand (the mapping step, a mapping file) has no learnt options
 * yet: they are learnt from the sample here, so its answers are split as an inferred column's are.
 */
function withLearntOptions(mapping: TableMapping, layout: TableLayout): TableMapping {
  if (!mapping.columns.some((c) => c.role === 'multi_select' && !c.options)) return mapping
  const columns = mapping.columns.map((c, i) => {
    if (c.role !== 'multi_select' || c.options) return c
    const values = layout.sample.map((r) => (r.fields[i] ?? '').trim()).filter((v) => !isMissing(v))
    return { ...c, options: learnOptions(values, c.separator).options }
  })
  return { ...mapping, columns }
}
