/**
 * A file's bytes as importers read them: in pieces (tables, so a 500 MB export never sits in
 * memory whole) or whole (transcripts and .docx, which are small and parsed at once). The
 * service's first pass over the pieces computes the checksum and whether the bytes are valid
 * UTF-8, so the importer's pass can decode them as they stream without guessing twice.
 */
import { createHash } from 'node:crypto'
import { isUtf8 } from 'node:buffer'
import { createReadStream } from 'node:fs'
import { open, readFile } from 'node:fs/promises'

export interface FileContent {
  /** Size in bytes. */
  readonly size: number
  /** The bytes from the start, in order; every call reads afresh. */
  chunks(): AsyncIterable<Uint8Array>
  /**
   * The same pieces read into one buffer that is reused: each piece is valid only until the next
   * is asked for. For a pass that only looks at each piece (the fingerprint): it makes no garbage,
   * where chunks() makes a new buffer per piece that the garbage collector, seeing little else
   * allocated, left uncollected until the whole file had been read (34 MB for a 45 MB log).
   */
  scan(): AsyncIterable<Uint8Array>
  /** All the bytes at once. */
  readAll(): Promise<Uint8Array>
}

/**
 * Pieces this big keep per-piece costs (a read, a decoder call, a parser step) negligible,
 * and keep every string made from one piece (its decoded text, the parser's buffer, up to
 * 2 bytes a character) under V8's 128 KB large-object size, so that it dies young instead of
 * waiting for a full collection. Measured on a 500 MB import (bench/imports.ts, three runs
 * each): 256 KB pieces peaked at 576-616 MB RSS, 32 KB pieces at 449-464 MB; 1 MB pieces had
 * pushed it past the 500 MB limit before.
 */
export const CHUNK_BYTES = 32 * 1024

export function fileContent(path: string, size: number): FileContent {
  return {
    size,
    chunks: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Uint8Array>,
    async *scan() {
      const file = await open(path, 'r')
      try {
        const buffer = new Uint8Array(CHUNK_BYTES)
        for (;;) {
          const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, null)
          if (bytesRead === 0) return
          yield buffer.subarray(0, bytesRead)
        }
      } finally {
        await file.close()
      }
    },
    readAll: () => readFile(path),
  }
}

/** Bytes already in memory (previews, tests), served in the same pieces a file would be. */
export function bytesContent(bytes: Uint8Array, chunkBytes = CHUNK_BYTES): FileContent {
  async function* pieces() {
    for (let i = 0; i < bytes.byteLength; i += chunkBytes) yield bytes.subarray(i, Math.min(bytes.byteLength, i + chunkBytes))
  }
  return {
    size: bytes.byteLength,
    chunks: pieces,
    scan: pieces,
    readAll: async () => bytes,
  }
}

/**
 * Strict UTF-8 validity over consecutive pieces. A piece may end inside a multi-byte
 * character; those trailing bytes are carried over and checked with the next piece.
 */
export class Utf8Check {
  private carry: Uint8Array = new Uint8Array(0)
  private ok = true

  update(piece: Uint8Array): void {
    if (!this.ok) return
    let data = piece
    if (this.carry.length) {
      data = new Uint8Array(this.carry.length + piece.length)
      data.set(this.carry)
      data.set(piece, this.carry.length)
    }
    let cut = data.length
    // Back up over at most three continuation bytes to the lead byte of the last character.
    let i = data.length - 1
    while (i >= 0 && i > data.length - 4 && (data[i] & 0xc0) === 0x80) i--
    if (i >= 0 && data[i] >= 0xc0) {
      const needed = data[i] >= 0xf0 ? 4 : data[i] >= 0xe0 ? 3 : 2
      if (data.length - i < needed) cut = i
    }
    if (!isUtf8(data.subarray(0, cut))) this.ok = false
    this.carry = data.slice(cut)
  }

  /** Valid when every piece was and nothing is left half a character. */
  end(): boolean {
    return this.ok && this.carry.length === 0
  }
}

export interface Fingerprint {
  /** SHA-256 of the bytes, hex. */
  checksum: string
  /** Every byte sequence is valid UTF-8 (what decoding without a BOM tries first). */
  validUtf8: boolean
}

/**
 * One streaming pass: the checksum (asked for before anything is written, so a duplicate is
 * refused before the transaction starts) and UTF-8 validity (which decides the encoding of a
 * file without a BOM, and must hold for the whole file before the first row is decoded).
 * Awaiting each piece keeps the event loop free while a large file is read.
 */
export async function fingerprint(content: FileContent): Promise<Fingerprint> {
  const hash = createHash('sha256')
  const utf8 = new Utf8Check()
  for await (const piece of content.scan()) {
    hash.update(piece)
    utf8.update(piece)
  }
  return { checksum: hash.digest('hex'), validUtf8: utf8.end() }
}
