/**
 * Canonical segment numbering: 0 is the largest segment, ties broken by the earliest participant.
 * Clustering algorithms number clusters arbitrarily; a canonical order makes runs comparable and
 * keeps segment ids stable when nothing changed.
 */
export function canonicalLabels(labels: ArrayLike<number>): Int32Array {
  const size = new Map<number, number>()
  const first = new Map<number, number>()
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]
    size.set(l, (size.get(l) ?? 0) + 1)
    if (!first.has(l)) first.set(l, i)
  }
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!)
  const map = new Map(order.map((l, i) => [l, i]))
  const out = new Int32Array(labels.length)
  for (let i = 0; i < labels.length; i++) out[i] = map.get(labels[i])!
  return out
}

/** Number of members per label for labels 0..k-1. */
export function clusterSizes(labels: ArrayLike<number>, k: number): Int32Array {
  const sizes = new Int32Array(k)
  for (let i = 0; i < labels.length; i++) sizes[labels[i]]++
  return sizes
}

export function countClusters(labels: ArrayLike<number>): number {
  let max = -1
  for (let i = 0; i < labels.length; i++) if (labels[i] > max) max = labels[i]
  return max + 1
}
