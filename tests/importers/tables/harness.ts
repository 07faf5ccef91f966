/** Shared set-up for table importer tests: a real project, a store, and a transaction like the service's. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createProject, type ProjectDb } from '../../../src/main/db/open'
import { importTable } from '../../../src/main/importers/tables'
import { bytesContent } from '../../../src/main/importers/content'
import type { ImportOutcome } from '../../../src/main/importers/types'
import { SourceStore } from '../../../src/main/services/sources/store'
import type { ImportOptions } from '../../../src/shared/import/types'
import { tempDir } from '../../helpers/tmp'

export const FIXTURES = resolve(__dirname, '../../fixtures/tables')

export function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name))
}

export function newProject(): ProjectDb {
  return createProject(join(tempDir(), 'p.needle'))
}

export interface RunOptions extends ImportOptions {
  signal?: AbortSignal
  onProgress?: (p: { rows?: number; bytes?: number }) => void
}

/** Imports inside BEGIN/COMMIT, rolling back on any error, as the import service does. */
export async function runImport(project: ProjectDb, file: string, bytes: Uint8Array, opts: RunOptions = {}): Promise<ImportOutcome> {
  const { signal, onProgress, ...options } = opts
  const db = project.db
  db.exec('BEGIN IMMEDIATE')
  try {
    const out = await importTable({
      db,
      store: new SourceStore(db),
      file,
      // Small pieces, so multi-byte characters and records straddle piece boundaries.
      content: bytesContent(bytes, 4096),
      checksum: createHash('sha256').update(bytes).digest('hex'),
      options,
      progress: (p) => onProgress?.(p),
      signal: signal ?? new AbortController().signal,
    })
    db.exec('COMMIT')
    return out
  } catch (err) {
    db.exec('ROLLBACK')
    throw err
  }
}

export function count(project: ProjectDb, sql: string, ...params: unknown[]): number {
  return project.db
    .prepare(sql)
    .pluck()
    .get(...params) as number
}

/** Attribute values by participant label, for one attribute. */
export function attributeValues(project: ProjectDb, attribute: string): Record<string, string | null> {
  const rows = project.db
    .prepare(
      `SELECT p.label, pa.value FROM participant_attributes pa
       JOIN participants p ON p.id = pa.participant_id JOIN attributes a ON a.id = pa.attribute_id WHERE a.name = ?`,
    )
    .all(attribute) as Array<{ label: string; value: string | null }>
  return Object.fromEntries(rows.map((r) => [r.label, r.value]))
}

/** Row counts of every table an import writes to: all zero means the project is untouched. */
export function writtenCounts(project: ProjectDb): Record<string, number> {
  const tables = ['sources', 'participants', 'attributes', 'participant_attributes', 'documents', 'codes', 'ratings', 'utterances']
  return Object.fromEntries(tables.map((t) => [t, count(project, `SELECT count(*) FROM ${t}`)]))
}
