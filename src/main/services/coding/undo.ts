/**
 * Undo and redo for coding actions.
 *
 * How a step is captured: TEMP triggers (per connection, never written into the project file)
 * log every row a coding action inserts, updates or deletes in the coding tables, including
 * rows removed by foreign-key cascades, as JSON before/after images. One action = one
 * transaction = one undo step holding that change list. Undo replays the list backwards
 * restoring "before" images, redo replays it forwards restoring "after" images, each in one
 * transaction. Because it is row images rather than hand-written inverse functions, every
 * action (and any future one wrapped in `recordAction`) is undoable the same way.
 *
 * Where the stack lives: in memory, keyed by the Session object. The desktop window and the
 * browser edition's server each keep one Session for as long as the app runs, so a renderer
 * reload (F5 in the browser edition, a window reload in Electron) finds the same stack, while
 * closing or switching the project drops it. A TEMP table would die with the connection just
 * the same, and the stack must not travel inside the project file to the next person.
 *
 * Before replaying, every row is compared with what the step left behind; if anything else
 * changed it since (an import, a merge from a teammate), the step is refused with a clear
 * message instead of overwriting newer work.
 */
import type Database from 'better-sqlite3'
import type { UndoState } from '../../../shared/contract/coding'
import { NeedleError } from '../../../shared/errors'
import type { ProjectDb } from '../../db/open'
import type { Session } from '../../session'

const TRACKED = ['codes', 'highlights', 'highlight_codes', 'memos', 'ratings', 'persona_evidence', 'autocode_rules', 'autocode_suggestions']
const MAX_STEPS = 200

interface Change {
  table: string
  rowid: number
  before: string | null
  after: string | null
}

interface Step {
  label: string
  changes: Change[]
}

interface Stack {
  project: ProjectDb
  undo: Step[]
  redo: Step[]
}

const ON = 'EXISTS (SELECT 1 FROM temp.undo_recording)'
const stacks = new WeakMap<Session, Stack>()
const columnsOf = new WeakMap<Database.Database, Map<string, string[]>>()

function stackOf(session: Session): Stack {
  const project = session.requireProject()
  let stack = stacks.get(session)
  if (!stack || stack.project !== project) {
    stack = { project, undo: [], redo: [] }
    stacks.set(session, stack)
  }
  return stack
}

