/**
 * The project language (project_meta 'language'): chosen by the researcher, else detected from the
 * project's content, so a project whose first import is Arabic becomes Arabic without anyone setting
 * it. The detected one is kept with the project and forgotten by any write to the content
 * (db/languageCache.ts), so a summary does not re-read the content each time.
 */
import type Database from 'better-sqlite3'
import type { ProjectLanguage, ProjectLanguageInfo } from '../../../shared/project/language'
import { detectedLanguage } from '../../db/languageCache'

const KEY = 'language'

export function chosenProjectLanguage(db: Database.Database): ProjectLanguage | null {
  const v = db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(KEY) as string | undefined
  // A value some other tool wrote is ignored rather than trusted.
  return v === 'en' || v === 'ar' ? v : null
}

export function projectLanguageInfo(db: Database.Database): ProjectLanguageInfo {
  const chosen = chosenProjectLanguage(db)
  const detected = detectedLanguage(db)
  return { language: chosen ?? detected, chosen, detected }
}

/** The language Needle writes this project's names, drafts and decks in. */
export function projectLanguage(db: Database.Database): ProjectLanguage {
  return chosenProjectLanguage(db) ?? detectedLanguage(db)
}

/** 'auto' forgets the choice: the language follows the content again. */
export function setProjectLanguage(db: Database.Database, language: ProjectLanguage | 'auto'): void {
  if (language === 'auto') db.prepare('DELETE FROM project_meta WHERE key = ?').run(KEY)
  else
    db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      KEY,
      language,
    )
}
