/**
 * Gower distance for mixed survey answers (Gower 1971): each question contributes a distance in
 * [0, 1] and the pair's distance is their mean over the questions both people answered, so a skipped
 * question neither pulls two people together nor apart.
 *
 *  - numeric (0-10 scores, agreement levels, counts): |x − y| / range, the range taken between the
 *    2nd and 98th percentiles and differences capped at 1, so one "500 colleagues" does not squash
 *    everyone else's answers together;
 *  - single choice: 0 when the same option, 1 otherwise;
 *  - multi-select: Jaccard distance of the two option sets (one question, one weight, however many
 *    options it has).
 */
export type GowerColumn =
  | { kind: 'numeric'; values: Float64Array; weight?: number } // NaN = missing
  | { kind: 'categorical'; values: Int32Array; weight?: number } // -1 = missing
  | { kind: 'multi'; values: Uint32Array[]; weight?: number } // per row: option bit sets; empty array = missing

/** The scale a numeric column is divided by: the 2nd–98th percentile range (the full range if that is 0). */
export function robustRange(values: Float64Array): number {
  const seen = Array.from(values).filter((v) => !Number.isNaN(v))
  if (seen.length < 2) return 1
  seen.sort((a, b) => a - b)
  const at = (q: number) => seen[Math.min(seen.length - 1, Math.max(0, Math.round(q * (seen.length - 1))))]
  const r = at(0.98) - at(0.02)
  return r > 0 ? r : seen[seen.length - 1] - seen[0] || 1
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** n × n Gower distances, row-major. Pairs with no question in common are at distance 1. */
export function gowerDistances(n: number, columns: readonly GowerColumn[]): Float64Array {
  const sum = new Float64Array(n * n)
  const weight = new Float64Array(n * n)
  for (const col of columns) {
    const w = col.weight ?? 1
    if (col.kind === 'numeric') {
      const range = robustRange(col.values)
      const v = col.values
      for (let i = 0; i < n; i++) {
        if (Number.isNaN(v[i])) continue
        for (let j = i + 1; j < n; j++) {
          if (Number.isNaN(v[j])) continue
          const d = Math.min(1, Math.abs(v[i] - v[j]) / range)
          sum[i * n + j] += w * d
          weight[i * n + j] += w
        }
      }
    } else if (col.kind === 'categorical') {
      const v = col.values
      for (let i = 0; i < n; i++) {
        if (v[i] < 0) continue
        for (let j = i + 1; j < n; j++) {
          if (v[j] < 0) continue
          if (v[i] !== v[j]) sum[i * n + j] += w
          weight[i * n + j] += w
        }
      }
    } else {
      const v = col.values
      for (let i = 0; i < n; i++) {
        const a = v[i]
        if (!a.length) continue
        for (let j = i + 1; j < n; j++) {
          const b = v[j]
          if (!b.length) continue
          let inter = 0
          let union = 0
          for (let t = 0; t < a.length; t++) {
            inter += popcount(a[t] & b[t])
            union += popcount(a[t] | b[t])
          }
          sum[i * n + j] += w * (union ? 1 - inter / union : 0)
          weight[i * n + j] += w
        }
      }
    }
  }
  const out = new Float64Array(n * n)
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const d = weight[i * n + j] ? sum[i * n + j] / weight[i * n + j] : 1
      out[i * n + j] = d
      out[j * n + i] = d
    }
  return out
}
