/** Shared set-up for table importer tests: a real project, imported into through the real import service. */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { createProject, type ProjectDb } from '../../../src/main/db/open'
import type { ImportOutcome } from '../../../src/main/importers/types'
import { importFiles } from '../../../src/main/services/imports/run'
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

/**
 * Imports through the real import service (importFiles: checksum, duplicate check, one transaction,
 * rollback on any error, answers coded by question), from a file of that name in a fresh folder, so
 * a change to the service's transaction is seen by every table test.
 */
export async function runImport(project: ProjectDb, file: string, bytes: Uint8Array, opts: RunOptions = {}): Promise<ImportOutcome> {
  const { signal, onProgress, ...options } = opts
  const path = join(tempDir('needle-table-'), basename(file))
  writeFileSync(path, bytes)
  const [outcome] = await importFiles(project.db, [{ path, options }], { signal, onProgress })
  return outcome
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
