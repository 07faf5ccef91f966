/**
 * The start of a table file, for the mapping step's preview: a few megabytes cut after a line
 * break, decoded exactly as the import will decode them. The preview only ever looks at the
 * first SAMPLE_CHARS characters (layout, inference, the first rows), so a 500 MB export is
 * previewed in the memory of a small one; its row count is estimated from the prefix.
 */
import { open } from 'node:fs/promises'
import { bytesContent, type FileContent } from '../content'
import { decodeStream } from '../decode'
import { SAMPLE_CHARS } from './layout'

/** What a table preview reads: decoded text of the whole file or of a prefix of it. */
export interface TableText {
  text: string
  /** Encoding name as shown to the researcher. */
  encoding: string
  warnings: string[]
  /** Bytes of the file `text` covers: all of them, or a prefix that ends after a line break. */
  bytes: number
  /** The file's size. */
  totalBytes: number
}

/**
 * Bytes read first. The preview needs more than SAMPLE_CHARS characters (2 Mi): ASCII takes one
 * byte per character, Arabic or Hebrew UTF-8 and UTF-16 two; text that needs more (CJK in UTF-8)
 * makes the prefix grow.
 */
export const PREFIX_BYTES = 6 * 1024 * 1024
/** Past this a prefix stops growing: a "line" this long is not a table row. */
export const MAX_PREFIX_BYTES = 64 * 1024 * 1024

/**
 * The length of the longest start of `bytes` that ends just after a line break (LF, or CR for
 * files without any LF), without cutting a character: UTF-16 files (known by their BOM) are cut
 * at an even offset after a whole newline code unit; UTF-8 and the legacy code pages (whose
 * trail bytes are never 0x0A or 0x0D) after the byte itself. 0 when there is no line break.
 */
export function lineCut(bytes: Uint8Array): number {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe
  const be = bytes[0] === 0xfe && bytes[1] === 0xff
  for (const nl of [0x0a, 0x0d]) {
    if (le || be) {
      for (let i = (bytes.length & ~1) - 2; i >= 2; i -= 2) {
        if (le ? bytes[i] === nl && bytes[i + 1] === 0 : bytes[i] === 0 && bytes[i + 1] === nl) return i + 2
      }
    } else {
      const at = bytes.lastIndexOf(nl)
      if (at >= 0) return at + 1
    }
  }
  return 0
}

/** A cut that splits no character, for a prefix without any line break. */
function characterCut(bytes: Uint8Array): number {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    let end = bytes.length & ~1
    // A high surrogate last: keep it with its pair by leaving both out.
    const last = bytes[0] === 0xff ? bytes[end - 1] : bytes[end - 2]
    if (end >= 4 && last >= 0xd8 && last <= 0xdb) end -= 2
    return end
  }
  let end = bytes.length
  let i = end - 1
  while (i > 0 && i > end - 4 && (bytes[i] & 0xc0) === 0x80) i--
  if (bytes[i] >= 0xc0) {
    const needed = bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : 2
    if (end - i < needed) end = i
  }
  return end
}

async function readStart(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(length)
    let filled = 0
    while (filled < length) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}

/**
 * Decodes bytes the way the import's streaming decoder does: the encoding follows the whole
 * file's UTF-8 validity (`validUtf8`, from the checksum pass), not the prefix's, so a file whose
 * first invalid byte lies past the prefix is previewed in the code page it will be imported in.
 */
async function decode(
  content: FileContent,
  file: string,
  validUtf8: boolean,
  encoding?: string,
): Promise<{ text: string; encoding: string; warnings: string[] }> {
  const decoded = await decodeStream(content, file, Number.POSITIVE_INFINITY, validUtf8, encoding)
  return { text: decoded.head, encoding: decoded.encoding, warnings: decoded.warnings }
}

/**
 * The start of `content` (the file at `path`) for a table preview: the whole file when it is
 * small, otherwise a prefix ending after a line break and holding more than SAMPLE_CHARS
 * characters, so the preview samples exactly the text the import will sample.
 */
export async function readTableStart(path: string, content: FileContent, validUtf8: boolean, encoding?: string): Promise<TableText> {
  const totalBytes = content.size
  for (let want = PREFIX_BYTES; ; want *= 2) {
    if (want >= totalBytes) {
      return { ...(await decode(content, path, validUtf8, encoding)), bytes: totalBytes, totalBytes }
    }
    const start = await readStart(path, want)
    if (start.byteLength >= totalBytes) {
      // The file grew shorter than its size said (written meanwhile): what was read is all of it.
      return { ...(await decode(bytesContent(start), path, validUtf8, encoding)), bytes: start.byteLength, totalBytes: start.byteLength }
    }
    let cut = lineCut(start)
    const last = want * 2 > MAX_PREFIX_BYTES
    if (cut === 0 && !last) continue
    if (cut === 0) cut = characterCut(start)
    const decoded = await decode(bytesContent(start.subarray(0, cut)), path, validUtf8, encoding)
    if (decoded.text.length <= SAMPLE_CHARS && !last) continue
    return { ...decoded, bytes: cut, totalBytes }
  }
}
