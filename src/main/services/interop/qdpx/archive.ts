/**
 * Reading a .qdpx archive: a zip with project.qde at its root and the source files under
 * sources/. Names are matched in any letter case (NVivo writes "project.qde" and "Sources/",
 * ATLAS.ti "Project.qde"). Only the entries actually needed are inflated, and declared sizes
 * are checked first, so a zip bomb is refused before it costs memory.
 */
import { unzipSync } from 'fflate'
import { basename } from 'node:path'
import { NeedleError } from '../../../../shared/errors'

const MAX_ENTRY_BYTES = 512 * 1024 * 1024
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024

export interface Archive {
  /** Lower-case entry name -> real entry name. */
  names: Map<string, string>
  read(name: string): Uint8Array | null
}

export function openArchive(file: string, bytes: Uint8Array): Archive {
  const names = new Map<string, string>()
  let total = 0
  const unreadable = (why: string) =>
    new NeedleError(
      'unreadable_file',
      `${basename(file)} is not a readable .qdpx archive (${why}). Export it again from the program that made it; nothing was imported.`,
      { file },
    )
  try {
    unzipSync(bytes, {
      filter(entry) {
        if (entry.originalSize > MAX_ENTRY_BYTES) throw unreadable(`${entry.name} would unpack to ${entry.originalSize} bytes`)
        total += entry.originalSize
        if (total > MAX_TOTAL_BYTES) throw unreadable('it would unpack to more than 1 GB')
        names.set(entry.name.replace(/\\/g, '/').toLowerCase(), entry.name)
        return false
      },
    })
  } catch (err) {
    if (err instanceof NeedleError) throw err
    throw unreadable((err as Error).message || 'not a zip file')
  }
  return {
    names,
    read(lowerName) {
      const real = names.get(lowerName)
      if (real === undefined) return null
      try {
        return unzipSync(bytes, { filter: (e) => e.name === real })[real] ?? null
      } catch (err) {
        throw unreadable(`${real}: ${(err as Error).message}`)
      }
    },
  }
}
