import type { Matrix } from './matrix'

/**
 * Column z-scores, so that k-means' squared Euclidean distance weighs every input equally (a need
 * rated on 1-5 next to a count of highlights would otherwise dominate by its units alone).
 *
 * The population standard deviation is used (as scikit-learn's StandardScaler). A constant column
 * carries no information about who differs from whom: it becomes all zeros rather than NaN, so it
 * contributes nothing to distances.
 */
export interface Standardized {
  matrix: Matrix
  means: Float64Array
  /** The divisor used per column; 0 for constant columns (which were set to 0). */
  sds: Float64Array
}

export function standardize(m: Matrix): Standardized {
  const { rows, cols, data } = m
  const means = new Float64Array(cols)
  const sds = new Float64Array(cols)
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) means[j] += data[i * cols + j]
  for (let j = 0; j < cols; j++) means[j] /= rows || 1
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const t = data[i * cols + j] - means[j]
      sds[j] += t * t
    }
  for (let j = 0; j < cols; j++) {
    const sd = Math.sqrt(sds[j] / (rows || 1))
    // Relative tolerance: float noise in a constant column must not be blown up to unit variance.
    sds[j] = sd > 1e-12 * Math.max(1, Math.abs(means[j])) ? sd : 0
  }
  const out = new Float64Array(rows * cols)
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const sd = sds[j]
      out[i * cols + j] = sd === 0 ? 0 : (data[i * cols + j] - means[j]) / sd
    }
  return { matrix: { rows, cols, data: out }, means, sds }
}
