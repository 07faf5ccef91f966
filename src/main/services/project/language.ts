/**
 * The project language (project_meta 'language'): chosen by the researcher, else detected from the
 * project's content each time it is asked for, so a project whose first import is Arabic becomes
 * Arabic without anyone setting it.
 */
import type Database from 'better-sqlite3'
import { detectLanguage, type ProjectLanguage, type ProjectLanguageInfo } from '../../../shared/project/language'

const KEY = 'language'

/**
 * What the content is written in. A bounded sample (beginnings of documents, survey answers, code and
 * column names) keeps this fast on a 100,000-row survey; the proportion of letters is what counts.
 */
export function detectProjectLanguage(db: Database.Database): ProjectLanguage {
  const texts = (sql: string) => db.prepare(sql).pluck().all() as string[]
  return detectLanguage([
    ...texts('SELECT substr(text, 1, 400) FROM documents ORDER BY id LIMIT 2000'),
    ...texts('SELECT substr(attrs, 1, 1000) FROM participant_values ORDER BY participant_id LIMIT 2000'),
    ...texts('SELECT name FROM codes'),
    ...texts('SELECT name FROM attributes'),
  ])
}

export function chosenProjectLanguage(db: Database.Database): ProjectLanguage | null {
  const v = db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(KEY) as string | undefined
  // A value some other tool wrote is ignored rather than trusted.
  return v === 'en' || v === 'ar' ? v : null
}

export function projectLanguageInfo(db: Database.Database): ProjectLanguageInfo {
  const chosen = chosenProjectLanguage(db)
  const detected = detectProjectLanguage(db)
  return { language: chosen ?? detected, chosen, detected }
}

/** The language Needle writes this project's names, drafts and decks in. */
export function projectLanguage(db: Database.Database): ProjectLanguage {
  return chosenProjectLanguage(db) ?? detectProjectLanguage(db)
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
