/**
 * Survey answers as segmentation inputs: every participant attribute (a survey column) read as the
 * kind of answer it really is, from its values and its question, here rather than in the importer so
 * a column imported as "text" or "category" is still read right.
 *
 *  - scale: an agreement/frequency/satisfaction scale in words (any language the importer knows:
 *    "Strongly agree", "موافق بشدة") or numbers (1-5, 0-10 scores, years, counts) → numeric;
 *  - choice: a small set of recurring answers (each option given by at least 1% of respondents and 3
 *    people, together most answers) → categorical; rare write-ins count as missing;
 *  - multi: answers separated by ";" (or ",") whose parts are a small recurring set (the parts that
 *    recur cover most of what was written) → a set of options;
 *  - left out by default: identifiers (nearly one value per person) and contact details (e-mail, phone,
 *    ZIP or postal code: where someone lives is not a score to average), timestamps and dates, free text
 *    (too many different answers), and screening/consent/robot-check questions.
 *
 * A number far outside the range of everyone else's ("Age: 99999999999", "-1726") is a typing slip or
 * a joke, not an answer: it counts as missing, as a rare write-in does for a choice, so one such entry
 * can neither stretch the distance's range for everyone nor move a segment's mean.
 */
import type Database from 'better-sqlite3'
import { matchLikert } from '../../importers/tables/likert'
import { ALL_THAT_APPLY, learnOptions, ONE_ANSWER, splitByOptions, splitOptions } from '../../importers/tables/options'
import { westernDigits } from '../../../shared/text/digits'
import { oneHotQuestions } from './answerGroups'
import type { GowerColumn } from './math/gower'

export type AnswerKind = 'scale' | 'choice' | 'multi'
export type AnswerReason = 'few_answers' | 'date' | 'identifier' | 'screening' | 'free_text'

export const REASON_WORDS: Record<AnswerReason, string> = {
  few_answers: 'answered by too few participants',
  date: 'a date or timestamp',
  identifier: 'an identifier or contact detail (ID, e-mail, phone, ZIP or postal code)',
  screening: 'a screening, consent or robot-check question',
  free_text: 'free text or too many different answers',
}

export interface AnswerColumnInfo {
  name: string
  /** What Needle read the column as; null when it cannot be clustered on. */
  kind: AnswerKind | null
  used: boolean
  /** Why a column is left out by default (shown to the researcher; words in REASON_WORDS). */
  reason: AnswerReason | null
}

export interface AnswerColumn extends AnswerColumnInfo {
  attributeId: number
  /** Per evidence row (participant): the numeric value, NaN when missing (scale). */
  numbers?: Float64Array
  /** Option index per row, -1 when missing (choice). */
  choice?: Int32Array
  /** Option indices per row, null when missing (multi). */
  sets?: (number[] | null)[]
  /** Option labels (choice, multi); scale levels in words (scale, when given as words). */
  options: string[]
  /** A scale in words: each level's number and its words, so a value can be said in words again. */
  levels?: { value: number; label: string }[]
  /** A scale whose numbers are calendar years ("What year did you start using R?"): said as years, never averaged. */
  years?: boolean
}

const SCREENING =
  /(robot|captcha|human|consent|agree to (take|participate)|terms and conditions|screen|attention check|please (select|choose) .{0,20} to show|قبول|موافقتك على المشاركة|لست روبوت)/i
