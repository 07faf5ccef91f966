/** Which chunks a highlight or a span falls in, by binary search, so 5,000 highlights sort in one pass. */
import type { HighlightView } from '../../../../../shared/contract/coding'
import type { Chunk } from './layout'

interface Run {
  chunk: number
  start: number
  end: number
}

export class ChunkIndex {
  private byDoc = new Map<number, Run[]>()

  constructor(readonly chunks: Chunk[]) {
    for (const c of chunks) {
      for (const s of c.spans) {
        let runs = this.byDoc.get(s.documentId)
        if (!runs) this.byDoc.set(s.documentId, (runs = []))
        const last = runs[runs.length - 1]
        if (last && last.chunk === c.index) last.end = s.end
        else runs.push({ chunk: c.index, start: s.start, end: s.end })
      }
    }
  }

  /** Chunks holding any part of [start, end) of a document. */
  chunksOf(documentId: number, start: number, end: number): number[] {
    const runs = this.byDoc.get(documentId)
    if (!runs) return []
    let lo = 0
    let hi = runs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (runs[mid].end <= start) lo = mid + 1
      else hi = mid
    }
    const out: number[] = []
    for (let i = lo; i < runs.length && runs[i].start < Math.max(end, start + 1); i++) out.push(runs[i].chunk)
    return out
  }

  /** Highlights per chunk; a chunk whose list is unchanged keeps the previous array (so it does not repaint). */
  group(highlights: HighlightView[], previous: HighlightView[][] | null): HighlightView[][] {
    const lists: HighlightView[][] = this.chunks.map(() => [])
    for (const h of highlights) for (const c of this.chunksOf(h.documentId, h.start, h.end)) lists[c].push(h)
    if (!previous || previous.length !== lists.length) return lists
    return lists.map((list, i) => (sameItems(list, previous[i]) ? previous[i] : list))
  }
}

function sameItems<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
