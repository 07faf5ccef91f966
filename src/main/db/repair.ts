/**
 * Repair, with the researcher's consent, of what `needle check` lists and opening refuses when
 * nothing else is wrong: references that point to missing rows, and highlights or turns whose
 * span is outside their document's text. The file is backed up first (into the backups folder
 * beside it, named "...-before-repair.needle", where restore finds it), then every fix is made
 * in one transaction and verified with the same inspection opening uses, so the file is either
 * repaired and opens, or left exactly as it was.
 *
 * Each broken reference is fixed the way the schema itself would have, had the row it points to
 * been deleted properly: ON DELETE SET NULL clears the reference, ON DELETE CASCADE removes the
 * row (and, through the schema, what hangs on it). Damage SQLite finds (integrity_check), a
 * mislabelled schema and triggers or views are not repairable here: those need a backup or a
 * clean copy, and are refused with check's own words.
 */
import Database from 'better-sqlite3'
import type { ProjectRepair } from '../../shared/contract/app'
import { NeedleError } from '../../shared/errors'
import { writeBackup } from './backup'
import { checkIdentity, executableSchema, outOfRangeSpans, referenceProblems, structuralProblems, withReadOnlyView } from './inspect'
import { watchContentLanguage } from './languageCache'
import { acquireLock, releaseLock } from './lock'
import { labelProblems } from './schemaLabel'

/** A broken file may take a few rounds: clearing one reference can leave another row pointing nowhere. */
const MAX_ROUNDS = 10

interface ForeignKey {
  id: number
  table: string
  from: string
  on_delete: string
}

/** What repair cannot fix, in check's words; empty when only references and offsets are wrong. */
export function unrepairableProblems(db: Database.Database, schemaVersion: number): string[] {
  const structural = structuralProblems(db, schemaVersion, true)
  if (structural.length) return structural
  const label = labelProblems(db, schemaVersion)
  if (label.length) return label
  return executableSchema(db).map((h) => `${h.type} "${h.name}", which Needle's projects never have`)
}

function fixReferences(db: Database.Database, repairs: string[]): number {
  const broken = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number | null; parent: string; fkid: number }>
  const keys = new Map<string, ForeignKey[]>()
  const keysOf = (table: string) => {
    let list = keys.get(table)
    if (!list) keys.set(table, (list = db.pragma(`foreign_key_list("${table.replace(/"/g, '""')}")`) as ForeignKey[]))
    return list
  }
  for (const b of broken) {
    const table = `"${b.table.replace(/"/g, '""')}"`
    if (b.rowid === null) throw new Error(`a row of ${b.table} without a rowid points to a missing ${b.parent} row`)
    const columns = keysOf(b.table).filter((k) => k.id === b.fkid)
    if (columns[0]?.on_delete === 'SET NULL') {
      db.prepare(`UPDATE ${table} SET ${columns.map((c) => `"${c.from}" = NULL`).join(', ')} WHERE rowid = ?`).run(b.rowid)
      repairs.push(
        `${b.table} row ${b.rowid}: cleared its ${columns.map((c) => c.from).join(', ')}, which pointed to a missing ${b.parent} row`,
      )
    } else {
      const removed = deleteRow(db, b.table, b.rowid)
      repairs.push(`${b.table} row ${b.rowid}: removed, it pointed to a missing ${b.parent} row${dependents(removed)}`)
    }
  }
  return broken.length
}

/** Deletes one row (and through the schema's cascades what hangs on it); returns how many rows went in all. */
function deleteRow(db: Database.Database, table: string, rowid: number): number {
  const changes = () => db.prepare('SELECT total_changes()').pluck().get() as number
  // The full-text index is kept by Needle, not by triggers: a document leaves it with its row.
  if (table === 'documents') db.prepare('DELETE FROM document_fts WHERE rowid = ?').run(rowid)
  const before = changes()
  db.prepare(`DELETE FROM "${table.replace(/"/g, '""')}" WHERE rowid = ?`).run(rowid)
  return changes() - before
}

const dependents = (removed: number) => (removed > 1 ? ` (with ${removed - 1} row${removed === 2 ? '' : 's'} that depended on it)` : '')

/**
 * Backs the file up, then repairs its references and offsets in one transaction. Refuses, and
 * changes nothing, when the file has problems repair cannot fix or someone else has it open.
 */
export function repairProjectFile(path: string): ProjectRepair {
  const { header, schemaVersion } = checkIdentity(path)
  const [unrepairable, total] = withReadOnlyView(path, header, (db) => {
    const found = unrepairableProblems(db, schemaVersion)
    return [found, found.length ? 0 : referenceProblems(db, 1).total] as const
  })
  if (unrepairable.length)
    throw new NeedleError(
      'corrupt',
      `${path} cannot be repaired by Needle: ${unrepairable[0].replace(/\s+/g, ' ').trim()}. It was left untouched; restore a backup ("needle restore") or ask who sent it for a clean copy.`,
      { path },
    )
  if (total === 0) return { path, backup: null, repairs: [] }

  const lock = acquireLock(path)
  if (!lock.acquired) {
    const who = lock.holder ? `${lock.holder.user} on ${lock.holder.host} has it open` : 'its folder is not writable'
    throw new NeedleError('read_only', `${path} cannot be repaired now: ${who}. It was left untouched.`, { path })
  }
  let db: Database.Database | null = null
  try {
    db = new Database(path, { fileMustExist: true, timeout: 5000 })
    db.pragma('trusted_schema = OFF')
    db.pragma('foreign_keys = ON')
    // Removing broken rows can remove content the kept language was worked out from.
    watchContentLanguage(db)
    const backup = writeBackup(db, path, 'before-repair')
    const repairs: string[] = []
    const conn = db
    conn
      .transaction(() => {
        for (const s of outOfRangeSpans(conn)) {
          const removed = deleteRow(conn, s.table, s.id)
          repairs.push(
            `${s.table} row ${s.id}: removed, it spanned ${s.start}-${s.stop} in document ${s.documentId}, whose text is ${s.length} characters${dependents(removed)}`,
          )
        }
        for (let round = 0; fixReferences(conn, repairs) > 0; round++) {
          if (round >= MAX_ROUNDS) throw new Error('references kept breaking after repair')
        }
        // The same inspection opening makes: a repair that would not open is not committed.
        const left = referenceProblems(conn, 3)
        if (left.total > 0) throw new Error(`${left.total} problems remain (${left.problems.join('; ')})`)
      })
      .immediate()
    return { path, backup, repairs }
  } catch (err) {
    if (err instanceof NeedleError) throw err
    throw new NeedleError(
      'internal',
      `${path} could not be repaired (${(err as Error).message}). Nothing was changed; restore a backup with "needle restore".`,
      { path },
    )
  } finally {
    if (db?.open) db.close()
    releaseLock(path)
  }
}
