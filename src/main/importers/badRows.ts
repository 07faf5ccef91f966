/**
 * The one refusal for a table with unreadable rows (surveys, feedback, event logs): the first
 * five named, nothing imported, and the way to import the rest. Tables count physical lines
 * (a quoted answer may span several), event logs count their data rows.
 */
import { NeedleError } from '../../shared/errors'
import type { SkippedRow } from '../../shared/import/types'

export function badRowsError(file: string, bad: SkippedRow[], total: number, unit: 'line' | 'row'): NeedleError {
  const shown = bad
    .slice(0, 5)
    .map((b) => `${unit} ${b.row}: ${b.reason}`)
    .join('; ')
  const more = total > 5 ? ` and ${total - 5} more` : ''
  return new NeedleError(
    'bad_rows',
    `${file}: ${total} ${total === 1 ? 'row cannot' : 'rows cannot'} be read (${shown}${more}). Nothing was imported. Fix the file, or choose "Import the rest" (--skip-bad-rows on the command line) to import the readable rows and list these in the report.`,
    { file, badRows: bad, total },
  )
}
