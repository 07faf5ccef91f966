/**
 * Running the rules: each document's words are keyed once (as search keys them) and every
 * rule looks for its words or pattern; a hit widens to its sentence, which is what a
 * researcher would highlight, and a deadline's sentence is read for its due date. New
 * suggestions join the queue; spans already suggested (pending, accepted or rejected) or
 * already coded with that code are left alone, so a second run only adds what is new.
 */
import type Database from 'better-sqlite3'
import { foldWithMap, originalSpan } from '../../../shared/text/foldMap'
import { words } from '../../../shared/text/searchTokens'
import { documentReference, parseDueDate } from '../coding/dates'
import { findSpans, type Span } from '../search/locate'
import { compiledRules, type CompiledRule } from './rules'

const MAX_SENTENCE = 400
const TERMINATORS = /[.!?؟\n\u06D4]/

/** The sentence around a match, trimmed; a very long "sentence" is cut to a window around the match. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start
  while (s > 0 && !TERMINATORS.test(text[s - 1]) && start - s < MAX_SENTENCE) s--
  let e = end
  while (e < text.length && !TERMINATORS.test(text[e]) && e - end < MAX_SENTENCE) e++
  if (e < text.length && /[.!?؟\u06D4]/.test(text[e])) e++
  while (s < start && /\s/.test(text[s])) s++
  while (e > end && /\s/.test(text[e - 1])) e--
  // Speaker labels ("Ali: ...") stay outside the highlight.
  const label = /^[^\n:]{1,40}:\s+/.exec(text.slice(s, start))
  if (label) s += label[0].length
  return { start: s, end: e }
}

function ruleSpans(rule: CompiledRule, text: string, ws: ReturnType<typeof words>, folded: () => ReturnType<typeof foldWithMap>): Span[] {
  if (rule.kind === 'words') return findSpans(ws, [rule.term])
  const f = folded()
  const out: Span[] = []
  rule.re.lastIndex = 0
  for (const m of f.folded.matchAll(rule.re)) {
    if (m[0].length === 0) continue
    out.push(originalSpan(f, m.index, m.index + m[0].length))
  }
  return out
}

export function runRules(db: Database.Database, opts: { documentIds?: number[]; codeIds?: number[] }): number {
  const rules = compiledRules(db, opts.codeIds)
  if (rules.length === 0) return 0
  const kinds = new Map((db.prepare('SELECT id, kind FROM codes').all() as { id: number; kind: string }[]).map((c) => [c.id, c.kind]))
  const ids = (opts.documentIds ?? (db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[])) as number[]
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck()
  const coded = db.prepare(
    `SELECT 1 FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id
      WHERE h.document_id = ? AND hc.code_id = ? AND h.start < ? AND h.end > ? LIMIT 1`,
  )
  const insert = db.prepare(
    `INSERT OR IGNORE INTO autocode_suggestions (document_id, code_id, rule_id, start, end, due_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const now = new Date().toISOString()
  let queued = 0
  for (const id of ids) {
    const text = textOf.get(id) as string | undefined
    if (!text) continue
    const ws = words(text)
    let f: ReturnType<typeof foldWithMap> | null = null
    const folded = () => (f ??= foldWithMap(text))
    let reference: string | null = null
    const done = new Set<string>()
    for (const rule of rules) {
      for (const hit of ruleSpans(rule, text, ws, folded)) {
        const span = sentenceAround(text, hit.start, hit.end)
        const key = `${rule.codeId}:${span.start}:${span.end}`
        if (done.has(key)) continue
        done.add(key)
        if (coded.get(id, rule.codeId, span.end, span.start)) continue
        let due: string | null = null
        if (kinds.get(rule.codeId) === 'deadline') {
          reference ??= documentReference(db, id)
          due = parseDueDate(text.slice(span.start, span.end), reference).date
        }
        queued += insert.run(id, rule.codeId, rule.id, span.start, span.end, due, now).changes
      }
    }
  }
  return queued
}
