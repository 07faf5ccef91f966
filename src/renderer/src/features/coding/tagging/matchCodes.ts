/** Type-ahead over the codebook: names that start with the query first, then those containing it. */
import type { CodeRow } from '../../../../../shared/contract/codes'

// Case, accents and Arabic harakat/tatweel do not have to be typed to find a code.
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .toLocaleLowerCase()
}

export function matchCodes(codes: CodeRow[], query: string, limit = 8): CodeRow[] {
  const q = fold(query.trim())
  if (!q) {
    const pinned = codes.filter((c) => c.pin != null).sort((a, b) => a.pin! - b.pin!)
    return [...pinned, ...codes.filter((c) => c.pin == null)].slice(0, limit)
  }
  const starts: CodeRow[] = []
  const contains: CodeRow[] = []
  for (const c of codes) {
    const name = fold(c.name)
    if (name.startsWith(q)) starts.push(c)
    else if (name.includes(q)) contains.push(c)
  }
  return [...starts, ...contains].slice(0, limit)
}

export function exactMatch(codes: CodeRow[], query: string): CodeRow | undefined {
  const q = fold(query.trim())
  return codes.find((c) => fold(c.name) === q)
}
