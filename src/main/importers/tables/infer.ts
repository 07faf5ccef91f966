/**
 * Proposing a role for every column from its header and a sample of its values. The
 * researcher confirms or edits the proposal in the mapping step; the CLI uses it as is.
 */
import type { ColumnMapping, Delimiter, HeaderStyle, Scale, TableKind, TableMapping, TextKind } from '../../../shared/import/mapping'
import { matchLikert } from './likert'
import { inferEventColumns, looksLikeEvents } from './inferEvents'
import { findNeedPairs } from './needPairs'
import { ALL_THAT_APPLY, learnOptions, ONE_ANSWER, splitOptions } from './options'
import { inferDateOrder, isMissing, parseDate, parseNumber } from './values'

export interface InferOptions {
  kind?: TableKind
  delimiter?: Delimiter
  headerRows?: number
  headerStyle?: HeaderStyle
  quoting?: boolean
}

interface Profile {
  values: string[]
  distinct: Set<string>
  filled: number
  avgLength: number
  numeric: number
  integers0to10: boolean
  dates: number
}

function profile(rows: string[][], c: number): Profile {
  const values: string[] = []
  for (const r of rows) {
    const v = r[c]
    if (!isMissing(v)) values.push(v.trim())
  }
  const distinct = new Set(values)
  let numeric = 0
  let dates = 0
  let len = 0
  let integers0to10 = values.length > 0
  for (const v of values) {
    len += v.length
    const n = parseNumber(v)
    if (n !== null) numeric++
    if (n === null || !Number.isInteger(n) || n < 0 || n > 10) integers0to10 = false
    if (n === null && /\d/.test(v) && parseDate(v, 'ymd') !== null) dates++
    else if (n === null && /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/.test(v)) dates++
  }
  return { values, distinct, filled: values.length, avgLength: values.length ? len / values.length : 0, numeric, integers0to10, dates }
}

