import { currentCoderId } from '../coding/coders'
import { recordAction } from '../coding/undo'
import type { HandlerMap } from '../handlers'
import { acceptSuggestions, listSuggestions, rejectSuggestions } from './queue'
import { addRule, getRule, installStarter, listRules } from './rules'
import { runRules } from './run'
import { NeedleError } from '../../../shared/errors'

type Channels =
  | 'autocode.rules'
  | 'autocode.addRule'
  | 'autocode.deleteRule'
  | 'autocode.installStarter'
  | 'autocode.run'
  | 'autocode.list'
  | 'autocode.accept'
  | 'autocode.reject'

const count = (n: number) => `${n} suggestion${n === 1 ? '' : 's'}`

export const autocodeHandlers: HandlerMap<Channels> = {
  'autocode.rules': (session, { codeId }) => listRules(session.requireProject().db, codeId),
  'autocode.addRule': (session, { codeId, kind, pattern }) => {
    const db = session.writable()
    const id = db.transaction(() => addRule(db, codeId, kind, pattern))()
    if (id === null) throw new NeedleError('already_exists', `That code already has the ${kind} rule “${pattern}”.`)
    return getRule(db, id)
  },
  'autocode.deleteRule': (session, { id }) => {
    const db = session.writable()
    if (db.prepare('DELETE FROM autocode_rules WHERE id = ?').run(id).changes === 0) throw new NeedleError('not_found', `Auto-code rule ${id} does not exist.`)
    return null
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
    const queued = db.transaction(() => runRules(db, { documentIds, codeIds }))()
    const pending = db.prepare("SELECT count(*) FROM autocode_suggestions WHERE status = 'pending'").pluck().get() as number
    return { queued, pending, installedStarter }
  },
  'autocode.list': (session, input) => listSuggestions(session.requireProject().db, input),
  'autocode.accept': (session, sel) => {
    const n = 'all' in sel ? 'all' : count(sel.ids.length)
    return recordAction(session, `Accept ${n === 'all' ? 'all suggestions' : n}`, (db) => acceptSuggestions(db, sel, currentCoderId(session, db)))
  },
  'autocode.reject': (session, sel) => {
    const n = 'all' in sel ? 'all suggestions' : count(sel.ids.length)
    return recordAction(session, `Reject ${n}`, (db) => rejectSuggestions(db, sel))
  },
}
