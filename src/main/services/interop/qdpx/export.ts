/** `.qdpx` (zip: project.qde + sources/*.txt) and `.qdc` export of the open project. */
import type Database from 'better-sqlite3'
import { zipSync, strToU8 } from 'fflate'
import type { ExportResult } from '../../../../shared/contract/interop'
import { NeedleError } from '../../../../shared/errors'
import { readBundle } from '../fromDb'
import { exportTarget, writeAtomically } from '../files'
import { writeCodebook, writeProject, type ProjectInfo } from './write'

const ORIGIN = 'Needle 0.1'

function projectInfo(db: Database.Database): ProjectInfo {
  const meta = new Map(
    (db.prepare('SELECT key, value FROM project_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
  )
  const name = meta.get('name') ?? 'Needle project'
  return { name, seed: `${name}\u0000${meta.get('created_at') ?? ''}`, origin: ORIGIN }
}

export function exportQdpx(db: Database.Database, rawPath: string, projectPath: string): ExportResult {
  const target = exportTarget(rawPath, '.qdpx', projectPath)
  const bundle = readBundle(db)
  const written = writeProject(bundle, projectInfo(db))
  const sources: Record<string, Uint8Array> = {}
  for (const [name, text] of written.files) sources[name] = strToU8(text)
  // Text compresses well; level 6 keeps exports of large projects quick.
  const zip = zipSync({ 'project.qde': strToU8(written.qde), sources }, { level: 6 })
  const bytes = writeAtomically(target, zip)
  return {
    path: target,
    bytes,
    sources: written.files.size,
    codes: bundle.codes.length,
    highlights: bundle.highlights.length,
    participants: bundle.participants.length,
    notes: written.notes,
  }
}

export function exportQdc(db: Database.Database, rawPath: string, projectPath: string): ExportResult {
  const target = exportTarget(rawPath, '.qdc', projectPath)
  const bundle = readBundle(db)
  if (bundle.codes.length === 0)
    throw new NeedleError('invalid_input', 'The codebook has no codes yet, so there is nothing to export. Add codes first.')
  const bytes = writeAtomically(target, writeCodebook(bundle, projectInfo(db)))
  return { path: target, bytes, sources: 0, codes: bundle.codes.length, highlights: 0, participants: 0, notes: 0 }
}