const ID_NAME =
  /^(id|#|.*\b(respondent|response|participant|user|customer|record|account) ?id)$|^(email|e-mail|name|ip address|البريد|الاسم)$/i
/**
 * Contact details and place codes, wherever the words sit in the question ("In what ZIP code is your home
 * located?"); "phone" alone is not one ("How often do you use your phone at work?").
 */
const CONTACT_WORDS =
  /\b(zip|postal|post) ?codes?\b|\bpostcode\b|\b(tele)?phone number\b|\b(mobile|contact) number\b|e-?mail address|الرمز البريدي|رقم (الهاتف|الجوال)/i
const DATE_NAME = /^(timestamp|date|time|start ?date|end ?date|submitted( at)?|تاريخ|الوقت)$/i

/** A question that asks for a year ("What year did you…", "born in", "since when"). */
const YEAR_QUESTION = /(\byears?\b|\bsince\b|\bborn\b|\bwhen did\b|\baño\b|سنة|عام|منذ)/i

/**
 * Numbers that are calendar years: whole numbers between 1900 and 2100, nearly all of them when the
 * question asks for a year, every one of them (and some spread) when it does not.
 */
function readsAsYears(name: string, numbers: Float64Array): boolean {
  const seen = [...numbers].filter((v) => !Number.isNaN(v))
  if (!seen.length) return false
  const years = seen.filter((v) => Number.isInteger(v) && v >= 1900 && v <= 2100).length
  return YEAR_QUESTION.test(name) ? years >= 0.9 * seen.length : years === seen.length && new Set(seen).size >= 3
}

const MAX_OPTIONS = 15
const MAX_MULTI_OPTIONS = 30

function parseNum(v: string): number | null {
  const t = westernDigits(v).trim().replace(/,/g, '')
  if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return null
  return Number(t)
}

/** Options that recur: given by at least 1% and 3 people, most frequent first. */
function recurring(counts: Map<string, number>, respondents: number): string[] {
  const min = Math.max(3, Math.ceil(respondents * 0.01))
  return [...counts.entries()]
    .filter(([, c]) => c >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([v]) => v)
}

function tally(values: string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1)
  return m
}

/**
 * What the question's words alone say about a column: a screening, consent or robot-check question,
 * an identifier or a timestamp (null when its words say none of these). The Segments screen leaves
 * these out of what sets a segment apart without reading every answer again.
 */
export function leftOutByQuestion(name: string): 'screening' | 'identifier' | 'date' | null {
  if (DATE_NAME.test(name)) return 'date'
  if (ID_NAME.test(name) || CONTACT_WORDS.test(name)) return 'identifier'
  return SCREENING.test(name) ? 'screening' : null
}

