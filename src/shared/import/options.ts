/**
 * The options of a multi-select question, learnt from its answers. Pure, so the importer (which
 * stores what it learnt in the column's mapping), the mapping step and the segments service all
 * read a column the same way.
 *
 * Options may contain the separator ("Social media such as blogs, R-bloggers, Twitter, Slack, or
 * GitHub contacts", "Your personal network, such as colleagues and professors"), so an answer is
 * not blindly split on it. A separator is a separator only if splitting gives a small set of
 * recurring options:
 *  - a whole answer many respondents gave verbatim is an option (they chose that one alone), unless
 *    it is a combination of other options;
 *  - parts that always come together, in the same order, are one option (the comma inside an option
 *    is always followed by the same words; a comma between options is followed by whatever the
 *    respondent chose next);
 *  - an answer is split by matching known options first, longest first; only what no option matches
 *    is split on the separator;
 *  - a question whose answers are mostly recurring whole answers, none a combination of others, is
 *    single choice ("Yes, always" / "Yes, sometimes" / "No, never").
 */

export type OptionSeparator = ',' | ';' | '|'

/** The parts of an answer split on `sep` outside brackets, trimmed, blanks dropped. */
export function splitOptions(value: string, sep: OptionSeparator): string[] {
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

/** Parts joined back into one option's words, as exports write them ("A, B"). */
function joinParts(parts: readonly string[], sep: OptionSeparator): string {
  return parts.join(sep === '|' ? ' | ' : `${sep} `)
}

const KEY = '\u0000'

/** Known options by their first part, longest first: what splitting matches against. */
class OptionIndex {
  private readonly byFirst = new Map<string, string[][]>()

  constructor(options: readonly string[], sep: OptionSeparator) {
    for (const o of options) {
      const parts = splitOptions(o, sep)
      if (!parts.length) continue
      const list = this.byFirst.get(parts[0]) ?? []
      list.push(parts)
      this.byFirst.set(parts[0], list)
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length)
  }

  /** The number of parts of the longest known option starting at parts[i] (0: none). */
  match(parts: readonly string[], i: number): number {
    for (const o of this.byFirst.get(parts[i]) ?? []) {
      if (i + o.length > parts.length) continue
      let k = 1
      while (k < o.length && parts[i + k] === o[k]) k++
      if (k === o.length) return o.length
    }
    return 0
  }

  /** Whether the parts can be covered by two or more known options end to end. */
  tiles(parts: readonly string[]): boolean {
    // reach[i]: the fewest options covering parts[0..i) (Infinity: none).
    const reach = new Array<number>(parts.length + 1).fill(Infinity)
    reach[0] = 0
    for (let i = 0; i < parts.length; i++) {
      if (reach[i] === Infinity) continue
      for (const o of this.byFirst.get(parts[i]) ?? []) {
        if (i + o.length > parts.length || (i === 0 && o.length === parts.length)) continue
        let k = 1
        while (k < o.length && parts[i + k] === o[k]) k++
        if (k === o.length) reach[i + o.length] = Math.min(reach[i + o.length], reach[i] + 1)
      }
    }
    return reach[parts.length] >= 2 && reach[parts.length] !== Infinity
  }
}

/**
 * An answer as its options: known options matched first (longest first), anything else split on
 * the separator. The importer uses it with the options its mapping learnt.
 */
export function splitByOptions(value: string, sep: OptionSeparator, options: readonly string[]): string[] {
  const parts = splitOptions(value, sep)
  if (parts.length < 2 || !options.length) return parts
  return cut(parts, new OptionIndex(options, sep), sep, () => false)
}

function cut(parts: readonly string[], index: OptionIndex, sep: OptionSeparator, glued: (a: string, b: string) => boolean): string[] {
  const out: string[] = []
  let i = 0
  while (i < parts.length) {
    const known = index.match(parts, i)
    let j = i + Math.max(known, 1)
    // Parts no option starts with: those that always come together stay together.
    if (!known) while (j < parts.length && glued(parts[j - 1], parts[j]) && !index.match(parts, j)) j++
    out.push(joinParts(parts.slice(i, j), sep))
    i = j
  }
  return out
}

export interface LearntOptions {
  /** Each answer's options, in the order given. */
  split: string[][]
  /** Options given by at least `min` respondents, most frequent first. */
  options: string[]
  /** The answers are single choices: each is one option, whatever separators it contains. */
  single: boolean
}

/** How often an option must be given to count as one: at least 1% of answers and 3 people. */
export function recurringMin(answers: number): number {
  return Math.max(3, Math.ceil(answers * 0.01))
}

/** The options of a column from its (non-blank, trimmed) answers. */
export function learnOptions(answers: readonly string[], sep: OptionSeparator): LearntOptions {
  const min = recurringMin(answers.length)
  const seqs = answers.map((a) => splitOptions(a, sep))
  const partCount = new Map<string, number>()
  const pairCount = new Map<string, number>()
  const wholeCount = new Map<string, { parts: string[]; count: number }>()
  for (const s of seqs) {
    for (let i = 0; i < s.length; i++) {
      partCount.set(s[i], (partCount.get(s[i]) ?? 0) + 1)
      if (i) pairCount.set(s[i - 1] + KEY + s[i], (pairCount.get(s[i - 1] + KEY + s[i]) ?? 0) + 1)
    }
    const key = s.join(KEY)
    const w = wholeCount.get(key)
    if (w) w.count++
    else if (s.length) wholeCount.set(key, { parts: s, count: 1 })
  }
  // Two parts always side by side in this order (each almost never without the other) are one option.
  const glued = (a: string, b: string) => {
    const p = pairCount.get(a + KEY + b) ?? 0
    return p >= 0.95 * partCount.get(a)! && p >= 0.95 * partCount.get(b)!
  }
  const seeds = [...wholeCount.values()].filter((w) => w.count >= min)

  // Single choice: recurring whole answers cover most answers, none is a mix of the others, and the
  // parts do not combine (more different parts than different answers: "Yes, always", "No, always").
  const seedIndex = new OptionIndex(
    seeds.map((w) => joinParts(w.parts, sep)),
    sep,
  )
  const covered = seeds.reduce((s, w) => s + w.count, 0)
  const mixed = seeds.filter((w) => seedIndex.tiles(w.parts)).reduce((s, w) => s + w.count, 0)
  const distinctParts = partCount.size
  if (covered >= 0.85 * answers.length && mixed < 0.05 * answers.length && wholeCount.size <= distinctParts) {
    const options = seeds.sort((a, b) => b.count - a.count).map((w) => joinParts(w.parts, sep))
    return { split: seqs.map((s) => (s.length ? [joinParts(s, sep)] : [])), options, single: true }
  }

  // Candidates: recurring whole answers and recurring runs of parts that always come together.
  const units = new Map<string, { parts: string[]; count: number }>()
  for (const s of seqs) {
    let i = 0
    while (i < s.length) {
      let j = i + 1
      while (j < s.length && glued(s[j - 1], s[j])) j++
      const key = s.slice(i, j).join(KEY)
      const u = units.get(key)
      if (u) u.count++
      else units.set(key, { parts: s.slice(i, j), count: 1 })
      i = j
    }
  }
  const candidates = new Map<string, string[]>()
  for (const c of [...seeds, ...units.values()]) if (c.count >= min) candidates.set(c.parts.join(KEY), c.parts)
  // Fewest parts first: a candidate made of options already accepted is a combination, not an option.
  const accepted: string[] = []
  for (const parts of [...candidates.values()].sort((a, b) => a.length - b.length)) {
    if (parts.length > 1 && new OptionIndex(accepted, sep).tiles(parts)) continue
    accepted.push(joinParts(parts, sep))
  }
  const index = new OptionIndex(accepted, sep)
  const split = seqs.map((s) => cut(s, index, sep, glued))
  const counts = new Map<string, number>()
  for (const s of split) for (const o of new Set(s)) counts.set(o, (counts.get(o) ?? 0) + 1)
  const options = [...counts.entries()]
    .filter(([, c]) => c >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([o]) => o)
  return { split, options, single: false }
}
