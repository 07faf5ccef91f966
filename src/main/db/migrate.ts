/** Runs pending migrations: all of them in one transaction, so a file is at one version or the next, never between. */
import type Database from 'better-sqlite3'
import { forgetDetectedLanguage } from './languageCache'
import { migrations, SCHEMA_VERSION } from './migrations'

/**
 * `alsoInTransaction` lets creation stamp the file (application_id, name) in the same
 * commit as its schema, so a crash never leaves a half-made project that looks valid.
 */
export function migrate(db: Database.Database, from: number, alsoInTransaction?: (db: Database.Database) => void): void {
  if (from >= SCHEMA_VERSION && !alsoInTransaction) return
  // Table rebuilds (SQLite's 12-step ALTER TABLE) need foreign keys off; instead every
  // reference is checked before the commit, and a migration that breaks one rolls back.
  db.pragma('foreign_keys = OFF')
  try {
    db.transaction(() => {
      for (let v = from; v < SCHEMA_VERSION; v++) migrations[v].up(db)
      // A migration may rewrite content before any connection has the triggers that would forget it.
      if (from < SCHEMA_VERSION) forgetDetectedLanguage(db)
      alsoInTransaction?.(db)
      const broken = db.pragma('foreign_key_check') as unknown[]
      if (broken.length > 0) throw new Error(`the upgrade would leave ${broken.length} broken references`)
      db.pragma(`user_version = ${SCHEMA_VERSION}`)
    }).immediate()
  } finally {
    db.pragma('foreign_keys = ON')
  }
}
