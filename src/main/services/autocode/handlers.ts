import { currentCoderId } from '../coding/coders'
import { recordAction } from '../coding/undo'
import type { HandlerMap } from '../handlers'
import { acceptSuggestions, listSuggestions, rejectSuggestions } from './queue'
import { addRule, checkRule, deleteRule, duplicateMessage, getRule, installStarter, listRules } from './rules'
import { runRules } from './run'
import { NeedleError } from '../../../shared/errors'

type Channels =
  | 'autocode.rules'
  | 'autocode.addRule'
  | 'autocode.checkRule'
  | 'autocode.deleteRule'
  | 'autocode.installStarter'
  | 'autocode.run'
  | 'autocode.list'
  | 'autocode.accept'
  | 'autocode.reject'

const count = (n: number) => `${n} suggestion${n === 1 ? '' : 's'}`

export const autocodeHandlers: HandlerMap<Channels> = {
  'autocode.rules': (session, { codeId }) => listRules(session.requireProject().db, codeId),
  // Rule edits are undo steps like any codebook change; the labels name the rule and its code (undoLabel.ts reads them).
  'autocode.addRule': (session, { codeId, kind, pattern }) => {
    const db = session.writable()
    const code = db.prepare('SELECT name FROM codes WHERE id = ?').pluck().get(codeId) as string | undefined
    if (code === undefined) throw new NeedleError('not_found', `Code ${codeId} does not exist in this codebook.`)
    const id = recordAction(session, `Add auto-code rule “${pattern}” to “${code}”`, (tx) => {
      const added = addRule(tx, codeId, kind, pattern)
      if (added === null) throw new NeedleError('already_exists', duplicateMessage(kind, pattern), { reason: 'duplicate' })
      return added
    })
    return getRule(db, id)
  },
  'autocode.checkRule': (session, { codeId, kind, pattern }) => {
    const problem = checkRule(session.requireProject().db, kind, pattern, codeId)
    return problem ? { valid: false, ...problem } : { valid: true }
  },
  'autocode.deleteRule': (session, { id }) => {
    const rule = getRule(session.writable(), id)
    return recordAction(session, `Delete auto-code rule “${rule.pattern}” of “${rule.code}”`, (db) => deleteRule(db, id))
  },
  // Creating the starter codes is a codebook change, so it is one undo step.
  'autocode.installStarter': (session) => {
    recordAction(session, 'Add starter auto-code rules', (db) => installStarter(db))
    return listRules(session.requireProject().db)
  },
  'autocode.run': (session, { documentIds, codeIds }) => {
    const db = session.writable()
    let installedStarter = false
    if ((db.prepare('SELECT count(*) FROM autocode_rules').pluck().get() as number) === 0) {
      recordAction(session, 'Add starter auto-code rules', (tx) => installStarter(tx))
      installedStarter = true
    }
    // Queued suggestions point at their rules, so queuing is an undo step of its own: undoing a
    // rule's creation after a run would otherwise leave suggestions pointing at no rule.
    const queued = recordAction(session, 'Run auto-code rules', (tx) => runRules(tx, { documentIds, codeIds }))
    // Pending passages, as the queue lists them (a sentence suggested for two codes is one).
    const pending = db
      .prepare("SELECT count(*) FROM (SELECT 1 FROM autocode_suggestions WHERE status = 'pending' GROUP BY document_id, start, end)")
      .pluck()
      .get() as number
    return { queued, pending, installedStarter }
  },
  'autocode.list': (session, input) => listSuggestions(session.requireProject().db, input),
  'autocode.accept': (session, sel) => {
    const n = 'all' in sel ? 'all' : count(sel.ids.length)
    return recordAction(session, `Accept ${n === 'all' ? 'all suggestions' : n}`, (db) =>
      acceptSuggestions(db, sel, currentCoderId(session, db)),
    )
  },
  'autocode.reject': (session, sel) => {
    const n = 'all' in sel ? 'all suggestions' : count(sel.ids.length)
    return recordAction(session, `Reject ${n}`, (db) => rejectSuggestions(db, sel))
  },
}
