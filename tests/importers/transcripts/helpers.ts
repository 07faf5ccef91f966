/** Runs the transcript importer the way the import service does: one transaction, all or nothing. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import { createProject, type ProjectDb } from '../../../src/main/db/open'
import { importTranscript } from '../../../src/main/importers/transcripts/import'
import { bytesContent } from '../../../src/main/importers/content'
import type { ImportOutcome } from '../../../src/main/importers/types'
import { SourceStore } from '../../../src/main/services/sources/store'
import type { ImportOptions } from '../../../src/shared/import/types'
import { tempDir } from '../../helpers/tmp'

export const FIXTURES = resolve(__dirname, '../../fixtures/transcripts')

export function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name))
}

export function newProject(): ProjectDb {
  const project = createProject(join(tempDir(), 'test.needle'))
  return project
}

export async function runImport(
  db: Database.Database,
  file: string,
  bytes: Uint8Array,
  opts: { options?: ImportOptions; signal?: AbortSignal; onProgress?: (rows: number | undefined) => void } = {},
): Promise<ImportOutcome> {
  db.exec('BEGIN IMMEDIATE')
  try {
    const outcome = await importTranscript({
      db,
      store: new SourceStore(db),
      file,
      content: bytesContent(bytes),
      checksum: createHash('sha256').update(bytes).digest('hex'),
      options: opts.options ?? {},
      progress: (p) => opts.onProgress?.(p.rows),
      signal: opts.signal ?? new AbortController().signal,
    })
    db.exec('COMMIT')
    return outcome
  } catch (err) {
    db.exec('ROLLBACK')
    throw err
  }
}

export interface StoredUtterance {
  seq: number
  speaker: string | null
  words: string
  participant: string | null
  timeStartMs: number | null
  timeEndMs: number | null
}

/** The utterances of a document as a researcher sees them: speaker, words, times. */
export function storedUtterances(db: Database.Database, documentId: number): StoredUtterance[] {
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(documentId) as string
  const rows = db
    .prepare(
      `SELECT u.seq, u.speaker, u.start, u.end, p.label AS participant, u.time_start_ms, u.time_end_ms
       FROM utterances u LEFT JOIN participants p ON p.id = u.participant_id WHERE u.document_id = ? ORDER BY u.seq`,
    )
    .all(documentId) as {
    seq: number
    speaker: string | null
    start: number
    end: number
    participant: string | null
    time_start_ms: number | null
    time_end_ms: number | null
  }[]
  return rows.map((r) => ({
    seq: r.seq,
    speaker: r.speaker,
    words: text.slice(r.start, r.end),
    participant: r.participant,
    timeStartMs: r.time_start_ms,
    timeEndMs: r.time_end_ms,
  }))
}

export function tableCounts(db: Database.Database): Record<string, number> {
  const out: Record<string, number> = {}
  for (const t of ['sources', 'documents', 'utterances', 'participants', 'project_meta'])
    out[t] = db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number
  return out
}
