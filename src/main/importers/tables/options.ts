/**
 * Multi-select answers as their options. Both the importer (which decides whether a column is a
 * multi-select and stores its answers as "A; B") and the segments service (which reads answers
 * again) split with these, so a column is read one way everywhere.
 *
 * A separator inside brackets is part of an option ("R Command Line (i.e., the native R terminal
 * interface)", "Master's degree (e.g. MA, MS, MEd)"), and a separator is only a separator when
 * splitting gives a small set of recurring options that people combine: answers that are always
 * the same parts in the same company ("Small team, under 10") are one option each.
 */

/** The question asks for several answers ("select all that apply", any language the app knows). */
export const ALL_THAT_APPLY = /(all that apply|check all|select all|choose all|multiple answers|اختر كل|كل ما ينطبق|todas las que)/i
/** The question asks for one answer. */
export const ONE_ANSWER = /(select the one|choose one|only one|most closely|the one you|one answer|one option|اختر واحد|una sola)/i

/** The parts of an answer split on `sep` outside brackets, trimmed, blanks dropped. */
export function splitOptions(value: string, sep: ',' | ';' | '|'): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (ch === '(' || ch === '[' || ch === '{') depth++
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--
    else if (ch === sep && depth === 0) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts.map((p) => p.trim()).filter(Boolean)
}

/**
 * Whether the answers' parts combine (people pick different mixes of them) rather than always come
 * together: more different whole answers than different parts. "Small team, under 10" / "Mid-size,
 * 10 to 200" give 6 parts for 3 answers (one choice each); "Reports; Maps", "Maps", "Reports" give
 * 2 parts for 3 answers (a multi-select).
 */
export function partsCombine(answers: readonly string[], sep: ',' | ';' | '|'): boolean {
  const whole = new Set(answers)
  const parts = new Set(answers.flatMap((a) => splitOptions(a, sep)))
  return whole.size > parts.size
}
