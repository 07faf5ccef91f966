/**
 * Roles for the columns of an event log: who (the customer id, repeated down the column), when
 * (a date or date-time), what (the event type: few distinct values), and optionally the channel,
 * an amount and free text. The mapping step shows the proposal; the researcher can change it.
 */
import type { ColumnMapping } from '../../../shared/import/mapping'
import { readEventDate } from '../events/dates'
import { inferDateOrder, isMissing, parseNumber } from './values'

const WHO =
  /^(id|who|participant|respondent|user|customer|account|client|contact|member|subscriber|المعرف|العميل|رقم العميل|المشترك)(\s*(id|number|no\.?|#|code|المعرف))?$/i
const WHEN = /(date|time|timestamp|\bts\b|\bat\b|\bwhen\b|occurred|created|happened|day|تاريخ|وقت|الوقت)/i
const WHAT = /(event|type|activity|action|what|status|stage|الحدث|نوع|النشاط)/i
const CHANNEL = /(channel|via|medium|source|platform|قناة|القناة)/i
const AMOUNT = /(amount|value|price|total|revenue|\bmrr\b|\barr\b|sum|paid|charge|مبلغ|المبلغ|قيمة)/i
const TEXT = /(text|body|note|notes|comment|description|message|summary|details|ticket|complaint|narrative|نص|ملاحظ|تعليق|وصف|رسالة)/i

/** An events table: a who column, a when column and a what column by name. */
export function looksLikeEvents(headers: string[]): boolean {
  const plain = headers.map((h) => h.replace(/[_-]+/g, ' ').trim())
  return plain.some((h) => /^(event|event type|event name|activity|action)$/i.test(h)) && plain.some((h) => WHEN.test(h))
}

interface Column {
  header: string
  values: string[]
}

export function inferEventColumns(headers: string[], rows: string[][]): ColumnMapping[] {
  const cols: Column[] = headers.map((header, c) => ({
    header,
    values: rows
      .map((r) => r[c])
      .filter((v): v is string => !isMissing(v))
      .map((v) => v.trim()),
  }))
  const taken = new Set<number>()
  const pick = (test: (col: Column, plain: string) => boolean): number => {
    const i = cols.findIndex((col, i) => !taken.has(i) && col.values.length > 0 && test(col, col.header.replace(/[_-]+/g, ' ').trim()))
    if (i >= 0) taken.add(i)
    return i
  }
  const distinct = (col: Column) => new Set(col.values).size
  const avgLength = (col: Column) => col.values.reduce((a, v) => a + v.length, 0) / col.values.length
  const dateShare = (col: Column) =>
    col.values.filter((v) => readEventDate(v, 'mdy').date || readEventDate(v, 'dmy').date).length / col.values.length
  // A column of 10- or 13-digit numbers reads as Unix time, but so would an id column: only a header that
  // says "when" makes such a column the time.
  const unixOnly = (col: Column) => col.values.every((v) => /^\d{10}(\d{3})?(\.\d+)?$/.test(v))

  // A customer has many events: a who column repeats. Billing exports (Stripe-style) start with the event's own
  // unique "id" and name the customer later; the repeating one is who.
  const repeatingWho = pick((col, h) => WHO.test(h) && distinct(col) < col.values.length)
  const who = repeatingWho >= 0 ? repeatingWho : pick((col, h) => WHO.test(h))
  const when = pick((col, h) => WHEN.test(h) && dateShare(col) >= 0.5)
  const whenAny = when >= 0 ? when : pick((col) => !unixOnly(col) && dateShare(col) >= 0.9)
  const what = pick((col, h) => WHAT.test(h) && avgLength(col) <= 80)
  const channel = pick((col, h) => CHANNEL.test(h) && avgLength(col) <= 60)
  const amount = pick((col, h) => AMOUNT.test(h) && col.values.filter((v) => parseNumber(v) !== null).length >= col.values.length * 0.9)
  const whoAny = who >= 0 ? who : pick((col) => distinct(col) < col.values.length)
  const whatAny = what >= 0 ? what : pick((col) => distinct(col) <= Math.max(30, col.values.length * 0.05) && avgLength(col) <= 80)

  return cols.map((col, index): ColumnMapping => {
    const header = col.header
    if (index === whoAny) return { header, index, role: 'account_id' }
    if (index === whenAny) return { header, index, role: 'date', order: inferDateOrder(col.values) ?? 'ymd' }
    if (index === whatAny) return { header, index, role: 'event_type' }
    if (index === channel) return { header, index, role: 'channel' }
    if (index === amount) return { header, index, role: 'amount' }
    if (col.values.length > 0 && (TEXT.test(header) || avgLength(col) >= 30)) return { header, index, role: 'text', textKind: 'notes' }
    return { header, index, role: 'ignore' }
  })
}
