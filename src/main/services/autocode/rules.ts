import type Database from 'better-sqlite3'
import type { AutocodeRule, RuleKind, RuleProblem } from '../../../shared/contract/autocode'
import { NeedleError } from '../../../shared/errors'
import { foldArabic } from '../../../shared/text/arabic'
import { createCode } from '../codes/codebook'
import { parseQuery, type QueryTerm } from '../search/query'
import { STARTER } from './starter'

const SELECT = `SELECT r.id, r.code_id AS codeId, c.name AS code, r.kind, r.pattern, r.starter FROM autocode_rules r JOIN codes c ON c.id = r.code_id`

type RuleRow = Omit<AutocodeRule, 'starter' | 'language'> & { starter: number }
const toRule = (r: RuleRow): AutocodeRule => ({ ...r, starter: r.starter === 1, language: ruleLanguage(r.kind, r.pattern) })

export function listRules(db: Database.Database, codeId?: number): AutocodeRule[] {
  const rows = (
    codeId ? db.prepare(`${SELECT} WHERE r.code_id = ? ORDER BY r.id`).all(codeId) : db.prepare(`${SELECT} ORDER BY c.name, r.id`).all()
  ) as RuleRow[]
  return rows.map(toRule)
}

/**
 * The script a rule looks for: Arabic when it has Arabic letters, English when it has Latin
 * ones. A pattern's escapes and group names (\p{L}, \d, (?<name>…)) are syntax, not words.
 */
export function ruleLanguage(kind: RuleKind, pattern: string): AutocodeRule['language'] {
  const words =
    kind === 'regex'
      ? pattern.replace(/\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|.)|\(\?<(?![=!])[^>]*>/g, ' ')
      : pattern
  if (/\p{Script=Arabic}/u.test(words)) return 'ar'
  if (/\p{Script=Latin}/u.test(words)) return 'en'
  return null
}

export function getRule(db: Database.Database, id: number): AutocodeRule {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RuleRow | undefined
  if (!row) throw new NeedleError('not_found', `Auto-code rule ${id} does not exist.`)
  return toRule(row)
}

export type CompiledRule = { id: number; codeId: number; pattern: string } & (
  { kind: 'words'; term: QueryTerm } | { kind: 'regex'; re: RegExp }
)

/**
 * A rule as it runs. A pattern runs on folded text (no harakat or tatweel, one alef, ة as ه,
 * lower case), so its own letters are folded alike: "طارئة" must find طارئة.
 * An unusable rule is refused with details.reason (and details.detail for a pattern).
 */
export function compileRule(kind: RuleKind, pattern: string): { term: QueryTerm } | { re: RegExp } {
  if (kind === 'regex') {
    try {
      return { re: new RegExp(foldArabic(pattern), 'giu') }
    } catch (err) {
      // V8 says "Invalid regular expression: /(/giu: Unterminated group"; the part after the pattern is what is wrong.
      const message = (err as Error).message
      const detail = message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')
      throw new NeedleError('invalid_input', `The pattern “${pattern}” is not a valid regular expression: ${detail}`, {
        reason: 'regex',
        detail,
      })
    }
  }
  // A keyword or phrase is the words in order; "*" at the end makes the last one a prefix.
  const q = parseQuery(`"${pattern.replace(/"/g, ' ').replace(/\*$/, '')}"${pattern.endsWith('*') ? '*' : ''}`)
  if (q.terms.length === 0)
    throw new NeedleError('invalid_input', `The ${kind} “${pattern}” has no words to look for.`, { reason: 'no_words' })
  return { term: q.terms[0] }
}

/** What addRule would refuse, found without saving anything (the rule editor asks as you type). */
export function checkRule(db: Database.Database, kind: RuleKind, pattern: string, codeId?: number): RuleProblem | null {
  try {
    compileRule(kind, pattern)
  } catch (err) {
    if (!(err instanceof NeedleError) || !err.details) throw err
    const { reason, detail } = err.details as { reason: 'regex' | 'no_words'; detail?: string }
    return detail === undefined ? { reason, message: err.message } : { reason, message: err.message, detail }
  }
  if (
    codeId !== undefined &&
    db.prepare('SELECT 1 FROM autocode_rules WHERE code_id = ? AND kind = ? AND pattern = ?').get(codeId, kind, pattern)
  ) {
    return { reason: 'duplicate', message: duplicateMessage(kind, pattern) }
  }
  return null
}

export const duplicateMessage = (kind: RuleKind, pattern: string) => `That code already has the ${kind} rule “${pattern}”.`

export function compiledRules(db: Database.Database, codeIds?: number[]): CompiledRule[] {
  const rules = db.prepare('SELECT id, code_id AS codeId, kind, pattern FROM autocode_rules ORDER BY id').all() as {
    id: number
    codeId: number
    kind: RuleKind
    pattern: string
  }[]
  return rules
    .filter((r) => !codeIds || codeIds.includes(r.codeId))
    .map((r) => {
      const c = compileRule(r.kind, r.pattern)
      return 're' in c
        ? { id: r.id, codeId: r.codeId, pattern: r.pattern, kind: 'regex' as const, re: c.re }
        : { id: r.id, codeId: r.codeId, pattern: r.pattern, kind: 'words' as const, term: c.term }
    })
}

export function addRule(db: Database.Database, codeId: number, kind: RuleKind, pattern: string, starter = false): number | null {
  if (!db.prepare('SELECT 1 FROM codes WHERE id = ?').get(codeId))
    throw new NeedleError('not_found', `Code ${codeId} does not exist in this codebook.`)
  compileRule(kind, pattern)
  const info = db
    .prepare('INSERT OR IGNORE INTO autocode_rules (code_id, kind, pattern, starter, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(codeId, kind, pattern, starter ? 1 : 0, new Date().toISOString())
  return info.changes ? Number(info.lastInsertRowid) : null
}

/** Deletes a rule and the suggestions it queued that are still waiting; accepted and rejected ones stay as the record of a decision. */
export function deleteRule(db: Database.Database, id: number): { withdrawn: number } {
  const withdrawn = db.prepare("DELETE FROM autocode_suggestions WHERE rule_id = ? AND status = 'pending'").run(id).changes
  if (db.prepare('DELETE FROM autocode_rules WHERE id = ?').run(id).changes === 0)
    throw new NeedleError('not_found', `Auto-code rule ${id} does not exist.`)
  return { withdrawn }
}

/**
 * Adds the starter lexicons to the generic codes they were written for (Deadline, Emergency,
 * Need), creating each the first time it is used. Never to the first code of a kind: a
 * researcher's "Faster validator deposits" is a particular need, and every "we need" in the
 * project is not evidence for it. A researcher's own code only gets the rules written for it.
 */
export function installStarter(db: Database.Database): void {
  for (const set of STARTER) {
    const existing = db
      .prepare('SELECT id FROM codes WHERE kind = ? AND lower(trim(name)) = lower(?) ORDER BY id LIMIT 1')
      .pluck()
      .get(set.kind, set.codeName) as number | undefined
    const codeId = existing ?? createCode(db, { name: set.codeName, kind: set.kind })
    for (const r of set.rules) addRule(db, codeId, r.kind, r.pattern, true)
  }
}
