/**
 * A dense row-major matrix of participants × inputs. Flat Float64Arrays keep the inner loops of
 * k-means and distance computations free of per-row objects (about 3x faster than number[][] here).
 */
export interface Matrix {
  readonly rows: number
  readonly cols: number
  readonly data: Float64Array
}

export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  const d = data ?? new Float64Array(rows * cols)
  if (d.length !== rows * cols) throw new Error(`matrix: expected ${rows * cols} values, got ${d.length}`)
  return { rows, cols, data: d }
}

export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows.length ? rows[0].length : 0
  const out = new Float64Array(rows.length * cols)
  rows.forEach((row, i) => {
    if (row.length !== cols) throw new Error(`fromRows: row ${i} has ${row.length} values, expected ${cols}`)
    out.set(row, i * cols)
  })
  return { rows: rows.length, cols, data: out }
}

export function toRows(m: Matrix): number[][] {
  const out: number[][] = []
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)))
  return out
}

/** The rows at `indices` (repeats allowed: bootstrap resamples). */
export function selectRows(m: Matrix, indices: ArrayLike<number>): Matrix {
  const out = new Float64Array(indices.length * m.cols)
  for (let r = 0; r < indices.length; r++) {
    const from = indices[r] * m.cols
    out.set(m.data.subarray(from, from + m.cols), r * m.cols)
  }
  return { rows: indices.length, cols: m.cols, data: out }
}

export function squaredDistance(a: Float64Array, aOffset: number, b: Float64Array, bOffset: number, cols: number): number {
  let s = 0
  for (let j = 0; j < cols; j++) {
    const t = a[aOffset + j] - b[bOffset + j]
    s += t * t
  }
  return s
}
