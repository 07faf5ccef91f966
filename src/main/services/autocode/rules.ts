import type Database from 'better-sqlite3'
import type { AutocodeRule, RuleKind } from '../../../shared/contract/autocode'
import { NeedleError } from '../../../shared/errors'
import { createCode } from '../codes/codebook'
import { parseQuery, type QueryTerm } from '../search/query'
import { STARTER } from './starter'

const SELECT = `SELECT r.id, r.code_id AS codeId, c.name AS code, r.kind, r.pattern, r.starter FROM autocode_rules r JOIN codes c ON c.id = r.code_id`

export function listRules(db: Database.Database, codeId?: number): AutocodeRule[] {
  const rows = (codeId ? db.prepare(`${SELECT} WHERE r.code_id = ? ORDER BY r.id`).all(codeId) : db.prepare(`${SELECT} ORDER BY c.name, r.id`).all()) as (Omit<
    AutocodeRule,
    'starter'
  > & { starter: number })[]
  return rows.map((r) => ({ ...r, starter: r.starter === 1 }))
}

export function getRule(db: Database.Database, id: number): AutocodeRule {
  const rule = listRules(db).find((r) => r.id === id)
  if (!rule) throw new NeedleError('not_found', `Auto-code rule ${id} does not exist.`)
  return rule
}

export type CompiledRule = { id: number; codeId: number; pattern: string } & ({ kind: 'words'; term: QueryTerm } | { kind: 'regex'; re: RegExp })

export function compileRule(kind: RuleKind, pattern: string): { term: QueryTerm } | { re: RegExp } {
  if (kind === 'regex') {
    try {
      return { re: new RegExp(pattern, 'giu') }
    } catch (err) {
      throw new NeedleError('invalid_input', `The pattern “${pattern}” is not a valid regular expression: ${(err as Error).message}`)
    }
  }
  // A keyword or phrase is the words in order; "*" at the end makes the last one a prefix.
  const q = parseQuery(`"${pattern.replace(/"/g, ' ').replace(/\*$/, '')}"${pattern.endsWith('*') ? '*' : ''}`)
  if (q.terms.length === 0) throw new NeedleError('invalid_input', `The ${kind} “${pattern}” has no words to look for.`)
  return { term: q.terms[0] }
}

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
      return 're' in c ? { id: r.id, codeId: r.codeId, pattern: r.pattern, kind: 'regex' as const, re: c.re } : { id: r.id, codeId: r.codeId, pattern: r.pattern, kind: 'words' as const, term: c.term }
    })
}

export function addRule(db: Database.Database, codeId: number, kind: RuleKind, pattern: string, starter = false): number | null {
  if (!db.prepare('SELECT 1 FROM codes WHERE id = ?').get(codeId)) throw new NeedleError('not_found', `Code ${codeId} does not exist in this codebook.`)
  compileRule(kind, pattern)
  const info = db
    .prepare('INSERT OR IGNORE INTO autocode_rules (code_id, kind, pattern, starter, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(codeId, kind, pattern, starter ? 1 : 0, new Date().toISOString())
  return info.changes ? Number(info.lastInsertRowid) : null
}

/** Adds the starter lexicons to the first code of each kind, creating Deadline / Emergency / Need when the codebook has none. */
export function installStarter(db: Database.Database): void {
  for (const set of STARTER) {
    const existing = db.prepare('SELECT id FROM codes WHERE kind = ? ORDER BY parent_id IS NOT NULL, sort, id LIMIT 1').pluck().get(set.kind) as number | undefined
    const codeId = existing ?? createCode(db, { name: set.codeName, kind: set.kind })
    for (const r of set.rules) addRule(db, codeId, r.kind, r.pattern, true)
  }
}
