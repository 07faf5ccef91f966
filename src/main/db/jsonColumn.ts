/**
 * JSON read from a project file, checked before use. Project files come from other people (and
 * from hand edits): a column that is not what Needle wrote is reported as damage naming the table
 * and row, instead of surfacing later as a crash deep in a service.
 */
import { z } from 'zod'
import { NeedleError } from '../../shared/errors'

export function readJsonColumn<S extends z.ZodType>(schema: S, text: string, where: { table: string; row: number | string }): z.output<S> {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new NeedleError(
      'corrupt',
      `The project file is damaged: ${where.table} row ${where.row} is not JSON. Run "needle check" on it, or restore a backup.`,
    )
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new NeedleError(
      'corrupt',
      `The project file is damaged: ${where.table} row ${where.row} (${issue?.path.join('.') || 'value'}: ${issue?.message}). Run "needle check" on it, or restore a backup.`,
    )
  }
  return parsed.data
}

/** A source's import report (sources.report): what the importer wrote, in the fields the app reads. */
export const sourceReportSchema = z
  .object({
    importedFrom: z.string().optional(),
    warnings: z.array(z.string()).optional(),
    skipped: z.array(z.object({ row: z.number(), reason: z.string() }).passthrough()).optional(),
    speakers: z.array(z.string()).optional(),
  })
  .passthrough()

/** An undo step's row image (undo_steps): one value per column, blobs by digest. */
export const rowImageSchema = z.array(z.unknown())

/** A participant's attribute values: attribute id -> value (participant_values.attrs). */
export const participantValuesSchema = z.record(z.string().regex(/^\d+$/), z.string().nullable())
