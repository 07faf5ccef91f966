/**
 * Survey answers as numbers k-means can average (the k-means method on answers): each kind encoded as
 * a survey analyst would for scikit-learn's KMeans, so segments recover groups at least as well as that
 * standard pipeline does (tests/segments-service/sklearnParity.test.ts measures it):
 *
 *  - a scale (agreement levels, 0-10 scores, numbers) is one column; a count spread over orders of
 *    magnitude (vehicles, colleagues: the top answers many times the typical one) is compared by ratio
 *    (log), and its extreme 2% on either side are held at the 2nd/98th percentile so one "500" does not
 *    squash everyone else together;
 *  - a single choice is one yes/no column per option (one-hot);
 *  - a multi-select is one yes/no column per option (people who share an option are alike in it,
 *    whatever else they chose);
 *  - a missing answer takes the column's mean, so it pulls no one anywhere.
 *
 * segmentKMeans then standardises every column (z-scores), as StandardScaler does. Average linkage
 * (the hierarchical method) still runs on Gower distances (answerMatrix.ts): it needs a distance, not
 * coordinates.
 */
import type { AnswerColumn } from './answers'

export interface EncodedAnswers {
  cols: number
  /** rows × cols, row-major; no NaN. */
  values: Float64Array
}

/** A count whose 98th percentile is more than this many times its median is compared by ratio. */
const SKEWED = 4

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]
}

/** A numeric column made robust: log for a skewed count, the extreme 2% held at the 2nd/98th percentiles. NaN stays NaN. */
export function robustNumbers(values: Float64Array): Float64Array {
  let seen = Array.from(values).filter((v) => !Number.isNaN(v))
  if (seen.length < 2) return values
  seen.sort((a, b) => a - b)
  const median = percentile(seen, 0.5)
  const logged = seen[0] >= 0 && median > 0 && percentile(seen, 0.98) / median > SKEWED
  const out = logged ? values.map((v) => (Number.isNaN(v) ? v : Math.log1p(v))) : Float64Array.from(values)
  if (logged) seen = seen.map(Math.log1p)
  const lo = percentile(seen, 0.02)
  const hi = percentile(seen, 0.98)
  return out.map((v) => (Number.isNaN(v) ? v : Math.min(hi, Math.max(lo, v))))
}

/** The encoded columns of the used answers (and any numeric columns clustered beside them), for the given rows. */
export function encodeAnswers(
  used: readonly AnswerColumn[],
  rows: readonly number[],
  numeric: readonly Float64Array[] = [],
): EncodedAnswers {
  const columns: Float64Array[] = []
  for (const col of used) {
    if (col.kind === 'scale') columns.push(robustNumbers(Float64Array.from(rows, (r) => col.numbers![r])))
    else if (col.kind === 'choice')
      col.options.forEach((_, o) =>
        columns.push(
          Float64Array.from(rows, (r) => {
            const c = col.choice![r]
            return c < 0 ? NaN : c === o ? 1 : 0
          }),
        ),
      )
    else if (col.kind === 'multi')
      col.options.forEach((_, o) =>
        columns.push(
          Float64Array.from(rows, (r) => {
            const s = col.sets![r]
            return s == null ? NaN : s.includes(o) ? 1 : 0
          }),
        ),
      )
  }
  for (const v of numeric) columns.push(robustNumbers(v))
  const n = rows.length
  const cols = columns.length
  const values = new Float64Array(n * cols)
  columns.forEach((c, j) => {
    let sum = 0
    let count = 0
    for (const v of c)
      if (!Number.isNaN(v)) {
        sum += v
        count++
      }
    const mean = count ? sum / count : 0
    for (let i = 0; i < n; i++) values[i * cols + j] = Number.isNaN(c[i]) ? mean : c[i]
  })
  return { cols, values }
}
