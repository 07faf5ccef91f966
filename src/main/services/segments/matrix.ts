/**
 * The needs matrix a run clusters: one row per participant, columns from the inputs the researcher
 * chose.
 *
 *  - ratings: importance and satisfaction (1-5) per rated need. A missing rating is imputed by the
 *    column mean over the participants in the run: it then adds nothing to anyone's distance on that
 *    column after standardising, which is the honest reading of "no answer". Columns nobody in the
 *    run rated are dropped.
 *  - codes: per need-like code (kind need, plus pain/demand/goal when asked for), the number of
 *    highlights coded with it.
 *  - urgency: has a deadline (0/1), has an emergency (0/1), highest severity (0-4), and the shortest
 *    lead time to a due date in days — participants without one get the longest lead seen (the least
 *    urgent), not the mean, so "no deadline" never looks like "a deadline next month".
 *
 * A participant enters the run when they have evidence for at least one chosen input (a rating; a
 * need-like highlight; a deadline or emergency): a survey respondent is not clustered on codes they
 * could never have received.
 *
 * Hierarchical runs use Jaccard distance on yes/no columns: codes by presence, urgency as its two
 * flags, and a rating as "important and not satisfied" (importance 4-5, satisfaction below 4), the
 * same top-two-box reading as the opportunity score.
 */
import type { SegmentInput } from '../../../shared/contract/segments'
import type { CodeKind } from '../../../shared/domain'
import { urgencyOf, type Evidence } from './evidence'

export interface MatrixColumn {
  label: string
  input: SegmentInput
  codeId: number | null
}

export interface NeedsMatrix {
  /** Participant ids, in row order. */
  participants: number[]
  /** Positions of those participants in the evidence. */
  evidenceRows: number[]
  columns: MatrixColumn[]
  /** rows × columns, row-major; ratings imputed. */
  values: Float64Array
  /** The yes/no version for Jaccard, rows × binaryColumns. */
  presence: Uint8Array[]
  binaryColumns: MatrixColumn[]
  /** Rating cells filled with their column mean. */
  imputed: number
}

interface Column extends MatrixColumn {
  value(r: number): number | null
  missing?: 'mean' | 'max'
}

export function isUnmet(rating: { importance: number | null; satisfaction: number | null } | undefined): boolean {
  return rating != null && rating.importance != null && rating.importance >= 4 && (rating.satisfaction == null || rating.satisfaction < 4)
}

export function buildMatrix(ev: Evidence, inputs: readonly SegmentInput[], codeKinds: readonly CodeKind[] = ['need']): NeedsMatrix {
  const kinds = new Set<CodeKind>(codeKinds.length ? codeKinds : ['need'])
  const use = new Set(inputs)
  const n = ev.participants.length
  const urgency = ev.participants.map((_, r) => urgencyOf(ev, r))
  const hasRatings = (r: number) => ev.ratings[r].size > 0
  const hasCodes = (r: number) => [...ev.codeCounts[r].keys()].some((c) => kinds.has(ev.codes.get(c)!.kind))
  const hasUrgency = (r: number) => urgency[r].hasDeadline || urgency[r].hasEmergency
  const rows: number[] = []
  for (let r = 0; r < n; r++)
    if ((use.has('ratings') && hasRatings(r)) || (use.has('codes') && hasCodes(r)) || (use.has('urgency') && hasUrgency(r))) rows.push(r)

  const numeric: Column[] = []
  const binary: Column[] = []
  const codeOrder = [...ev.codes.values()]
  if (use.has('ratings')) {
    const rated = new Set<number>()
    for (const r of rows) for (const c of ev.ratings[r].keys()) rated.add(c)
    for (const code of codeOrder) {
      if (!rated.has(code.id)) continue
      const imp = (r: number) => ev.ratings[r].get(code.id)?.importance ?? null
      const sat = (r: number) => ev.ratings[r].get(code.id)?.satisfaction ?? null
      if (rows.some((r) => imp(r) != null))
        numeric.push({ label: `importance: ${code.name}`, input: 'ratings', codeId: code.id, value: imp, missing: 'mean' })
      if (rows.some((r) => sat(r) != null))
        numeric.push({ label: `satisfaction: ${code.name}`, input: 'ratings', codeId: code.id, value: sat, missing: 'mean' })
      binary.push({
        label: `unmet: ${code.name}`,
        input: 'ratings',
        codeId: code.id,
        value: (r) => (isUnmet(ev.ratings[r].get(code.id)) ? 1 : 0),
      })
    }
  }
  if (use.has('codes')) {
    const coded = new Set<number>()
    for (const r of rows) for (const c of ev.codeCounts[r].keys()) if (kinds.has(ev.codes.get(c)!.kind)) coded.add(c)
    for (const code of codeOrder) {
      if (!coded.has(code.id)) continue
      const count = (r: number) => ev.codeCounts[r].get(code.id) ?? 0
      numeric.push({ label: `${code.kind}: ${code.name}`, input: 'codes', codeId: code.id, value: count })
      binary.push({ label: `${code.kind}: ${code.name}`, input: 'codes', codeId: code.id, value: (r) => (count(r) > 0 ? 1 : 0) })
    }
  }
  if (use.has('urgency')) {
    const flag = (label: string, f: (r: number) => boolean): Column => ({
      label,
      input: 'urgency',
      codeId: null,
      value: (r) => (f(r) ? 1 : 0),
    })
    numeric.push(
      flag('has a deadline', (r) => urgency[r].hasDeadline),
      flag('has an emergency', (r) => urgency[r].hasEmergency),
    )
    binary.push(
      flag('has a deadline', (r) => urgency[r].hasDeadline),
      flag('has an emergency', (r) => urgency[r].hasEmergency),
    )
    numeric.push({ label: 'highest severity', input: 'urgency', codeId: null, value: (r) => urgency[r].highestSeverity })
    if (rows.some((r) => urgency[r].shortestLeadDays != null))
      numeric.push({
        label: 'days to nearest deadline',
        input: 'urgency',
        codeId: null,
        value: (r) => urgency[r].shortestLeadDays,
        missing: 'max',
      })
  }

  const cols = numeric.length
  const values = new Float64Array(rows.length * cols)
  let imputed = 0
  numeric.forEach((col, j) => {
    const seen: number[] = []
    rows.forEach((r, i) => {
      const v = col.value(r)
      values[i * cols + j] = v ?? Number.NaN
      if (v != null) seen.push(v)
    })
    const fill = !seen.length ? 0 : col.missing === 'max' ? Math.max(...seen) : seen.reduce((s, v) => s + v, 0) / seen.length
    for (let i = 0; i < rows.length; i++)
      if (Number.isNaN(values[i * cols + j])) {
        values[i * cols + j] = fill
        if (col.input === 'ratings') imputed++
      }
  })
  const presence = rows.map((r) => Uint8Array.from(binary, (col) => col.value(r) ?? 0))
  const strip = ({ label, input, codeId }: Column): MatrixColumn => ({ label, input, codeId })
  return {
    participants: rows.map((r) => ev.participants[r].id),
    evidenceRows: rows,
    columns: numeric.map(strip),
    values,
    presence,
    binaryColumns: binary.map(strip),
    imputed,
  }
}
