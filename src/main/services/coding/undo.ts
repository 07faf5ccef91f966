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
 *
 * Persona edits are recorded the same way (personas and persona_evidence are tracked), and so are
 * participant changes (participants and their values, memberships, and the participant of
 * documents and turns: see PARTIAL). A persona
 * row may carry the researcher's picture (up to 2 MB): images hold a digest of a BLOB instead of
 * its bytes, and the bytes are kept once per connection, so an edit of a card with a picture
 * does not copy the picture into every step. A section's text is saved while the researcher
 * types; `coalesce` merges consecutive saves of the same thing into one step.
 */
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { UndoState } from '../../../shared/contract/coding'
import { NeedleError } from '../../../shared/errors'
import type { ProjectDb } from '../../db/open'
import { readJsonColumn, rowImageSchema } from '../../db/jsonColumn'
import { DETECTED_LANGUAGE_KEY } from '../../db/languageCache'
import { statement } from '../../db/statements'
import type { Session } from '../../session'

const TRACKED = [
  'codes',
  'highlights',
  'highlight_codes',
  'memos',
  'ratings',
  'personas',
  'persona_evidence',
  'autocode_rules',
  'autocode_suggestions',
  // Participant changes (rename, merge, split, interviewer mark); project_meta holds the merged-label aliases.
  'participants',
  'participant_values',
  'participant_sources',
  'segment_members',
  'project_meta',
]
/**
 * Tables tracked in some columns only, and only for updates: a participant change reassigns
 * documents and turns but never creates or deletes them, and copying a transcript's whole text
 * into a step for a change of its participant would cost megabytes.
 */
const PARTIAL: Record<string, string[]> = { documents: ['participant_id'], utterances: ['participant_id'] }
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
  /** Set when later actions with the same key may still merge into this step. */
  coalesce?: { key: string; at: number }
}

interface Stack {
  project: ProjectDb
  undo: Step[]
  redo: Step[]
  /** The step the latest action made or grew; only it may grow (an undo or redo ends it). */
  open: Step | null
}

/** A table's columns as recorded: BLOB-capable columns go through a digest (see the header). */
interface Column {
  name: string
  blob: boolean
}

export interface RecordOptions {
  /**
   * Actions with the same key, each within `withinMs` of the previous one and with nothing else
   * recorded in between, become one step (e.g. the saves of one section's text while typing).
   * The step takes the latest action's label.
   */
  coalesce?: { key: string; withinMs: number }
}

const ON = 'EXISTS (SELECT 1 FROM temp.undo_recording)'
/**
 * Rows a tracked table holds that are no part of any step: the kept detected language is derived
 * from the content and forgotten by its own triggers whenever content changes (replays included),
 * and a step holding it would be refused once a summary had kept it anew.
 */
const UNTRACKED_ROWS: Record<string, (alias: 'old' | 'new') => string> = {
  project_meta: (alias) => `${alias}.key IS NOT '${DETECTED_LANGUAGE_KEY}'`,
}
const stacks = new WeakMap<Session, Stack>()
const columnsOf = new WeakMap<Database.Database, Map<string, Column[]>>()
/** BLOB values seen in recorded rows, by digest: one copy per distinct value, for as long as the connection. */
const blobsOf = new WeakMap<Database.Database, Map<string, Buffer>>()

function stackOf(session: Session): Stack {
  const project = session.requireProject()
  let stack = stacks.get(session)
  if (!stack || stack.project !== project) {
    stack = { project, undo: [], redo: [], open: null }
    stacks.set(session, stack)
  }
  return stack
}

/** A column's value in a row image: as is, or {"blob": digest} for bytes. `alias` is old/new in triggers, empty in a SELECT. */
function valueSql(alias: string, c: Column): string {
  const ref = `${alias ? `${alias}.` : ''}"${c.name}"`
  return c.blob ? `json(needle_undo_value(${ref}))` : ref
}

function imageSql(alias: string, columns: Column[]): string {
  return `json_array(${columns.map((c) => valueSql(alias, c)).join(', ')})`
}

