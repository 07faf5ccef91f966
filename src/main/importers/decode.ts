/**
 * Bytes to text for every importer: BOMs, strict UTF-8, then legacy code pages detected
 * by chardet and decoded by iconv-lite. The decoded text is kept exactly as the file has
 * it (line endings included); visible mojibake is reported, never silently "fixed".
 */
import { analyse } from 'chardet'
import iconv from 'iconv-lite'
import { basename } from 'node:path'
import { NeedleError } from '../../shared/errors'

export interface Decoded {
  text: string
  /** Encoding name as shown to the researcher, e.g. "UTF-8", "UTF-8 (BOM)", "windows-1255". */
  encoding: string
  warnings: string[]
}

/** Code pages a researcher's files realistically arrive in, besides UTF-8/16. */
const LEGACY = ['windows-1252', 'windows-1255', 'windows-1256', 'ISO-8859-1', 'ISO-8859-8', 'ISO-8859-6', 'windows-1251', 'Shift_JIS', 'GB18030', 'EUC-KR']

function unreadable(file: string, why: string): NeedleError {
  return new NeedleError('unreadable_file', `${basename(file)} cannot be imported: ${why}`, { file })
}

/** Refuses files that are not text at all, with a reason a researcher understands. */
export function assertTextual(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw unreadable(file, 'the file is empty. Export it again from its tool and import the new file.')
  const head = bytes.subarray(0, Math.min(bytes.length, 8192))
  const isUtf16Bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw unreadable(file, 'it is a ZIP archive (perhaps an Excel or Word file renamed). Save it as CSV or text, or unpack it first.')
  }
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) {
    throw unreadable(file, 'it is a PDF. Export the transcript or table as text, CSV or .docx and import that.')
  }
  if (!isUtf16Bom) {
    let controls = 0
    for (const b of head) {
      if (b === 0) throw unreadable(file, 'it is a binary file, not text. Export it as CSV, TSV or plain text and import that.')
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++
    }
    if (controls > head.length * 0.1) throw unreadable(file, 'it is a binary file, not text. Export it as CSV, TSV or plain text and import that.')
  }
}

function detectLegacy(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, Math.min(bytes.length, 256 * 1024))
  for (const match of analyse(sample)) {
    const name = match.name
    const hit = LEGACY.find((l) => l.toLowerCase() === name.toLowerCase())
    if (hit && match.confidence >= 10) return hit
  }
  return 'windows-1252'
}

// UTF-8 read as a single-byte code page leaves these pairs in the text.
const MOJIBAKE = /(?:Ã[\u0080-\u00BF]|â€[\u0080-\u00BF\u2018-\u201D\u2122]|Ø[\u00A0-\u00BF]|×[\u0090-\u00AA])/

/** Names the first line that shows mojibake, so the researcher can look at it. */
export function mojibakeWarning(text: string, file: string): string | null {
  const m = MOJIBAKE.exec(text)
  if (!m) return null
  const line = text.slice(0, m.index).split('\n').length
  return `${basename(file)} line ${line}: "${text.slice(Math.max(0, m.index - 10), m.index + 20).replace(/\s+/g, ' ')}" looks like garbled characters (text saved in one encoding and read in another). It was imported exactly as the file has it; check the original export.`
}

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  assertTextual(bytes, file)
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let text: string
  let encoding: string
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = buf.toString('utf8', 3)
    encoding = 'UTF-8 (BOM)'
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = iconv.decode(buf.subarray(2), 'utf-16le')
    encoding = 'UTF-16 LE'
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    text = iconv.decode(buf.subarray(2), 'utf-16be')
    encoding = 'UTF-16 BE'
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf)
      encoding = 'UTF-8'
    } catch {
      encoding = detectLegacy(buf)
      text = iconv.decode(buf, encoding)
    }
  }
  const warnings: string[] = []
  const moji = mojibakeWarning(text, file)
  if (moji) warnings.push(moji)
  if (text.trim() === '') throw unreadable(file, 'it holds no text. Export it again from its tool and import the new file.')
  return { text, encoding, warnings }
}
