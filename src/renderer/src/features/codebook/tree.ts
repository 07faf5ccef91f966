/** The codebook list (parents before children) as rows with their depth, and what may nest where. */
import type { CodeRow } from '../../../../shared/contract/codes'

export interface TreeRow {
  code: CodeRow
  depth: number
}

export function treeRows(codes: CodeRow[]): TreeRow[] {
  const depth = new Map<number, number>()
  return codes.map((code) => {
    const d = code.parentId != null ? (depth.get(code.parentId) ?? 0) + 1 : 0
    depth.set(code.id, d)
    return { code, depth: d }
  })
}

/** A code cannot go under itself or one of its own descendants. */
export function canNest(codes: CodeRow[], id: number, parentId: number | null): boolean {
  for (let p = parentId; p != null; p = codes.find((c) => c.id === p)?.parentId ?? null) if (p === id) return false
  return true
}