function install(db: Database.Database): Map<string, Column[]> {
  const known = columnsOf.get(db)
  if (known) return known
  const cols = new Map<string, Column[]>()
  const blobs = new Map<string, Buffer>()
  blobsOf.set(db, blobs)
  // JSON cannot hold bytes, and a picture copied into every step would cost megabytes each.
  db.function('needle_undo_value', { deterministic: true }, (value: unknown) => {
    if (value === null || value === undefined) return 'null'
    if (!Buffer.isBuffer(value)) return JSON.stringify(typeof value === 'bigint' ? Number(value) : value)
    const digest = `${value.length}:${createHash('sha256').update(value).digest('hex')}`
    if (!blobs.has(digest)) blobs.set(digest, Buffer.from(value))
    return JSON.stringify({ blob: digest })
  })
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, rid INTEGER NOT NULL, before TEXT, after TEXT)',
  )
  // Logging is on only while an action is recorded, so imports and other writers pay nothing.
  db.exec('CREATE TEMP TABLE IF NOT EXISTS undo_recording (on_ INTEGER)')
  for (const table of TRACKED) {
    const info = db.prepare(`SELECT name, type FROM pragma_table_info(?, 'main')`).all(table) as { name: string; type: string }[]
    if (info.length === 0) continue
    const columns = info.map((c) => ({ name: c.name, blob: /^(BLOB|ANY|)$/i.test(c.type.trim()) }))
    cols.set(table, columns)
    const img = (alias: 'old' | 'new') => imageSql(alias, columns)
    const keep = UNTRACKED_ROWS[table]
    const on = (...aliases: ('old' | 'new')[]) => (keep ? `${ON} AND ${aliases.map(keep).join(' AND ')}` : ON)
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_ins AFTER INSERT ON main."${table}" WHEN ${on('new')} BEGIN
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', new.rowid, NULL, ${img('new')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_del AFTER DELETE ON main."${table}" WHEN ${on('old')} BEGIN
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', old.rowid, ${img('old')}, NULL); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_upd AFTER UPDATE ON main."${table}" WHEN old.rowid = new.rowid AND ${on('old', 'new')} BEGIN
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', new.rowid, ${img('old')}, ${img('new')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_rekey AFTER UPDATE ON main."${table}" WHEN old.rowid <> new.rowid AND ${on('old', 'new')} BEGIN
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', old.rowid, ${img('old')}, NULL);
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', new.rowid, NULL, ${img('new')}); END;
    `)
  }
  for (const [table, wanted] of Object.entries(PARTIAL)) {
    const info = db.prepare(`SELECT name, type FROM pragma_table_info(?, 'main')`).all(table) as { name: string; type: string }[]
    const columns = info.filter((c) => wanted.includes(c.name)).map((c) => ({ name: c.name, blob: false }))
    if (columns.length === 0) continue
    cols.set(table, columns)
    const changed = columns.map((c) => `old."${c.name}" IS NOT new."${c.name}"`).join(' OR ')
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_upd AFTER UPDATE ON main."${table}" WHEN old.rowid = new.rowid AND (${changed}) AND ${ON} BEGIN
        INSERT INTO undo_log (tbl, rid, before, after) VALUES ('${table}', new.rowid, ${imageSql('old', columns)}, ${imageSql('new', columns)}); END;
    `)
  }
  columnsOf.set(db, cols)
  return cols
}

function takeLog(db: Database.Database): Change[] {
  const rows = statement(db, 'SELECT tbl AS "table", rid AS rowid, before, after FROM temp.undo_log ORDER BY seq').all() as Change[]
  statement(db, 'DELETE FROM temp.undo_log').run()
  return rows
}

const sameRow = (a: Change, b: Change) => a.table === b.table && a.rowid === b.rowid

/**
 * Whether `changes` carry on exactly from where `step` left every row they touch: only then may
 * they join it. A row changed in between by something outside the history (an import, a merge)
 * makes a step of its own, so undoing past it is refused as usual.
 */
function continues(step: Step, changes: Change[]): boolean {
  return changes.every((c) => {
    const last = step.changes.findLast((x) => sameRow(x, c))
    return !last || last.after === c.before
  })
}

/** Appends `changes` to the step; an update of the row the step changed last folds into that change. */
function grow(step: Step, changes: Change[]): void {
  for (const c of changes) {
    const last = step.changes.at(-1)
    if (last && sameRow(last, c) && last.after === c.before) step.changes[step.changes.length - 1] = { ...last, after: c.after }
    else step.changes.push(c)
  }
}

/**
 * Runs one action in one transaction and records it as one undo step (or, with `coalesce`, as
 * part of the step the previous such action made). An action that changed nothing leaves the
 * stacks as they were.
 */
export function recordAction<T>(session: Session, label: string, action: (db: Database.Database) => T, options: RecordOptions = {}): T {
  const db = session.writable()
  const stack = stackOf(session)
  install(db)
  const { result, changes } = db
    .transaction(() => {
      statement(db, 'DELETE FROM temp.undo_log').run()
      statement(db, 'INSERT INTO temp.undo_recording VALUES (1)').run()
      try {
        const result = action(db)
        return { result, changes: takeLog(db) }
      } finally {
        statement(db, 'DELETE FROM temp.undo_recording').run()
      }
    })
    .immediate()
  if (changes.length > 0) {
    const now = Date.now()
    const want = options.coalesce
    const open = stack.open
    if (
      want &&
      open &&
      open === stack.undo.at(-1) &&
      open.coalesce?.key === want.key &&
      now - open.coalesce.at <= want.withinMs &&
      continues(open, changes)
    ) {
      grow(open, changes)
      open.label = label
      open.coalesce = { key: want.key, at: now }
    } else {
      const step: Step = { label, changes, ...(want ? { coalesce: { key: want.key, at: now } } : {}) }
      stack.undo.push(step)
      stack.open = step
      if (stack.undo.length > MAX_STEPS) stack.undo.shift()
    }
    stack.redo = []
  }
  return result
}

