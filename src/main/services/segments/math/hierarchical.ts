import { canonicalLabels } from './labels'

/**
 * Average-linkage (UPGMA) agglomerative clustering on a precomputed distance matrix, by the
 * nearest-neighbour chain algorithm (Murtagh 1983; Müllner 2011): O(n²) time, one n × n matrix.
 *
 * Why not ml-hclust's agnes: it rebuilds the distance matrix after every merge (O(n³) time with an
 * allocation per merge); at 400 participants it took 0.23 s against a few ms here (bench/segmentation.ts).
 * Average linkage is reducible, so merging reciprocal nearest neighbours as the chain finds them and
 * then sorting the merges by height gives the same tree as the classic closest-pair-first order.
 *
 * Distances between a merged cluster and the rest follow Lance–Williams for average linkage:
 * d(k, i∪j) = (|i| d(k,i) + |j| d(k,j)) / (|i| + |j|).
 */
export interface Merge {
  /** Node ids: 0..n−1 are participants, n + m is the cluster made by merge m (SciPy's convention). */
  a: number
  b: number
  /** Average distance between the two clusters when merged. */
  height: number
  size: number
}

export interface DendrogramNode {
  height: number
  size: number
  children: DendrogramNode[]
  /** Participant index, on leaves. */
  index?: number
}

/** Above this many participants the n × n matrix (8n² bytes, 200 MB at 5,000) is refused. */
export const HIERARCHICAL_LIMIT = 5000

/** `distances`: n × n, symmetric, row-major; it is not modified. Merges come out sorted by height. */
export function averageLinkage(distances: Float64Array, n: number): Merge[] {
  if (n > HIERARCHICAL_LIMIT)
    throw new Error(`hierarchical clustering is limited to ${HIERARCHICAL_LIMIT} participants (got ${n}); use k-means`)
  if (distances.length !== n * n) throw new Error('averageLinkage: distances must be n × n')
  const d = Float64Array.from(distances)
  const size = new Float64Array(n).fill(1)
  const node = Int32Array.from({ length: n }, (_, i) => i)
  const active = new Uint8Array(n).fill(1)
  const chain: number[] = []
  const raw: { a: number; b: number; height: number; size: number }[] = []
  let remaining = n
  let nextNode = n
  let firstActive = 0
  while (remaining > 1) {
    if (chain.length === 0) {
      while (!active[firstActive]) firstActive++
      chain.push(firstActive)
    }
    let a: number
    let b: number
    for (;;) {
      a = chain[chain.length - 1]
      const prev = chain.length > 1 ? chain[chain.length - 2] : -1
      // Ties go to the previous link, which guarantees the chain ends in reciprocal neighbours.
      b = prev
      let best = prev >= 0 ? d[a * n + prev] : Infinity
      const row = a * n
      for (let c = 0; c < n; c++) {
        if (c === a || !active[c]) continue
        if (d[row + c] < best) {
          best = d[row + c]
          b = c
        }
      }
      if (b === prev) break
      chain.push(b)
    }
    chain.pop()
    chain.pop()
    const height = d[a * n + b]
    // The merged cluster lives in the lower slot; the other slot is retired.
    const keep = Math.min(a, b)
    const drop = Math.max(a, b)
    const sk = size[keep]
    const sd = size[drop]
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === keep || c === drop) continue
      const v = (sk * d[keep * n + c] + sd * d[drop * n + c]) / (sk + sd)
      d[keep * n + c] = v
      d[c * n + keep] = v
    }
    raw.push({ a: node[a], b: node[b], height, size: sk + sd })
    active[drop] = 0
    size[keep] = sk + sd
    node[keep] = nextNode++
    remaining--
  }
  // Sort by height (stable, so a child made at the same height stays before its parent) and renumber.
  const order = raw.map((_, i) => i).sort((x, y) => raw[x].height - raw[y].height || x - y)
  const renamed = new Int32Array(raw.length)
  order.forEach((old, i) => (renamed[old] = n + i))
  const id = (v: number) => (v < n ? v : renamed[v - n])
  return order.map((i) => {
    const m = raw[i]
    const [a, b] = [id(m.a), id(m.b)].sort((x, y) => x - y)
    return { a, b, height: m.height, size: m.size }
  })
}

/** Cut the tree into k clusters: undo the last k − 1 merges. Labels are canonical (0 = largest). */
export function cutTree(merges: readonly Merge[], n: number, k: number): Int32Array {
  if (k < 1 || k > n) throw new Error(`cutTree: k must be within 1..${n}, got ${k}`)
  const parent = Int32Array.from({ length: 2 * n }, (_, i) => i)
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }
  for (let m = 0; m < n - k; m++) {
    const { a, b } = merges[m]
    parent[find(a)] = n + m
    parent[find(b)] = n + m
  }
  const roots = new Int32Array(n)
  for (let i = 0; i < n; i++) roots[i] = find(i)
  return canonicalLabels(roots)
}

/** The tree as nested nodes {children, height} for drawing. Built bottom-up without recursion. */
export function toDendrogram(merges: readonly Merge[], n: number): DendrogramNode {
  const nodes: DendrogramNode[] = []
  for (let i = 0; i < n; i++) nodes.push({ height: 0, size: 1, children: [], index: i })
  for (const m of merges) nodes.push({ height: m.height, size: m.size, children: [nodes[m.a], nodes[m.b]] })
  return nodes[nodes.length - 1]
}
