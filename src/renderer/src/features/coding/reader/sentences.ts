/**
 * The sentence around a character of a turn, for selecting by keyboard: a sentence ends after
 * . ! ? … or the Arabic question mark ؟ followed by a space or a line break (or the end of
 * the turn). Offsets are into the turn's text; surrounding whitespace is left out.
 */
const END = /[.!?…؟](?=\s|$)|\n/g

export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0
  let end = text.length
  for (const m of text.matchAll(END)) {
    const stop = m.index + m[0].length
    // A caret right after the full stop still belongs to the sentence it ends.
    if (stop < at) start = stop
    else {
      end = m[0] === '\n' ? m.index : stop
      break
    }
  }
  return trim(text, start, end)
}

/** The whole turn, without its surrounding whitespace. */
export function trimmed(text: string): { start: number; end: number } {
  return trim(text, 0, text.length)
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start, end }
}