const ID_HEADER =
  /^(id|#|المعرف|معرف|رقم المشارك|رقم العميل|رقم الحساب|respondent|respondent ?id|response ?id|responseid|antwort ?id|_?record ?id|participant( ?id)?|user ?id|customer( ?id| ?number| ?no\.?)?|account( ?id| ?number| ?no\.?| ?name)?|client( ?id)?|company ?id|contact ?id|ticket ?id|complaint ?id|case ?id|deal ?id|opportunity ?id|lead ?id)$/i
// Not "company": in ticket exports that is the business complained about, not the customer.
const ACCOUNT_HEADER = /\b(account|customer|client|contact|cliente|cuenta|عميل|حساب)\b/i
const DATE_HEADER = /(date|time|timestamp|received|created|submitted|closed|fecha|تاريخ)/i
const STAGE_HEADER = /^(lifecycle( stage)?|(customer |account |crm |deal )?(stage|status)|مرحلة العميل|المرحلة|الحالة)$/i
const NPS_HEADER = /(recommend|likely|likelihood|nps|recomend|probable|تنصح|توصي)/i
const TEXT_HEADER =
  /(comment|notes?\b|narrative|review|complaint|feedback|describe|explain|why|own words|please specify|other \(|open-ended|text|message|description|summary|opinion|comentario|opini[oó]n|ملاحظ|تعليق|رأي|شكو|نص)/i
const FEEDBACK_HINTS: Array<{ re: RegExp; role: ColumnMapping['role']; textKind?: TextKind }> = [
  { re: /(lost|churn|loss)[ _-]*(reason)?|reason[ _-]*(lost|for loss|churn)/i, role: 'lost_reason' },
  { re: /(channel|submitted[ _-]?via|medium|source channel|canal|قناة)/i, role: 'channel' },
  { re: /(lifecycle|stage|pipeline|etapa|مرحلة)/i, role: 'stage' },
  { re: /(deal|amount|revenue|\barr\b|\bmrr\b|contract value|value|importe|قيمة)/i, role: 'deal_value' },
  { re: /(rating|score|stars|csat|calificaci[oó]n|تقييم)/i, role: 'rating' },
  { re: /(call[ _-]*notes|notes|meeting notes)/i, role: 'text', textKind: 'call_notes' },
  { re: /(complaint|narrative|ticket|issue description)/i, role: 'text', textKind: 'complaint' },
  { re: /(review)/i, role: 'text', textKind: 'review' },
]

/** survey unless several headers read like a CRM, ticket or review export. */
export function inferKind(headers: string[]): TableKind {
  if (looksLikeEvents(headers)) return 'events'
  // Survey questions are sentences that may mention "customer" or "review"; CRM columns are short names.
  const hits = headers.filter(
    (h) =>
      h.length <= 40 &&
      /(account|customer|complaint|review|deal|ticket|channel|stage|lost|narrative|crm|opportunit|company|submitted[ _-]?via)/i.test(h),
  ).length
  return hits >= 2 && findNeedPairs(headers).length === 0 ? 'feedback' : 'survey'
}

/**
 * The separator and options of a multi-select column, or null when the answers are single choices
 * (some of which may contain commas). The question's wording decides when it says; otherwise the
 * answers do: the options learnt from them (shared/import/options.ts) must recur and combine in
 * more ways than there are options.
 */
function multiSelect(header: string, p: Profile): { separator: ',' | ';'; options: string[] } | null {
  if (p.filled < 5 || ONE_ANSWER.test(header)) return null
  const hint = ALL_THAT_APPLY.test(header)
  for (const sep of [';', ','] as const) {
    if (p.values.filter((v) => splitOptions(v, sep).length > 1).length < p.filled * 0.15) continue
    const learnt = learnOptions(p.values, sep)
    if (learnt.single && !hint) continue
    const items = learnt.split.flat()
    const multi = learnt.split.filter((s) => s.length > 1).length
    if (multi < p.filled * 0.15) continue
    const distinct = new Set(items)
    const avg = items.reduce((a, s) => a + s.length, 0) / items.length
    // Options repeat across respondents; free text with commas does not.
    if (avg > 80 || distinct.size > Math.max(12, items.length * 0.25)) continue
    // Options that always come together are one answer ("Small team, under 10"), unless the question says "all that apply".
    if (!hint && new Set(p.values).size <= distinct.size) continue
    return { separator: sep, options: learnt.options }
  }
  return null
}

function ratingScale(p: Profile): Scale {
  const nums = p.values.map(parseNumber).filter((n): n is number => n !== null)
  const max = Math.max(...nums, 5)
  const min = Math.min(...nums, 1)
  return { min: min < 1 ? 0 : 1, max: max <= 5 ? 5 : max <= 7 ? 7 : max <= 10 ? 10 : 100 }
}

function surveyRole(header: string, p: Profile, rows: number): ColumnMapping {
  const base = { header }
  if (p.filled === 0) return { ...base, role: 'ignore' }
  const numericShare = p.numeric / p.filled
  if (p.dates >= p.filled * 0.9 || (DATE_HEADER.test(header) && p.dates >= p.filled * 0.5)) {
    return { ...base, role: 'date', order: inferDateOrder(p.values) ?? 'ymd' }
  }
  if (numericShare >= 0.95) {
    if (p.integers0to10 && (NPS_HEADER.test(header) || (p.values.some((v) => v === '0') && p.values.some((v) => Number(v) > 7)))) {
      return { ...base, role: 'nps' }
    }
    return { ...base, role: 'number' }
  }
  const levels = matchLikert([...p.distinct])
  if (levels) return { ...base, role: 'likert', levels }
  // A customers table's lifecycle column, not a question: its dated values are kept (a stage's history).
  if (STAGE_HEADER.test(header.replace(/[_-]+/g, ' ').trim())) return { ...base, role: 'stage' }
  const textHint = TEXT_HEADER.test(header)
  const distinctShare = p.distinct.size / p.filled
  // Answers that repeat (option labels, boilerplate) are categories however long they are;
  // what people write in their own words almost never repeats.
  const repeats = p.filled >= 4 && p.distinct.size <= p.filled * 0.5
  // "3 days", "12 months": counts with a unit, not something a respondent wrote.
  const counted = p.values.filter((v) => /^\d/.test(v)).length >= p.filled * 0.9
  const multiline = p.values.some((v) => v.includes('\n'))
  if (
    multiline ||
    (!counted && textHint && distinctShare > 0.2 && p.avgLength >= 5) ||
    (!repeats && !counted && (p.avgLength >= 40 || (distinctShare > 0.8 && p.avgLength >= 20 && p.filled >= 2)))
  ) {
    return { ...base, role: 'text', textKind: 'answer' }
  }
  const multi = multiSelect(header, p)
  if (multi) return { ...base, role: 'multi_select', ...multi }
  void rows
  return { ...base, role: 'category' }
}

function feedbackRole(header: string, p: Profile, rows: number): ColumnMapping {
  const plain = header.replace(/[_-]+/g, ' ')
  if (p.filled > 0) {
    for (const hint of FEEDBACK_HINTS) {
      if (!hint.re.test(plain)) continue
      if (hint.role === 'deal_value' || hint.role === 'rating') {
        if (p.numeric / p.filled < 0.9) continue
        return hint.role === 'rating' ? { header, role: 'rating', scale: ratingScale(p) } : { header, role: 'deal_value' }
      }
      if (hint.role === 'text') {
        if (p.avgLength < 15) continue
        return { header, role: 'text', textKind: hint.textKind ?? 'notes' }
      }
      if (p.avgLength > 60) break
      return { header, role: hint.role } as ColumnMapping
    }
  }
  const r = surveyRole(header, p, rows)
  // Survey-only roles read as plain attributes in a feedback table.
  if (r.role === 'likert' || r.role === 'multi_select') return { header, role: 'category' }
  if (r.role === 'nps') return { header, role: 'rating', scale: { min: 0, max: 10 } }
  if (r.role === 'text' && r.textKind === 'answer') return { header, role: 'text', textKind: 'notes' }
  return r
}

function idColumn(headers: string[], profiles: Profile[], rows: number, kind: TableKind): number {
  const unique = (p: Profile) => p.filled >= Math.max(1, rows * 0.9) && p.distinct.size === p.filled && p.avgLength <= 64
  const named = headers.map((h, i) => ({ h: h.replace(/[_-]+/g, ' ').trim(), i })).filter(({ h }) => ID_HEADER.test(h))
  // A customers table with a lifecycle stage may be its history (one row per change): ids repeat there too.
  const history = kind === 'survey' && headers.some((h) => STAGE_HEADER.test(h.replace(/[_-]+/g, ' ').trim()))
  if (kind === 'feedback' || history) {
    // One account has many notes, tickets or deals: its id repeats down the column.
    const account = named.find(({ h, i }) => ACCOUNT_HEADER.test(h) && profiles[i].filled >= Math.max(1, rows * 0.9))
    if (account) return account.i
  }
  const candidates = named.filter(({ i }) => unique(profiles[i]))
  if (candidates.length > 0) return candidates[0].i
  // A survey's named id column is still its id with a few repeats (a respondent who submitted
  // twice): the importer keeps each repeated row as its own participant and says which.
  const nearlyUnique = (p: Profile) => p.filled >= Math.max(1, rows * 0.9) && p.distinct.size >= p.filled * 0.95 && p.avgLength <= 64
  if (kind === 'survey') return named.find(({ i }) => nearlyUnique(profiles[i]))?.i ?? -1
  return -1
}

/** A full mapping proposal for these headers and sample rows. */
export function inferMapping(headers: string[], sampleRows: string[][], opts: InferOptions = {}): TableMapping {
  const kind = opts.kind ?? inferKind(headers)
  const layout = {
    version: 1 as const,
    kind,
    headerRows: opts.headerRows ?? 1,
    headerStyle: opts.headerStyle ?? 'single',
    delimiter: opts.delimiter ?? ',',
    quoting: opts.quoting ?? true,
  }
  if (kind === 'events') return { ...layout, columns: inferEventColumns(headers, sampleRows) }
  const profiles = headers.map((_, c) => profile(sampleRows, c))
  const columns: ColumnMapping[] = headers.map((h, c) =>
    kind === 'survey' ? surveyRole(h, profiles[c], sampleRows.length) : feedbackRole(h, profiles[c], sampleRows.length),
  )

  const id = idColumn(headers, profiles, sampleRows.length, kind)
  if (id >= 0) columns[id] = { header: headers[id], role: kind === 'survey' ? 'respondent_id' : 'account_id' }

  if (kind === 'survey') {
    for (const pair of findNeedPairs(headers)) {
      for (const measure of ['importance', 'satisfaction'] as const) {
        const c = pair[measure]
        if (c === id) continue
        const p = profiles[c]
        const levels = matchLikert([...p.distinct])
        columns[c] = levels
          ? { header: headers[c], role: 'need_rating', need: pair.need, measure, levels }
          : { header: headers[c], role: 'need_rating', need: pair.need, measure, scale: ratingScale(p) }
      }
    }
  }
  return { ...layout, columns: columns.map((c, index) => ({ ...c, index })) }
}
