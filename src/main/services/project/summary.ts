/** Counts and the source list of an open project, as the overview and `needle info` show them. */
import type Database from 'better-sqlite3'
import type { ProjectCounts, ProjectSummary, SourceRow } from '../../../shared/domain'
import type { ProjectDb } from '../../db/open'
import { projectLanguageInfo } from './language'

export function projectCounts(db: Database.Database): ProjectCounts {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  return {
    sources: count('sources'),
    documents: count('documents'),
    participants: count('participants'),
    codes: count('codes'),
    highlights: count('highlights'),
    segments: count('segments'),
    personas: count('personas'),
  }
}

export function listSources(db: Database.Database): SourceRow[] {
  return db
    .prepare(
      `SELECT s.id, s.kind, s.name, s.file_name AS fileName, s.imported_at AS importedAt, s.row_count AS rows,
              (SELECT count(*) FROM documents d WHERE d.source_id = s.id) AS documents,
              -- Every imported row, speaker and customer is linked to its source (migration 007), with or without free text.
              (SELECT count(*) FROM participant_sources ps WHERE ps.source_id = s.id) AS participants,
              (SELECT count(*) FROM utterances u JOIN documents d ON d.id = u.document_id WHERE d.source_id = s.id) AS utterances
         FROM sources s ORDER BY s.imported_at, s.id`,
    )
    .all() as SourceRow[]
}

export function projectSummary(project: ProjectDb): ProjectSummary {
  const { db } = project
  const name = (db.prepare(`SELECT value FROM project_meta WHERE key = 'name'`).get() as { value: string } | undefined)?.value
  return {
    path: project.path,
    name: name ?? project.path,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    readOnly: project.readOnly,
    lockedBy: project.lockedBy,
    counts: projectCounts(db),
    sources: listSources(db),
    language: projectLanguageInfo(db),
  }
}
