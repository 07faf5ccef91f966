/**
 * Speaker labels that were merged into another participant. Participants are found by label
 * on import, so without this a merged-away speaker ("Sara K.") would come back as a new
 * participant the next time a transcript with that label is imported. Kept in project_meta
 * as JSON because it is a small map read once per import.
 */
import type Database from 'better-sqlite3'

const KEY = 'participants.aliases'

export function readAliases(db: Database.Database): Record<string, number> {
  const raw = db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(KEY) as string | undefined
  if (!raw) return {}
  try {
    const parsed = JSON.parse(raw) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {}
  } catch {
    return {} // a damaged map only costs the researcher a re-merge, never the import
  }
}

export function writeAliases(db: Database.Database, aliases: Record<string, number>): void {
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    KEY,
    JSON.stringify(aliases),
  )
}
