/**
 * Bytes to text for every importer: BOMs, strict UTF-8, then legacy code pages detected
 * by chardet and decoded by iconv-lite. The decoded text is kept exactly as the file has
 * it (line endings included); visible mojibake is reported, never silently "fixed".
 */
import { analyse } from 'chardet'
import iconv from 'iconv-lite'
import { basename, extname } from 'node:path'
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
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) throw unreadable(file, office97(file))
  if (head[0] === 0x7b && head[1] === 0x5c && head[2] === 0x72 && head[3] === 0x74 && head[4] === 0x66) {
    throw unreadable(file, 'it is a Rich Text (.rtf) document, a format Needle does not read. Open it in Word or LibreOffice, save it as .docx or plain text (.txt), and import that.')
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

/** OLE2 compound files: Word 97-2003 .doc, Excel .xls, PowerPoint .ppt. */
function office97(file: string): string {
  const ext = extname(file).toLowerCase()
  const what = ext === '.xls' ? 'an Excel 97-2003 workbook (.xls)' : ext === '.ppt' ? 'a PowerPoint 97-2003 file (.ppt)' : 'a Word 97-2003 document (.doc)'
  const target = ext === '.xls' ? 'CSV' : '.docx or plain text (.txt)'
  return `it is ${what}, an old binary Office format Needle does not read. Open it in ${ext === '.xls' ? 'Excel' : 'Word'} or LibreOffice, save it as ${target}, and import that.`
}

/**
 * How plausible a decoding is: letters inside words of one script count for it, words that
 * mix scripts or Latin words made only of accented letters (what Hebrew or Arabic bytes look
 * like through a Western code page, e.g. "àåîðéè÷") count against it. chardet alone often
 * mistakes windows-1255 for windows-1256 and back on short files, because both put their
 * letters in the same byte range.
 */
export function decodingScore(text: string): number {
  let score = 0
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const scripts = new Set<string>()
    let nonAscii = 0
    for (const ch of word) {
      if (/\p{M}/u.test(ch)) continue
      if (/[A-Za-z]/.test(ch)) scripts.add('latin')
      else if (/\p{Script=Latin}/u.test(ch)) (scripts.add('latin'), nonAscii++)
      else if (/\p{Script=Hebrew}/u.test(ch)) scripts.add('hebrew')
      else if (/\p{Script=Arabic}/u.test(ch)) scripts.add('arabic')
      else if (/\p{Script=Cyrillic}/u.test(ch)) scripts.add('cyrillic')
      else if (/\p{Script=Greek}/u.test(ch)) scripts.add('greek')
      else scripts.add('other')
    }
    const letters = [...word].length
    const accentedOnly = scripts.has('latin') && scripts.size === 1 && nonAscii === letters && letters >= 2
    score += scripts.size === 1 && !accentedOnly ? letters : -2 * letters
  }
  return score
}

const WINDOWS_FOR: Record<string, string> = { 'ISO-8859-1': 'windows-1252', 'ISO-8859-8': 'windows-1255' }

function detectLegacy(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, Math.min(bytes.length, 256 * 1024))
  const candidates: string[] = []
  for (const match of analyse(sample)) {
    const found = LEGACY.find((l) => l.toLowerCase() === match.name.toLowerCase())
    // Windows code pages are supersets of these ISO ones (curly quotes, ₪, niqqud), and it is
    // Windows that writes legacy files, so the name shown is the Windows one.
    const hit = found && (WINDOWS_FOR[found] ?? found)
    if (hit && match.confidence >= 10 && !candidates.includes(hit)) candidates.push(hit)
  }
  // The code pages of the researchers Needle is built for are always weighed, whatever chardet says.
  for (const cp of ['windows-1252', 'windows-1255', 'windows-1256']) if (!candidates.includes(cp)) candidates.push(cp)
  // On a tie (ISO-8859-6 and windows-1256 both give Arabic letters) the Windows page wins:
  // it is what Windows wrote, and what the bytes of real files mean.
  const scored = candidates.map((cp, order) => ({ cp, order, windows: cp.startsWith('windows-') ? 0 : 1, score: decodingScore(iconv.decode(Buffer.from(sample), cp)) }))
  scored.sort((a, b) => b.score - a.score || a.windows - b.windows || a.order - b.order)
  return scored[0].cp
}

// UTF-8 read as a single-byte code page leaves these pairs in the text.
// Hebrew (windows-1255) or Arabic (windows-1256) bytes read as Latin-1 give words made only of
// accented letters, e.g. "àåîðéè÷"; no Western language writes words like that.
const MOJIBAKE = /(?:Ã[\u0080-\u00BF]|â€[\u0080-\u00BF\u2018-\u201D\u2122]|Ø[\u00A0-\u00BF]|×[\u0090-\u00AA]|(?<![A-Za-z\u00C0-\u00FF])[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]{4,}(?![A-Za-z]))/

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
