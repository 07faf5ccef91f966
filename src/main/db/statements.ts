/**
 * Prepared statements kept per connection. Preparing compiles the SQL each time (tens of
 * microseconds to a millisecond with a large schema); a path that runs on every key press (tagging)
 * prepares its statements once per connection instead. SQLite re-prepares a kept statement by itself
 * when the schema changes; a closed connection's statements go with it (the map is weak).
 */
import type Database from 'better-sqlite3'

const kept = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/** The connection's statement for `sql`, prepared the first time. `pluck` statements are kept apart from plain ones. */
export function statement(db: Database.Database, sql: string, opts: { pluck?: boolean } = {}): Database.Statement {
  let mine = kept.get(db)
  if (!mine) kept.set(db, (mine = new Map()))
  const key = opts.pluck ? `pluck\0${sql}` : sql
  let s = mine.get(key)
  if (!s) {
    s = db.prepare(sql)
    if (opts.pluck) s.pluck()
    mine.set(key, s)
  }
  return s
}
