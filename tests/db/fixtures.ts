/** Real files for the project-file tests: foreign, future, old and damaged ones, made with raw SQLite. */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { APPLICATION_ID } from '../../src/main/db/fileFormat'
import { SCHEMA_VERSION } from '../../src/main/db/migrations'
import { createProject } from '../../src/main/db/open'

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** A folder's entries, sorted: to show that nothing appeared beside a file (-wal, -shm, a lock). */
export function entries(dir: string): string[] {
  return readdirSync(dir).sort()
}

export function textFile(path: string): void {
  writeFileSync(path, 'Interview notes, not a project.\nSpeaker 1: hello\n')
}

/** Another program's SQLite database, optionally left in WAL mode (header bytes 18/19 = 2). */
export function foreignDb(path: string, wal = false): void {
  const db = new Database(path)
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'x\')')
  if (wal) db.pragma('journal_mode = WAL')
  db.close()
}

/** A Needle project from a newer Needle: a real project whose user_version is one ahead. */
export function futureProject(path: string): void {
  createProject(path).close()
  const db = new Database(path)
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
  db.close()
}

/** The shape a file has before migration 1: Needle's application_id, user_version 0, no tables. */
export function v0Project(path: string, extraSql = ''): void {
  const db = new Database(path)
  db.pragma(`application_id = ${APPLICATION_ID}`)
  if (extraSql) db.exec(extraSql)
  db.close()
}

export function pragmaOf(path: string, name: string): unknown {
  const db = new Database(path, { readonly: true })
  try {
    return db.pragma(name, { simple: true })
  } finally {
    db.close()
  }
}

export function tableNames(path: string): string[] {
  const db = new Database(path, { readonly: true })
  try {
    return (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>).map((r) => r.name)
  } finally {
    db.close()
  }
}

/** Adds one source with `n` documents of ~2 KB each, in one transaction, so the file spans many pages. */
export function fillProject(db: Database.Database, n: number): void {
  const now = new Date().toISOString()
  db.transaction(() => {
    const source = db.prepare(`INSERT INTO sources (kind, name, imported_at) VALUES ('interview', 'Interviews', ?)`).run(now)
    const doc = db.prepare(`INSERT INTO documents (source_id, title, text, created_at) VALUES (?, ?, ?, ?)`)
    for (let i = 0; i < n; i++) {
      doc.run(source.lastInsertRowid, `Interview ${i}`, `Turn ${i}: we need the invoice before the deadline. `.repeat(40), now)
    }
  })()
}

export function countRows(path: string, table: string): number {
  const db = new Database(path, { readonly: true })
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

/**
 * Overwrites a span that starts in the middle of one page and ends in the middle of the
 * page after next, in the middle of the file, so a whole b-tree page header is garbage.
 */
export function damageMiddle(path: string): void {
  const bytes = readFileSync(path)
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16)
  const pages = Math.floor(bytes.length / pageSize)
  const first = Math.floor(pages / 2)
  const start = first * pageSize + pageSize / 2
  let seed = 7
  for (let i = start; i < start + 2 * pageSize && i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    bytes[i] = seed & 0xff
  }
  writeFileSync(path, bytes)
}
