/** Keyword in context: the match with about 60 characters of the original text on each side. */
const WIDTH = 60

const isLow = (c: string | undefined) => c !== undefined && c >= '\uDC00' && c <= '\uDFFF'

export function kwic(text: string, start: number, end: number): { before: string; match: string; after: string; snippet: string } {
  let from = Math.max(0, start - WIDTH)
  let to = Math.min(text.length, end + WIDTH)
  // Never cut an emoji (surrogate pair) in half; prefer to cut at a space.
  if (isLow(text[from])) from++
  if (isLow(text[to])) to++
  if (from > 0) {
    const space = text.indexOf(' ', from)
    if (space !== -1 && space < start) from = space + 1
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space > end) to = space
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  const before = flat(text.slice(from, start))
  const match = text.slice(start, end)
  const after = flat(text.slice(end, to))
  return { before, match, after, snippet: `${from > 0 ? '…' : ''}${before}${flat(match)}${after}${to < text.length ? '…' : ''}` }
}
