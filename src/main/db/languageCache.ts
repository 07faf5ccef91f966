/**
 * What a project's content is written in, worked out once and kept in project_meta
 * ('language_detected'), because every project summary shows it (`needle info`, the overview, each
 * project.changed) and working it out reads a text sample of up to 4,000 rows.
 *
 * Why a kept value that is forgotten by TEMP triggers, rather than one refreshed by the writers: the
 * sample reads four tables (documents, participant values, code and attribute names) that imports,
 * merges, removals, renames, anonymising, repair and undo all write, and a writer added later would
 * have to remember to refresh it. A trigger on each of those tables forgets the value inside the very
 * write that changed the content (the same transaction, cascades included), so it can never be stale
 * on a connection that wrote through Needle; the next summary works it out again and keeps it.
 * Forgetting costs one keyed delete per written row; imports, which write hundreds of thousands,
 * take the triggers off and forget once (bulkContentWrite). Working the value out inside a
 * 100,000-row import transaction on each row would cost far more. The triggers are TEMP (per
 * connection, never written into the file: Needle's projects carry no triggers, db/check.ts), so
 * every connection that writes content installs them (openProject, createProject, repair, the
 * sharing copy). Undo leaves the row out of its steps (coding/undo.ts): it is derived, and replaying
 * content forgets it anyway.
 */
import type Database from 'better-sqlite3'
import { detectLanguage, type ProjectLanguage } from '../../shared/project/language'

export const DETECTED_LANGUAGE_KEY = 'language_detected'

/** The tables the sample reads (and nothing else decides the detected language). */
const SAMPLED_TABLES = ['documents', 'participant_values', 'codes', 'attributes'] as const

/**
 * What the content is written in. A bounded sample (beginnings of documents, survey answers, code and
 * column names) keeps this fast on a 100,000-row survey; the proportion of letters is what counts.
 */
function sampleLanguage(db: Database.Database): ProjectLanguage {
  const texts = (sql: string) => db.prepare(sql).pluck().all() as string[]
  return detectLanguage([
    ...texts('SELECT substr(text, 1, 400) FROM documents ORDER BY id LIMIT 2000'),
    ...texts('SELECT substr(attrs, 1, 1000) FROM participant_values ORDER BY participant_id LIMIT 2000'),
    ...texts('SELECT name FROM codes'),
    ...texts('SELECT name FROM attributes'),
  ])
}

/** Installs the triggers that forget the kept language on any write to what the sample reads. */
export function watchContentLanguage(db: Database.Database): void {
  const forget = `DELETE FROM main.project_meta WHERE key = '${DETECTED_LANGUAGE_KEY}'`
  for (const table of SAMPLED_TABLES) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS language_cache_${table}_${op.toLowerCase()} AFTER ${op} ON main."${table}" BEGIN ${forget}; END`,
      )
    }
  }
}

/** Takes the triggers off this connection (see bulkContentWrite). */
function unwatchContentLanguage(db: Database.Database): void {
  for (const table of SAMPLED_TABLES) {
    for (const op of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS temp.language_cache_${table}_${op}`)
  }
}

/**
 * A bulk write (an import of a few hundred thousand answers) forgets the kept language once, not once
 * per row: a trigger's run on every inserted document was a tenth of a 100,000-row survey import
 * (bench/imports.ts). `work` runs with the triggers off and must call `forget` inside its transaction,
 * so the value and the content commit (or roll back) together; the triggers are back afterwards.
 */
export async function bulkContentWrite<T>(db: Database.Database, work: (forget: () => void) => Promise<T>): Promise<T> {
  unwatchContentLanguage(db)
  try {
    return await work(() => forgetDetectedLanguage(db))
  } finally {
    watchContentLanguage(db)
  }
}

/** The detected language: the kept value, else worked out from the sample (and kept, when the connection may write). */
export function detectedLanguage(db: Database.Database): ProjectLanguage {
  const kept = db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(DETECTED_LANGUAGE_KEY)
  if (kept === 'en' || kept === 'ar') return kept
  const detected = sampleLanguage(db)
  // A read-only viewer works it out each time; the holder's connection keeps it for everyone.
  if (!db.readonly) {
    db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      DETECTED_LANGUAGE_KEY,
      detected,
    )
  }
  return detected
}

/** For writers that bypass the triggers (a migration rewrites tables before any are installed). */
export function forgetDetectedLanguage(db: Database.Database): void {
  db.prepare('DELETE FROM project_meta WHERE key = ?').run(DETECTED_LANGUAGE_KEY)
}
