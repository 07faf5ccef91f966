/**
 * Reading zip archives (.docx, .qdpx) by what they unpack to, not by what they say they hold.
 * A zip's declared sizes are written by whoever made the file: a 300 KB archive can declare
 * 1 KB and inflate to gigabytes. So entries are listed from the central directory (what Word's
 * readers and mammoth's JSZip trust too) and inflated in pieces, counting the bytes that come
 * out, and the caller stops as soon as a limit is passed: a bomb costs a few pieces of memory
 * before it is refused, never its unpacked size.
 */
import { createRequire } from 'node:module'

export interface ZipEntry {
  /** The name as stored, with backslashes turned into slashes. */
  name: string
  method: number
  compressedSize: number
  /** What the archive claims; never trusted for memory, only for messages. */
  declaredSize: number
  localHeaderOffset: number
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** In a 32-bit field: "the real value is in the ZIP64 record". */
const ZIP64_MARK = 0xffffffff

/** A 64-bit field as a number, refused when it cannot be an offset or size inside this file. */
function u64(view: DataView, at: number, limit: number, what: string): number {
  const value = view.getBigUint64(at, true)
  if (value > BigInt(limit)) throw new ZipFormatError(`its ZIP64 ${what} points past the end of the file`)
  return Number(value)
}

/**
 * The ZIP64 end record, when the archive has one: archives of more than 65,535 entries (or over
 * 4 GB) keep their real entry count and directory offset there, the classic record saying 0xFFFF.
 */
function zip64End(view: DataView, end: number, size: number): { entries: number; cdOffset: number } | null {
  const locator = end - 20
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null
  const at = u64(view, locator + 8, size - 56, 'end record')
  if (view.getUint32(at, true) !== ZIP64_EOCD) throw new ZipFormatError('its ZIP64 end record is missing')
  return { entries: u64(view, at + 32, size, 'entry count'), cdOffset: u64(view, at + 48, size, 'directory offset') }
}

/** Sizes and offset that a central record marks 0xFFFFFFFF are in its ZIP64 extra field (id 1), in this order. */
function zip64Fields(view: DataView, from: number, length: number, size: number, wanted: ('declared' | 'compressed' | 'offset')[]) {
  const found: Partial<Record<'declared' | 'compressed' | 'offset', number>> = {}
  for (let p = from; p + 4 <= from + length;) {
    const id = view.getUint16(p, true)
    const fieldLength = view.getUint16(p + 2, true)
    if (id === 1) {
      wanted.forEach((name, i) => {
        if (8 * (i + 1) > fieldLength) throw new ZipFormatError('its ZIP64 extra field is cut short')
        // An entry's declared size is not bounded by the file (that is what a bomb lies about), only the others are.
        found[name] = name === 'declared' ? Number(view.getBigUint64(p + 4 + 8 * i, true)) : u64(view, p + 4 + 8 * i, size, 'entry field')
      })
      return found
    }
    p += 4 + fieldLength
  }
  throw new ZipFormatError('an entry marked ZIP64 has no ZIP64 extra field')
}

/**
 * The central directory's entries, in order. The records are walked and then counted against
 * the end record's count, so an archive of more than 65,535 entries is read whole (its count is
 * in the ZIP64 end record, or wrapped to 16 bits by writers without ZIP64, such as fflate), and
 * a directory that is damaged part way is refused rather than read as a shorter archive.
 */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65535; i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) throw new ZipFormatError('not a zip archive (no end of central directory)')
  const zip64 = zip64End(view, end, bytes.length)
  const classicOffset = view.getUint32(end + 16, true)
  const cdOffset = classicOffset === ZIP64_MARK && zip64 ? zip64.cdOffset : classicOffset
  if (cdOffset === ZIP64_MARK) throw new ZipFormatError('a ZIP64 archive without its ZIP64 end record')
  if (cdOffset > end) throw new ZipFormatError('the central directory lies outside the file')
  const entries: ZipEntry[] = []
  const decoder = new TextDecoder('utf-8')
  let p = cdOffset
  while (p + 46 <= end && view.getUint32(p, true) === CENTRAL) {
    const method = view.getUint16(p + 10, true)
    let compressedSize = view.getUint32(p + 20, true)
    let declaredSize = view.getUint32(p + 24, true)
    const nameLength = view.getUint16(p + 28, true)
    const extraLength = view.getUint16(p + 30, true)
    const commentLength = view.getUint16(p + 32, true)
    let localHeaderOffset = view.getUint32(p + 42, true)
    if (declaredSize === ZIP64_MARK || compressedSize === ZIP64_MARK || localHeaderOffset === ZIP64_MARK) {
      const wanted = (
        [
          ['declared', declaredSize],
          ['compressed', compressedSize],
          ['offset', localHeaderOffset],
        ] as const
      )
        .filter(([, v]) => v === ZIP64_MARK)
        .map(([name]) => name)
      const real = zip64Fields(view, p + 46 + nameLength, extraLength, bytes.length, wanted)
      declaredSize = real.declared ?? declaredSize
      compressedSize = real.compressed ?? compressedSize
      localHeaderOffset = real.offset ?? localHeaderOffset
    }
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/\\/g, '/')
    entries.push({ name, method, compressedSize, declaredSize, localHeaderOffset })
    p += 46 + nameLength + extraLength + commentLength
  }
  const declared = zip64 ? zip64.entries : view.getUint16(end + 10, true)
  const matches = zip64 ? entries.length === declared : entries.length % 0x10000 === declared
  if (!matches) {
    throw new ZipFormatError(
      `its directory lists ${declared} entries${zip64 || entries.length < 0x10000 ? '' : ' (counted modulo 65,536)'} but ${entries.length} could be read: the archive is damaged or cut short`,
    )
  }
  return entries
}

