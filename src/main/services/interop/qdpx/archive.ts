/**
 * Reading a .qdpx archive: a zip with project.qde at its root and the source files under
 * sources/. Names are matched in any letter case (NVivo writes "project.qde" and "Sources/",
 * ATLAS.ti "Project.qde"). Only the entries actually needed are inflated, each found through
 * one index of the central directory (a project of 200,000 sources must not scan the archive
 * once per source), and each is measured by the bytes that come out as it inflates, never by
 * the size the archive declares: a bomb is refused after a few MB, not after its unpacked size.
 */
import { basename } from 'node:path'
import { NeedleError } from '../../../../shared/errors'
import { listZip, readEntry, ZipFormatError, type ZipEntry } from '../../../importers/zip'
import { MAX_QDE_BYTES } from './limits'

/** One source text; the largest transcript Needle imports from a file is 200 MB too. */
const MAX_ENTRY_BYTES = 200 * 1024 * 1024
/** All entries read from one archive together: what the project may hold as text in memory. */
const MAX_TOTAL_BYTES = 512 * 1024 * 1024

export interface Archive {
  /** Lower-case entry name -> real entry name. */
  names: Map<string, string>
  read(name: string): Uint8Array | null
}

export function openArchive(file: string, bytes: Uint8Array): Archive {
  const unreadable = (why: string) =>
    new NeedleError(
      'unreadable_file',
      `${basename(file)} is not a readable .qdpx archive (${why}). Export it again from the program that made it; nothing was imported.`,
      { file },
    )
  const tooLarge = (why: string) =>
    new NeedleError(
      'unreadable_file',
      `${basename(file)} cannot be imported: ${why}. Nothing was imported. If the project really is this large, export it in parts (fewer sources per file) from the program that made it.`,
      { file },
    )
  const names = new Map<string, string>()
  const entries = new Map<string, ZipEntry>()
  try {
    for (const entry of listZip(bytes)) {
      names.set(entry.name.toLowerCase(), entry.name)
      entries.set(entry.name.toLowerCase(), entry)
    }
  } catch (err) {
    throw unreadable((err as Error).message || 'not a zip file')
  }
  let total = 0
  return {
    names,
    read(lowerName) {
      const entry = entries.get(lowerName)
      if (entry === undefined) return null
      const isQde = lowerName.endsWith('.qde')
      const limit = Math.min(isQde ? MAX_QDE_BYTES : MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total)
      let out: ReturnType<typeof readEntry>
      try {
        out = readEntry(bytes, entry, limit)
      } catch (err) {
        if (err instanceof ZipFormatError) throw unreadable(err.message)
        throw err
      }
      if ('tooLarge' in out) {
        if (limit < (isQde ? MAX_QDE_BYTES : MAX_ENTRY_BYTES))
          throw tooLarge(`its files unpack to more than ${MAX_TOTAL_BYTES / 1024 / 1024} MB in all (the limit was passed at ${entry.name})`)
        throw tooLarge(
          isQde
            ? `its ${entry.name} unpacks to more than ${MAX_QDE_BYTES / 1024 / 1024} MB of XML`
            : `${entry.name} unpacks to more than ${MAX_ENTRY_BYTES / 1024 / 1024} MB, larger than any source Needle reads`,
        )
      }
      total += out.bytes.length
      return out.bytes
    },
  }
}
