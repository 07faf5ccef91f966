/**
 * Adjusted Rand index (Hubert & Arabie 1985): agreement between two partitions of the same
 * participants, corrected for chance — 1 for the same partition under any renaming of segments,
 * about 0 for independent ones (it can go slightly negative).
 *
 *   ARI = (Σ C(n_ij,2) − E) / (½[Σ C(a_i,2) + Σ C(b_j,2)] − E),  E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2)
 *
 * over the contingency table n_ij with row sums a_i and column sums b_j.
 */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length
  if (b.length !== n) throw new Error('adjustedRandIndex: labelings differ in length')
  if (n < 2) return 1
  const rowIds = new Map<number, number>()
  const colIds = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    if (!rowIds.has(a[i])) rowIds.set(a[i], rowIds.size)
    if (!colIds.has(b[i])) colIds.set(b[i], colIds.size)
  }
  const R = rowIds.size
  const C = colIds.size
  const table = new Float64Array(R * C)
  const rowSum = new Float64Array(R)
  const colSum = new Float64Array(C)
  for (let i = 0; i < n; i++) {
    const r = rowIds.get(a[i])!
    const c = colIds.get(b[i])!
    table[r * C + c]++
    rowSum[r]++
    colSum[c]++
  }
  const pairs = (x: number) => (x * (x - 1)) / 2
  let index = 0
  for (let i = 0; i < table.length; i++) index += pairs(table[i])
  let sumA = 0
  let sumB = 0
  for (let r = 0; r < R; r++) sumA += pairs(rowSum[r])
  for (let c = 0; c < C; c++) sumB += pairs(colSum[c])
  const expected = (sumA * sumB) / pairs(n)
  const max = (sumA + sumB) / 2
  // Both partitions trivial in the same way (all singletons or all one segment): identical.
  if (max === expected) return 1
  return (index - expected) / (max - expected)
}