/** A row image's values as SQLite takes them back: digests become the bytes they stand for. */
function rowValues(db: Database.Database, columns: Column[], image: string): unknown[] {
  const blobs = blobsOf.get(db)!
  return readJsonColumn(rowImageSchema, image, { table: 'undo step', row: columns[0]?.name ?? '?' }).map((v, i) => {
    if (!columns[i]?.blob || v === null || typeof v !== 'object') return v
    const bytes = blobs.get((v as { blob: string }).blob)
    if (!bytes) throw new NeedleError('internal', `The bytes of a ${columns[i].name} value this step needs are gone.`)
    return bytes
  })
}

function replay(db: Database.Database, cols: Map<string, Column[]>, step: Step, direction: 'undo' | 'redo'): void {
  const list = direction === 'undo' ? [...step.changes].reverse() : step.changes
  for (const c of list) {
    const columns = cols.get(c.table)
    if (!columns) throw new NeedleError('conflict', `The project no longer has the ${c.table} table this step changed.`)
    const names = columns.map((col) => col.name)
    const expected = direction === 'undo' ? c.after : c.before
    const target = direction === 'undo' ? c.before : c.after
    const current = db
      .prepare(`SELECT ${imageSql('', columns)} FROM main."${c.table}" WHERE rowid = ?`)
      .pluck()
      .get(c.rowid) as string | undefined
    if ((current ?? null) !== expected) {
      throw new NeedleError(
        'conflict',
        `“${step.label}” cannot be ${direction === 'undo' ? 'undone' : 'redone'}: the coding it touched has changed since (another import, merge or edit).`,
      )
    }
    if (target === null) {
      db.prepare(`DELETE FROM main."${c.table}" WHERE rowid = ?`).run(c.rowid)
      continue
    }
    const values = rowValues(db, columns, target)
    if (current === undefined) {
      db.prepare(
        `INSERT INTO main."${c.table}" (rowid, ${names.map((n) => `"${n}"`).join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`,
      ).run(c.rowid, ...(values as never[]))
    } else {
      db.prepare(`UPDATE main."${c.table}" SET ${names.map((n) => `"${n}" = ?`).join(', ')} WHERE rowid = ?`).run(
        ...(values as never[]),
        c.rowid,
      )
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
  // What comes after an undo or a redo is a new step, however soon it follows.
  stack.open = null
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
          throw new NeedleError(
            'conflict',
            `“${step.label}” cannot be ${direction === 'undo' ? 'undone' : 'redone'}: something it refers to has been removed since.`,
          )
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

/**
 * The history as data, for a front end whose sessions do not outlive one command (the CLI keeps
 * it between runs outside the project file). Bytes a step needs travel with it as base64. Safe to
 * load stale: every replay checks each row against what the step left behind and refuses otherwise.
 */
export interface SavedHistory {
  undo: { label: string; changes: Change[] }[]
  redo: { label: string; changes: Change[] }[]
  blobs: Record<string, string>
}

export function saveHistory(session: Session): SavedHistory {
  const stack = stackOf(session)
  const blobs = blobsOf.get(stack.project.db)
  const used: Record<string, string> = {}
  const steps = (list: Step[]) =>
    list.map((s) => {
      for (const c of s.changes)
        for (const image of [c.before, c.after])
          for (const m of image?.matchAll(/\{"blob":"([^"]+)"\}/g) ?? []) {
            const bytes = blobs?.get(m[1])
            if (bytes) used[m[1]] = bytes.toString('base64')
          }
      return { label: s.label, changes: s.changes }
    })
  return { undo: steps(stack.undo), redo: steps(stack.redo), blobs: used }
}

export function loadHistory(session: Session, saved: SavedHistory): void {
  const stack = stackOf(session)
  install(stack.project.db)
  const blobs = blobsOf.get(stack.project.db)!
  for (const [digest, base64] of Object.entries(saved.blobs)) blobs.set(digest, Buffer.from(base64, 'base64'))
  stack.undo = saved.undo.map((s) => ({ label: s.label, changes: s.changes }))
  stack.redo = saved.redo.map((s) => ({ label: s.label, changes: s.changes }))
  stack.open = null
}