/** The column read from its answers (values per evidence row, null = no answer). */
export function readAnswerColumn(
  attributeId: number,
  name: string,
  type: string,
  raw: (string | null)[],
  /** A multi-select's options as its import learnt them (stored answers are "A; B"). */
  known?: readonly string[],
): AnswerColumn {
  const n = raw.length
  const values = raw.map((v) => (v == null ? '' : v.trim()))
  const filled = values.filter((v) => v !== '')
  const base = { attributeId, name, options: [] as string[] }
  const out = (kind: AnswerKind | null, reason: AnswerReason | null, extra: Partial<AnswerColumn> = {}): AnswerColumn => ({
    ...base,
    kind,
    used: kind !== null && reason === null,
    reason,
    ...extra,
  })
  if (filled.length < Math.max(4, n * 0.05)) return out(null, 'few_answers')
  if (type === 'date' || DATE_NAME.test(name)) return out(null, 'date')
  const distinct = tally(filled)
  if (CONTACT_WORDS.test(name)) return out(null, 'identifier')
  if (ID_NAME.test(name) || (distinct.size > 0.9 * filled.length && filled.length > 20 && filled.every((v) => v.length < 40)))
    if (filled.every((v) => parseNum(v) === null) || ID_NAME.test(name)) return out(null, 'identifier')
  const screening = SCREENING.test(name) ? 'screening' : null

  // Scales in words.
  const levels = matchLikert([...distinct.keys()])
  if (levels) {
    const map = new Map(levels.map((l) => [l.label, l.value]))
    const numbers = Float64Array.from(values, (v) => (v === '' ? NaN : (map.get(v) ?? NaN)))
    const byValue = new Map<number, string>()
    for (const l of levels) if (l.value != null && !byValue.has(l.value)) byValue.set(l.value, l.label)
    const steps = [...byValue].sort((a, b) => a[0] - b[0]).map(([value, label]) => ({ value, label }))
    const words = levels
      .filter((l) => l.value != null)
      .sort((a, b) => a.value! - b.value!)
      .map((l) => l.label)
    return out('scale', screening, { numbers, options: words, levels: steps })
  }
  // Numbers: scores, scales, counts, years.
  const numeric = filled.filter((v) => parseNum(v) !== null).length
  if (numeric >= 0.95 * filled.length) {
    const numbers = Float64Array.from(values, (v) => (v === '' ? NaN : (parseNum(v) ?? NaN)))
    dropFarOutliers(numbers)
    return out('scale', screening, readsAsYears(name, numbers) ? { numbers, years: true } : { numbers })
  }
  // Multi-select: split on the separator only when the parts are a small recurring set that
  // combine in more ways than there are parts ("Small team, under 10" always comes whole), or the
  // question says "select all that apply"; never when it asks for one answer. Options learnt from the
  // answers (or, once imported, kept in the import's mapping) are matched first: they may contain the
  // separator ("Your personal network, such as colleagues and professors").
  if (!ONE_ANSWER.test(name)) {
    const hint = ALL_THAT_APPLY.test(name)
    for (const sep of [';', ',', '|'] as const) {
      const withSep = filled.filter((v) => splitOptions(v, sep).length > 1).length
      if (!withSep || (!hint && withSep < 0.1 * filled.length)) continue
      const learnt = known?.length ? null : learnOptions(filled, sep)
      if (learnt?.single && !hint) continue
      const split = (v: string) => [...new Set(known?.length ? splitByOptions(v, sep, known) : splitOptions(v, sep))]
      const parts = learnt ? learnt.split.map((p) => [...new Set(p)]) : filled.map(split)
      if (!hint && parts.filter((p) => p.length > 1).length < 0.1 * filled.length) continue
      const counts = tally(parts.flat())
      const opts = recurring(counts, filled.length)
      const total = parts.reduce((s, p) => s + p.length, 0)
      const hit = opts.reduce((s, o) => s + counts.get(o)!, 0)
      if (opts.length < 2 || opts.length > MAX_MULTI_OPTIONS || hit < 0.85 * total) continue
      if (!hint && distinct.size <= opts.length) continue
      const index = new Map(opts.map((o, i) => [o, i]))
      const byAnswer = new Map(filled.map((v, i) => [v, parts[i]]))
      const sets = values.map((v) => {
        if (v === '') return null
        const s = (byAnswer.get(v) ?? split(v)).map((p) => index.get(p)).filter((i): i is number => i !== undefined)
        return s.length ? [...new Set(s)].sort((a, b) => a - b) : null
      })
      return out('multi', screening, { sets, options: opts })
    }
  }
  // Single choice: a few recurring answers cover most of them.
  const options = recurring(distinct, filled.length)
  const covered = options.reduce((s, o) => s + distinct.get(o)!, 0)
  if (options.length >= 2 && options.length <= MAX_OPTIONS && covered >= 0.85 * filled.length) {
    const index = new Map(options.map((o, i) => [o, i]))
    const choice = Int32Array.from(values, (v) => index.get(v) ?? -1)
    return out('choice', screening, { choice, options })
  }
  return out(null, 'free_text')
}

/**
 * Far outliers become missing: outside the 5th–95th percentile range widened by five times its width
 * on each side (Tukey's fences, wide enough that a long but real tail such as incomes or years of use
 * stays). Ages 18–70 keep everything from about -240 to 330 and lose 99999999999.
 */
export function dropFarOutliers(numbers: Float64Array): void {
  const seen = Array.from(numbers)
    .filter((v) => !Number.isNaN(v))
    .sort((a, b) => a - b)
  if (seen.length < 20) return
  const low = seen[Math.floor(seen.length * 0.05)]
  const high = seen[Math.ceil(seen.length * 0.95) - 1]
  const width = high - low
  if (width === 0) return
  for (let i = 0; i < numbers.length; i++) if (numbers[i] < low - 5 * width || numbers[i] > high + 5 * width) numbers[i] = NaN
}