/** Compressed bytes per push: deflate expands at most about 1,000 times, so one piece inflates to at most a few MB. */
const PIECE = 16 * 1024

/**
 * Inflates one entry piece by piece, handing each piece to `onPiece`. `onPiece` returning false
 * stops at once (the caller has seen enough, or a limit was passed). Returns the bytes produced.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onPiece: (piece: Uint8Array) => boolean | void): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`${entry.name}: its local header is missing`)
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize))
  if (data.length < entry.compressedSize) throw new ZipFormatError(`${entry.name}: the archive is cut short`)
  let produced = 0
  let stopped = false
  if (entry.method === 0) {
    for (let i = 0; i < data.length && !stopped; i += PIECE) {
      const piece = data.subarray(i, Math.min(data.length, i + PIECE))
      produced += piece.length
      if (onPiece(piece) === false) stopped = true
    }
    return produced
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not one zip tools use`)
  // fflate loads with the first deflated entry, not with every command that loads the importers.
  const { Inflate } = createRequire(import.meta.url)('fflate') as typeof import('fflate')
  const inflate = new Inflate((piece) => {
    if (stopped) return
    produced += piece.length
    if (onPiece(piece) === false) stopped = true
  })
  try {
    // `stopped` is set by the inflate callback that push() calls.
    // eslint-disable-next-line no-unmodified-loop-condition
    for (let i = 0; i < data.length && !stopped; i += PIECE)
      inflate.push(data.subarray(i, Math.min(data.length, i + PIECE)), i + PIECE >= data.length)
  } catch (err) {
    throw new ZipFormatError(`${entry.name}: ${(err as Error).message || 'its compressed data is damaged'}`)
  }
  return produced
}

/** One entry whole, refusing (null) once it passes `limit` bytes; memory never exceeds the limit plus one piece. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): { bytes: Uint8Array } | { tooLarge: true } {
  const pieces: Uint8Array[] = []
  let size = 0
  let tooLarge = false
  inflateEntry(bytes, entry, (piece) => {
    size += piece.length
    if (size > limit) {
      tooLarge = true
      pieces.length = 0
      return false
    }
    // Inflate reuses nothing it hands out, but copy stored pieces so the archive can be freed.
    pieces.push(entry.method === 0 ? piece.slice() : piece)
  })
  if (tooLarge) return { tooLarge: true }
  if (pieces.length === 1) return { bytes: pieces[0] }
  const out = new Uint8Array(size)
  let o = 0
  for (const piece of pieces) {
    out.set(piece, o)
    o += piece.length
  }
  return { bytes: out }
}
