/**
 * A survey column's header as a reader should see it on a card: without the instructions to the
 * respondent ("(select all that apply)", "Check all that apply.", "اختر كل ما ينطبق") and without the
 * trailing colon that, followed by the card's own ": ", printed "(select all that apply)::". A header
 * that asks its question and then instructs ("How did you learn R? If you used multiple methods,
 * please select the one…") is the question.
 */
const INSTRUCTION =
  /\s*[([]?\s*(please\s+)?(select|check|choose|mark|tick)\s+all\s+that\s+apply\s*[.)\]]?|\s*[([]?\s*(اختر|حدد)\s+كل\s+ما\s+ينطبق\s*[.)\]]?|\s*[([]?\s*(selecciona|marca)\s+todas\s+las\s+que\s+apliquen\s*[.)\]]?/gi

export function questionLabel(header: string): string {
  const question = /^[^?؟]{3,}[?؟](?=\s+[^\s([])/.exec(header)?.[0] ?? header
  const cleaned = question
    .replace(INSTRUCTION, '')
    .replace(/\s*[:：]+\s*$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
  return cleaned || header.trim()
}