/** Every attribute of the given participants, read as answers. */
export function loadAnswers(db: Database.Database, participantIds: readonly number[]): AnswerColumn[] {
  const attrs = db.prepare('SELECT id, name, type FROM attributes ORDER BY id').all() as { id: number; name: string; type: string }[]
  if (!attrs.length) return []
  const row = new Map(participantIds.map((id, i) => [id, i]))
  const cells = new Map(attrs.map((a) => [a.id, new Array<string | null>(participantIds.length).fill(null)]))
  for (const x of db.prepare('SELECT participant_id AS p, attribute_id AS a, value FROM participant_attributes').iterate() as Iterable<{
    p: number
    a: number
    value: string | null
  }>) {
    const r = row.get(x.p)
    if (r !== undefined) cells.get(x.a)![r] = x.value
  }
  const { levels, options } = mappedColumns(db)
  const grouped = oneHotQuestions(
    attrs.map((a) => ({ id: a.id, name: a.name, values: cells.get(a.id)! })),
    participantIds.length,
  )
  const questions = grouped.columns.map((c): AnswerColumn => {
    const col: AnswerColumn = { ...c, used: true, reason: null }
    const reason = leftOutByQuestion(col.name) ?? (tooFew(col, participantIds.length) ? 'few_answers' : null)
    return reason ? { ...col, used: false, reason } : col
  })
  const single = attrs.filter((a) => !grouped.consumed.has(a.id))
  return [
    ...questions,
    ...single.map((a) => {
      const col = readAnswerColumn(a.id, a.name, a.type, cells.get(a.id)!, options.get(a.name))
      // The importer stores a scale in words as its numbers: its mapping still has the words.
      const steps = levels.get(a.name)
      if (col.kind === 'scale' && !col.options.length && steps) {
        col.options = steps.map((l) => l.label)
        col.levels = steps
      }
      return col
    }),
  ]
}

/** Answered by fewer than 4 people or 5% of them: too few to tell segments apart by (as for one column). */
function tooFew(col: AnswerColumn, rows: number): boolean {
  let n = 0
  for (let r = 0; r < rows; r++) if (answered(col, r)) n++
  return n < Math.max(4, rows * 0.05)
}

/**
 * What the saved mappings of survey imports know about their columns, by header: a scale's levels
 * (number and words, in order) and a multi-select's learnt options.
 */
function mappedColumns(db: Database.Database): {
  levels: Map<string, { value: number; label: string }[]>
  options: Map<string, string[]>
} {
  const levels = new Map<string, { value: number; label: string }[]>()
  const options = new Map<string, string[]>()
  for (const { mapping } of db.prepare(`SELECT mapping FROM sources WHERE mapping IS NOT NULL`).all() as { mapping: string }[]) {
    try {
      const m = JSON.parse(mapping) as {
        columns?: {
          header?: string
          attribute?: string
          role?: string
          levels?: { label: string; value: number | null }[]
          options?: string[]
        }[]
      }
      for (const c of m.columns ?? []) {
        const name = c.attribute ?? c.header
        if (c.role === 'multi_select' && name && Array.isArray(c.options)) options.set(name, c.options)
        if (c.role === 'likert' && c.header && c.levels) {
          const byValue = new Map<number, string>()
          for (const l of c.levels) if (l.value != null && !byValue.has(l.value)) byValue.set(l.value, l.label)
          levels.set(
            c.header,
            [...byValue.entries()].sort((a, b) => a[0] - b[0]).map(([value, label]) => ({ value, label })),
          )
        }
      }
    } catch {
      // A mapping Needle cannot read adds no scale words or options; the answers are read from themselves.
    }
  }
  return { levels, options }
}

/** The Gower column of an answer column, restricted to the given rows. */
export function gowerColumn(col: AnswerColumn, rows: readonly number[]): GowerColumn {
  if (col.kind === 'scale') return { kind: 'numeric', values: Float64Array.from(rows, (r) => col.numbers![r]) }
  if (col.kind === 'choice') return { kind: 'categorical', values: Int32Array.from(rows, (r) => col.choice![r]) }
  const words = Math.ceil(col.options.length / 32)
  return {
    kind: 'multi',
    values: rows.map((r) => {
      const s = col.sets![r]
      if (!s) return new Uint32Array(0)
      const bits = new Uint32Array(words)
      for (const o of s) bits[o >>> 5] |= 1 << (o & 31)
      return bits
    }),
  }
}

/** Whether a row answered the column. */
export function answered(col: AnswerColumn, r: number): boolean {
  if (col.kind === 'scale') return !Number.isNaN(col.numbers![r])
  if (col.kind === 'choice') return col.choice![r] >= 0
  if (col.kind === 'multi') return col.sets![r] != null
  return false
}
