/** Lines with their offsets into the original text, for every line ending (CRLF, LF, lone CR). */
export interface Line {
  text: string
  /** Offset of the line's first character. */
  start: number
  /** Offset just past its last character, before the line ending. */
  end: number
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const ending = /\r\n|\n|\r/g
  let from = 0
  for (let m = ending.exec(text); m; m = ending.exec(text)) {
    lines.push({ text: text.slice(from, m.index), start: from, end: m.index })
    from = m.index + m[0].length
  }
  lines.push({ text: text.slice(from), start: from, end: text.length })
  return lines
}

/** Narrows [start, end) to exclude surrounding whitespace, so a turn's offsets cover only its words. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return [start, end]
}
