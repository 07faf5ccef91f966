/**
 * Positions for a dendrogram from average-linkage merges in SciPy's convention: leaves are
 * 0..n-1, node n + m is merge m. Leaves are ordered by a walk from the root so that no
 * branches cross; a merge sits above the middle of its two children at its height.
 */
export interface Merge {
  a: number
  b: number
  height: number
  size: number
}

export interface DendrogramLayout {
  leaves: number
  maxHeight: number
  /** One ⊓ per merge: the children's x and heights, the merge's height. */
  links: { x1: number; y1: number; x2: number; y2: number; y: number }[]
  /** The height at which cutting gives k clusters, or null when k is out of range. */
  cut: number | null
}

export function layoutDendrogram(merges: Merge[], k: number): DendrogramLayout {
  const n = merges.length + 1
  const x = new Map<number, number>()
  const h = (node: number) => (node < n ? 0 : merges[node - n]!.height)
  // Iterative post-order walk: a few thousand participants would overflow a recursive one.
  let next = 0
  const stack: { node: number; expanded: boolean }[] = [{ node: n + merges.length - 1, expanded: false }]
  if (merges.length === 0) return { leaves: 1, maxHeight: 0, links: [], cut: null }
  while (stack.length) {
    const top = stack.pop()!
    if (top.node < n) {
      x.set(top.node, next++)
      continue
    }
    const m = merges[top.node - n]!
    if (top.expanded) x.set(top.node, (x.get(m.a)! + x.get(m.b)!) / 2)
    else stack.push({ node: top.node, expanded: true }, { node: m.b, expanded: false }, { node: m.a, expanded: false })
  }
  const links = merges.map((m) => ({ x1: x.get(m.a)!, y1: h(m.a), x2: x.get(m.b)!, y2: h(m.b), y: m.height }))
  const maxHeight = Math.max(...merges.map((m) => m.height), 1e-9)
  // Cutting between the (k-1)-th and k-th merges from the top leaves k clusters.
  const sorted = merges.map((m) => m.height).sort((p, q) => p - q)
  const upper = sorted[sorted.length - k + 1]
  const lower = sorted[sorted.length - k]
  const cut = k >= 2 && k <= n && upper !== undefined && lower !== undefined ? (upper + lower) / 2 : null
  return { leaves: n, maxHeight, links, cut }
}