function install(db: Database.Database): Map<string, string[]> {
  const known = columnsOf.get(db)
  if (known) return known
  const cols = new Map<string, string[]>()
  db.exec('CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, rid INTEGER NOT NULL, before TEXT, after TEXT)')
  // Logging is on only while an action is recorded, so imports and other writers pay nothing.
  db.exec('CREATE TEMP TABLE IF NOT EXISTS undo_recording (on_ INTEGER)')
  for (const table of TRACKED) {
    const info = db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).pluck().all(table) as string[]
    if (info.length === 0) continue
    cols.set(table, info)
    const img = (alias: 'old' | 'new') => `json_array(${info.map((c) => `${alias}."${c}"`).join(', ')})`
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_ins AFTER INSERT ON main."${table}" WHEN ${ON} BEGIN
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', new.rowid, NULL, ${img('new')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_del AFTER DELETE ON main."${table}" WHEN ${ON} BEGIN
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', old.rowid, ${img('old')}, NULL); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_upd AFTER UPDATE ON main."${table}" WHEN old.rowid = new.rowid AND ${ON} BEGIN
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', new.rowid, ${img('old')}, ${img('new')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_rekey AFTER UPDATE ON main."${table}" WHEN old.rowid <> new.rowid AND ${ON} BEGIN
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', old.rowid, ${img('old')}, NULL);
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', new.rowid, NULL, ${img('new')}); END;
    `)
  }
  columnsOf.set(db, cols)
  return cols
}

function takeLog(db: Database.Database): Change[] {
  const rows = db.prepare('SELECT tbl AS "table", rid AS rowid, before, after FROM temp.undo_log ORDER BY seq').all() as Change[]
  db.prepare('DELETE FROM temp.undo_log').run()
  return rows
}

/**
 * Runs one coding action in one transaction and records it as one undo step.
 * An action that changed nothing leaves the stacks as they were.
 */
export function recordAction<T>(session: Session, label: string, action: (db: Database.Database) => T): T {
  const db = session.writable()
  const stack = stackOf(session)
  install(db)
  const { result, changes } = db.transaction(() => {
    db.prepare('DELETE FROM temp.undo_log').run()
    db.prepare('INSERT INTO temp.undo_recording VALUES (1)').run()
    try {
      const result = action(db)
      return { result, changes: takeLog(db) }
    } finally {
      db.prepare('DELETE FROM temp.undo_recording').run()
    }
  }).immediate()
  if (changes.length > 0) {
    stack.undo.push({ label, changes })
    if (stack.undo.length > MAX_STEPS) stack.undo.shift()
    stack.redo = []
  }
  return result
}

function replay(db: Database.Database, cols: Map<string, string[]>, step: Step, direction: 'undo' | 'redo'): void {
  const list = direction === 'undo' ? [...step.changes].reverse() : step.changes
  for (const c of list) {
    const names = cols.get(c.table)
    if (!names) throw new NeedleError('conflict', `The project no longer has the ${c.table} table this step changed.`)
    const expected = direction === 'undo' ? c.after : c.before
    const target = direction === 'undo' ? c.before : c.after
    const current = db.prepare(`SELECT json_array(${names.map((n) => `"${n}"`).join(', ')}) FROM main."${c.table}" WHERE rowid = ?`).pluck().get(c.rowid) as
      | string
      | undefined
    if ((current ?? null) !== expected) {
      throw new NeedleError('conflict', `“${step.label}” cannot be ${direction === 'undo' ? 'undone' : 'redone'}: the coding it touched has changed since (another import, merge or edit).`)
    }
    if (target === null) {
      db.prepare(`DELETE FROM main."${c.table}" WHERE rowid = ?`).run(c.rowid)
      continue
    }
    const values = JSON.parse(target) as unknown[]
    if (current === undefined) {
      db.prepare(`INSERT INTO main."${c.table}" (rowid, ${names.map((n) => `"${n}"`).join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`).run(c.rowid, ...values as never[])
    } else {
      db.prepare(`UPDATE main."${c.table}" SET ${names.map((n) => `"${n}" = ?`).join(', ')} WHERE rowid = ?`).run(...values as never[], c.rowid)
    }
  }
}

function move(session: Session, direction: 'undo' | 'redo'): UndoState {
  const db = session.writable()
  const stack = stackOf(session)
  const from = direction === 'undo' ? stack.undo : stack.redo
  const to = direction === 'undo' ? stack.redo : stack.undo
  const step = from.at(-1)
  if (!step) throw new NeedleError('not_found', direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.')
  const cols = install(db)
  // The log already holds what cascades did, so replay restores row images with foreign-key
  // actions off (a cascade firing again would fight the logged rows), then checks the result.
  db.pragma('foreign_keys = OFF')
  try {
    db.transaction(() => {
      replay(db, cols, step, direction)
      db.prepare('DELETE FROM temp.undo_log').run()
      for (const table of new Set(step.changes.map((c) => c.table))) {
        if ((db.pragma(`foreign_key_check("${table}")`) as unknown[]).length > 0) {
          throw new NeedleError('conflict', `“${step.label}” cannot be ${direction === 'undo' ? 'undone' : 'redone'}: something it refers to has been removed since.`)
        }
      }
    }).immediate()
  } catch (err) {
    if (err instanceof NeedleError && err.code === 'conflict') {
      // The history behind this step no longer matches the project: keep nothing that could overwrite newer work.
      stack.undo = []
      stack.redo = []
    }
    throw err
  } finally {
    db.pragma('foreign_keys = ON')
  }
  from.pop()
  to.push(step)
  return undoState(session)
}

export const undo = (session: Session) => move(session, 'undo')
export const redo = (session: Session) => move(session, 'redo')

export function undoState(session: Session): UndoState {
  if (!session.project) return { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }
  const stack = stackOf(session)
  return {
    canUndo: stack.undo.length > 0,
    canRedo: stack.redo.length > 0,
    undoLabel: stack.undo.at(-1)?.label ?? null,
    redoLabel: stack.redo.at(-1)?.label ?? null,
  }
}
