/**
 * Jaccard distance on yes/no code presence: 1 − |A ∩ B| / |A ∪ B|, A and B the need codes two
 * participants were coded with. Shared absences say nothing (two people who never mentioned "billing"
 * are not alike for it), which is why presence data uses Jaccard rather than Euclidean or simple
 * matching. Two participants with no codes at all are identical (distance 0, as SciPy).
 *
 * Rows are packed into 32-bit words and compared with popcounts: 100 needs are 4 words a pair.
 */
export function jaccardDistances(presence: readonly ArrayLike<number>[]): Float64Array {
  const n = presence.length
  const cols = n ? presence[0].length : 0
  const words = Math.ceil(cols / 32)
  const bits = new Uint32Array(n * words)
  const counts = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const row = presence[i]
    if (row.length !== cols) throw new Error(`jaccardDistances: row ${i} has ${row.length} values, expected ${cols}`)
    for (let j = 0; j < cols; j++)
      if (row[j]) {
        bits[i * words + (j >>> 5)] |= 1 << (j & 31)
        counts[i]++
      }
  }
  const out = new Float64Array(n * n)
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      let both = 0
      for (let w = 0; w < words; w++) both += popcount(bits[a * words + w] & bits[b * words + w])
      const union = counts[a] + counts[b] - both
      const d = union === 0 ? 0 : 1 - both / union
      out[a * n + b] = d
      out[b * n + a] = d
    }
  return out
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}
