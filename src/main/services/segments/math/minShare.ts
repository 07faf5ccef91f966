import { canonicalLabels, countClusters } from './labels'

/**
 * Segments under a minimum share of participants (default 5%) are too small to act on and too small
 * to trust. Their members are moved to the nearest remaining segment — by centre for k-means, by
 * average distance (the linkage criterion) for hierarchical clustering — and the run reports one
 * segment fewer.
 *
 * Why merge rather than re-run with k − 1: the segments that passed are left exactly as they were, so
 * their stability and explanation still describe what the researcher sees; a re-run reshuffles every
 * segment to absorb a handful of outliers, and may produce another small segment in turn. The
 * automatic search scores each candidate k after merging, so a k that only made sense with a
 * splinter segment cannot win on the splinter's account.
 */
export interface SmallSegmentMerge {
  labels: Int32Array
  /** Segments removed, with their size, numbered as in the input labels. */
  removed: { segment: number; size: number }[]
}

/**
 * `distance(i, segment)`: how far participant i is from a remaining segment (of the input labels).
 */
export function mergeSmallSegments(
  labels: ArrayLike<number>,
  minShare: number,
  distance: (i: number, segment: number) => number,
): SmallSegmentMerge {
  const n = labels.length
  const k = countClusters(labels)
  const sizes = new Int32Array(k)
  for (let i = 0; i < n; i++) sizes[labels[i]]++
  const minSize = minShare * n
  let keep = [...sizes.keys()].filter((s) => sizes[s] >= minSize)
  // Every segment small (a high threshold with many segments): keep the largest rather than none.
  if (keep.length === 0) keep = [[...sizes.keys()].sort((a, b) => sizes[b] - sizes[a] || a - b)[0]]
  const removed = [...sizes.keys()].filter((s) => sizes[s] > 0 && !keep.includes(s)).map((segment) => ({ segment, size: sizes[segment] }))
  if (removed.length === 0) return { labels: canonicalLabels(labels), removed }
  const out = Int32Array.from(labels)
  for (let i = 0; i < n; i++) {
    if (keep.includes(out[i])) continue
    let best = keep[0]
    let bestD = Infinity
    for (const s of keep) {
      const d = distance(i, s)
      if (d < bestD) {
        bestD = d
        best = s
      }
    }
    out[i] = best
  }
  return { labels: canonicalLabels(out), removed }
}
