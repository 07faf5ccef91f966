/**
 * Importing a .qdpx project or a .qdc codebook: everything is read and checked first, then
 * added in ONE transaction through applyBundle (sources through SourceStore), so a broken
 * file, a crash or a kill leaves the project exactly as it was. Importing the same file twice
 * adds nothing the second time.
 */
import type Database from 'better-sqlite3'
import { readFileSync, statSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import type { QdpxImportReport } from '../../../../shared/contract/interop'
import { NeedleError } from '../../../../shared/errors'
import { applyBundle } from '../apply'
import { openArchive } from './archive'
import { readCodebook, readProject, type ReadResult } from './read'

/** What openArchive may unpack in all (a zip is never much smaller than its text is large). */
const MAX_FILE_BYTES = 512 * 1024 * 1024

export function isRefiFile(path: string): boolean {
  return ['.qdpx', '.qdc'].includes(extname(path).toLowerCase())
}

function readBytes(path: string): Uint8Array {
  try {
    const st = statSync(path)
    if (!st.isFile()) throw new NeedleError('unreadable_file', `${basename(path)} is a folder, not a .qdpx or .qdc file.`, { file: path })
    if (st.size > MAX_FILE_BYTES)
      throw new NeedleError(
        'unreadable_file',
        `${basename(path)} is larger than 512 MB; Needle does not read REFI-QDA files that large. Export the project in parts (fewer sources per file).`,
        {
          file: path,
        },
      )
    return readFileSync(path)
  } catch (err) {
    if (err instanceof NeedleError) throw err
    const code = (err as NodeJS.ErrnoException).code
    throw new NeedleError(
      code === 'ENOENT' ? 'not_found' : 'unreadable_file',
      code === 'ENOENT' ? `${path} does not exist. Check the path and try again.` : `${basename(path)} cannot be read (${code}).`,
      { file: path },
    )
  }
}

/** Reads a REFI-QDA file into a bundle without touching any project. */
export function readRefiFile(rawPath: string): ReadResult {
  const path = resolve(rawPath)
  const ext = extname(path).toLowerCase()
  if (ext !== '.qdpx' && ext !== '.qdc')
    throw new NeedleError('invalid_input', `${basename(path)} is not a .qdpx project or .qdc codebook.`, { file: path })
  const bytes = readBytes(path)
  try {
    if (ext === '.qdc') return readCodebook(path, bytes)
    const archive = openArchive(path, bytes)
    const qde =
      [...archive.names.keys()].find((n) => n === 'project.qde') ??
      [...archive.names.keys()].find((n) => !n.includes('/') && n.endsWith('.qde'))
    if (!qde) {
      throw new NeedleError(
        'unreadable_file',
        `${basename(path)} has no project.qde inside, so it is not a REFI-QDA project. Export it again as a REFI-QDA project (.qdpx); nothing was imported.`,
        { file: path },
      )
    }
    return readProject(path, archive.read(qde)!, archive)
  } catch (err) {
    if (err instanceof NeedleError) throw err
    throw new NeedleError(
      'unreadable_file',
      `${basename(path)} could not be read as REFI-QDA (${(err as Error).message}). Nothing was imported.`,
      { file: path },
    )
  }
}

/** `beforeCommit` may throw to cancel: the transaction then rolls back. */
export function importRefiFile(db: Database.Database, rawPath: string, beforeCommit = () => {}): QdpxImportReport {
  const path = resolve(rawPath)
  const read = readRefiFile(path)
  const outcome = db
    .transaction(() => {
      const applied = applyBundle(db, read.bundle, path)
      // The last word before COMMIT: a job cancelled by now throws here, and everything rolls back.
      beforeCommit()
      return applied
    })
    .immediate()
  const { dropped, ...report } = outcome
  return {
    ...report,
    origin: read.origin,
    missingSources: read.missingSources,
    notImported: read.notImported,
    droppedCodings: read.droppedCodings + dropped,
    positions: read.positions,
  }
}
