/**
 * Bytes to text for every importer: BOMs, strict UTF-8, then legacy code pages detected
 * by chardet and decoded by iconv-lite. The decoded text is kept exactly as the file has
 * it (line endings included); visible mojibake is reported, never silently "fixed".
 */
import { analyse } from 'chardet'
import iconv from 'iconv-lite'
import { isUtf8 } from 'node:buffer'
import { basename, extname } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { NeedleError } from '../../shared/errors'
import { ENCODING_CHOICES } from '../../shared/import/encodings'
import { fingerprint, type FileContent } from './content'

export interface Decoded {
  text: string
  /** Encoding name as shown to the researcher, e.g. "UTF-8", "UTF-8 (BOM)", "windows-1255". */
  encoding: string
  warnings: string[]
}

/** Code pages a researcher's files realistically arrive in, besides UTF-8/16. */
const LEGACY = [
  'windows-1252',
  'windows-1255',
  'windows-1256',
  'ISO-8859-1',
  'ISO-8859-8',
  'ISO-8859-6',
  'windows-1251',
  'Shift_JIS',
  'GB18030',
  'EUC-KR',
]

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
    throw unreadable(
      file,
      'it is a Rich Text (.rtf) document, a format Needle does not read. Open it in Word or LibreOffice, save it as .docx or plain text (.txt), and import that.',
    )
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
    if (controls > head.length * 0.1)
      throw unreadable(file, 'it is a binary file, not text. Export it as CSV, TSV or plain text and import that.')
  }
}

/** OLE2 compound files: Word 97-2003 .doc, Excel .xls, PowerPoint .ppt. */
function office97(file: string): string {
  const ext = extname(file).toLowerCase()
  const what =
    ext === '.xls'
      ? 'an Excel 97-2003 workbook (.xls)'
      : ext === '.ppt'
        ? 'a PowerPoint 97-2003 file (.ppt)'
        : 'a Word 97-2003 document (.doc)'
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
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? []
  const byScript = new Map<string, number>()
  const scriptsOf = words.map((word) => {
    const scripts = new Set<string>()
    let accented = 0
    let foreign = 0
    for (const ch of word) {
      const script = scriptOf(ch)
      if (script === 'mark') continue
      scripts.add(script)
      byScript.set(script, (byScript.get(script) ?? 0) + 1)
      if (script === 'latin' && ch > '\x7f') accented++
      if (script !== 'latin') foreign++
    }
    return { scripts, accented, foreign, letters: [...word].length }
  })
  const main = [...byScript].sort((a, b) => b[1] - a[1])[0]?.[0]
  for (const { scripts, accented, foreign, letters } of scriptsOf) {
    const accentedOnly = scripts.has('latin') && scripts.size === 1 && accented === letters && letters >= 2
    // A word mixing scripts ("Œو") is never real text; a run of accented Latin letters rarely is.
    score += scripts.size > 1 ? -3 * letters : accentedOnly ? -letters : letters
    // The script most of the file's letters are in is what its language is written in: a stray
    // letter or two of another script (one byte read through the wrong code page, e.g. "ז" or a
    // kanji in an English survey) is implausible; real words in another script are judged above.
    if (accented + foreign > 0 && letters <= 2) score += (scripts.size === 1 && scripts.has(main ?? '') ? 2 : -2) * letters
  }
  // C1 control characters: bytes 0x80-0x9F read through an ISO page; text never holds them.
  score -= 10 * (text.match(/[\u0080-\u009f]/g)?.length ?? 0)
  // A byte the code page leaves undefined decodes to U+FFFD: the file was not written in it.
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) score -= 10
  return score
}

function scriptOf(ch: string): string {
  if (/\p{M}/u.test(ch)) return 'mark'
  if (/\p{Script=Latin}/u.test(ch)) return 'latin'
  if (/\p{Script=Hebrew}/u.test(ch)) return 'hebrew'
  if (/\p{Script=Arabic}/u.test(ch)) return 'arabic'
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic'
  if (/\p{Script=Greek}/u.test(ch)) return 'greek'
  return 'other'
}

/** The iconv name of a researcher-named encoding, or a clear error naming the choices. */
export function namedEncoding(name: string, file: string): string {
  const n = name
    .trim()
    .toLowerCase()
    .replace(/^utf-?8.*$/, 'utf-8')
    .replace(/^utf-?16[ -]?le$/, 'utf-16le')
    .replace(/^utf-?16[ -]?be$/, 'utf-16be')
    .replace(/^cp(\d{3,4})$/, 'windows-$1')
  if (!iconv.encodingExists(n))
    throw new NeedleError(
      'invalid_input',
      `${basename(file)}: "${name}" is not an encoding Needle knows. Name one of ${ENCODING_CHOICES.join(', ')}, or leave it out to let Needle detect it.`,
      { file },
    )
  return n
}

/** How a named encoding is shown: the same names detection uses. */
function shownName(iconvName: string): string {
  return iconvName === 'utf-8' ? 'UTF-8' : iconvName === 'utf-16le' ? 'UTF-16 LE' : iconvName === 'utf-16be' ? 'UTF-16 BE' : iconvName
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
  const scored = candidates.map((cp, order) => ({
    cp,
    order,
    windows: cp.startsWith('windows-') ? 0 : 1,
    score: decodingScore(iconv.decode(Buffer.from(sample), cp)),
  }))
  scored.sort((a, b) => b.score - a.score || a.windows - b.windows || a.order - b.order)
  return scored[0].cp
}

// UTF-8 read as a single-byte code page leaves these pairs in the text.
// Hebrew (windows-1255) or Arabic (windows-1256) bytes read as Latin-1 give words made only of
// accented letters, e.g. "àåîðéè÷"; no Western language writes words like that.
const MOJIBAKE =
  /(?:Ã[\u0080-\u00BF]|â€[\u0080-\u00BF\u2018-\u201D\u2122]|Ø[\u00A0-\u00BF]|×[\u0090-\u00AA]|(?<![A-Za-z\u00C0-\u00FF])[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]{4,}(?![A-Za-z]))/

/** Names the first line that shows mojibake, so the researcher can look at it. */
export function mojibakeWarning(text: string, file: string): string | null {
  const m = MOJIBAKE.exec(text)
  if (!m) return null
  const line = text.slice(0, m.index).split('\n').length
  return `${basename(file)} line ${line}: "${text.slice(Math.max(0, m.index - 10), m.index + 20).replace(/\s+/g, ' ')}" looks like garbled characters (text saved in one encoding and read in another). It was imported exactly as the file has it; check the original export.`
}

/** Turns bytes into text piece by piece; `end` flushes a character cut at the last piece. */
interface PieceDecoder {
  write(piece: Uint8Array): string
  end(): string
}

interface Detected {
  encoding: string
  /** BOM bytes to drop before decoding. */
  skip: number
  decoder: () => PieceDecoder
}

function utf8Decoder(): PieceDecoder {
  // StringDecoder decodes exactly as Buffer#toString('utf8') does, across piece boundaries.
  const d = new StringDecoder('utf8')
  return { write: (p) => d.write(p as Buffer), end: () => d.end() }
}

function iconvDecoder(encoding: string): () => PieceDecoder {
  return () => {
    const d = iconv.getDecoder(encoding)
    return { write: (p) => d.write(Buffer.from(p.buffer, p.byteOffset, p.byteLength)), end: () => d.end() ?? '' }
  }
}

/**
 * The encoding from the first bytes (`head`: the whole file, or at least its first 256 KB)
 * and whether the whole file is valid UTF-8: BOMs first, then strict UTF-8, then the legacy
 * code page that reads the head most plausibly.
 */
function detectEncoding(head: Uint8Array, validUtf8: boolean, named?: string): Detected {
  if (named) {
    // The researcher's choice wins; a BOM of that same encoding is still not text.
    const bom = named === 'utf-8' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
    const utf16Bom =
      (named === 'utf-16le' && head[0] === 0xff && head[1] === 0xfe) || (named === 'utf-16be' && head[0] === 0xfe && head[1] === 0xff)
    return {
      encoding: `${shownName(named)} (chosen)`,
      skip: bom || (utf16Bom ? 2 : 0),
      decoder: named === 'utf-8' ? utf8Decoder : iconvDecoder(named),
    }
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'UTF-8 (BOM)', skip: 3, decoder: utf8Decoder }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'UTF-16 LE', skip: 2, decoder: iconvDecoder('utf-16le') }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'UTF-16 BE', skip: 2, decoder: iconvDecoder('utf-16be') }
  if (validUtf8) return { encoding: 'UTF-8', skip: 0, decoder: utf8Decoder }
  const encoding = detectLegacy(head)
  return { encoding, skip: 0, decoder: iconvDecoder(encoding) }
}

function noText(file: string): NeedleError {
  return unreadable(file, 'it holds no text. Export it again from its tool and import the new file.')
}

/**
 * A NUL character anywhere in decoded text (assertTextual looks at the first 8 KB only): no
 * text format has one, and stored in a document it would cut the text short in other tools.
 * Refused as the binary check refuses, naming the line. Checked on decoded text, so UTF-16
 * (where every other byte of Latin text is zero) is judged by its characters.
 */
function nulRefusal(file: string, line: number): NeedleError {
  return unreadable(
    file,
    `line ${line} holds a NUL character, which text never has: the file is binary or damaged. Export it again as CSV, TSV or plain text and import that.`,
  )
}

function lineAt(text: string, index: number, before = 0): number {
  let line = before + 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** `encoding`: the researcher's choice (any name namedEncoding accepts); detected when absent. */
export function decodeBytes(bytes: Uint8Array, file: string, encoding?: string): Decoded {
  assertTextual(bytes, file)
  return decodeWith(bytes, file, detectEncoding(bytes, isUtf8(bytes), encoding ? namedEncoding(encoding, file) : undefined))
}

function decodeWith(bytes: Uint8Array, file: string, { encoding, skip, decoder }: Detected): Decoded {
  const d = decoder()
  const text = d.write(bytes.subarray(skip)) + d.end()
  const nul = text.indexOf('\u0000')
  if (nul !== -1) throw nulRefusal(file, lineAt(text, nul))
  const warnings: string[] = []
  const moji = mojibakeWarning(text, file)
  if (moji) warnings.push(moji)
  if (text.trim() === '') throw noText(file)
  return { text, encoding, warnings }
}

/** Decoded text that arrives in pieces, for files too large to hold as one string. */
export interface DecodedStream {
  encoding: string
  /** The start of the text: more than `headChars` characters, or all of it. */
  head: string
  /** `head` is the whole text. */
  whole: boolean
  /** The text after `head`, in pieces; read it once. */
  rest: AsyncIterable<string>
  /** Bytes of the file decoded so far. */
  bytesRead(): number
  /** Complete once `rest` has been read to the end (the mojibake check runs as text streams by). */
  warnings: string[]
}

// Enough bytes for assertTextual's look at the start and for chardet's sample of legacy files.
const DETECT_BYTES = 256 * 1024

/**
 * Streaming decodeBytes: the same checks, encoding and text, but the file is read and decoded
 * piece by piece, so a 500 MB export costs a few megabytes of text at a time instead of its
 * bytes plus a gigabyte of UTF-16. `validUtf8` comes from the import service's first pass
 * (fingerprint); without it the bytes are read once more to find out.
 */
export async function decodeStream(
  content: FileContent,
  file: string,
  headChars: number,
  validUtf8?: boolean,
  named?: string,
): Promise<DecodedStream> {
  const chosen = named ? namedEncoding(named, file) : undefined
  if (validUtf8 === undefined) validUtf8 = (await fingerprint(content)).validUtf8
  const source = content.chunks()[Symbol.asyncIterator]()
  let bytesRead = 0
  let done = false
  const pieces: Uint8Array[] = []
  let prefixLength = 0
  while (prefixLength < DETECT_BYTES) {
    const next = await source.next()
    if (next.done) {
      done = true
      break
    }
    pieces.push(next.value)
    prefixLength += next.value.byteLength
  }
  const prefix = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces)
  assertTextual(prefix, file)
  const { encoding, skip, decoder } = detectEncoding(prefix, validUtf8, chosen)
  const d = decoder()
  const mojibake = new MojibakeScan(file)

  // Line breaks handed out so far, to name the line of a NUL character.
  let linesBefore = 0
  // Hands out decoded text piece by piece; '' means the file is finished.
  let pending: Uint8Array | null = prefix.subarray(skip)
  let ended = false
  const nextText = async (): Promise<string | null> => {
    while (!ended) {
      let text: string
      if (pending) {
        text = d.write(pending)
        bytesRead += pending.byteLength + (bytesRead === 0 ? skip : 0)
        pending = null
      } else if (!done) {
        const next = await source.next()
        if (next.done) {
          done = true
          continue
        }
        text = d.write(next.value)
        bytesRead += next.value.byteLength
      } else {
        ended = true
        text = d.end()
      }
      if (text) {
        const nul = text.indexOf('\u0000')
        if (nul !== -1) throw nulRefusal(file, lineAt(text, nul, linesBefore))
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) linesBefore++
        mojibake.scan(text, ended)
        return text
      }
    }
    mojibake.scan('', true)
    return null
  }

  const headParts: string[] = []
  let headLength = 0
  let whole = false
  while (headLength <= headChars) {
    const text = await nextText()
    if (text === null) {
      whole = true
      break
    }
    headParts.push(text)
    headLength += text.length
  }
  const head = headParts.join('')
  let sawText = /\S/.test(head)
  if (whole && !sawText) throw noText(file)
  const warnings: string[] = []
  if (whole && mojibake.warning) warnings.push(mojibake.warning)

  async function* rest(): AsyncGenerator<string> {
    if (whole) return
    for (let text = await nextText(); text !== null; text = await nextText()) {
      if (!sawText && /\S/.test(text)) sawText = true
      yield text
    }
    if (!sawText) throw noText(file)
    if (mojibake.warning) warnings.push(mojibake.warning)
  }
  return { encoding, head, whole, rest: rest(), bytesRead: () => bytesRead, warnings }
}

const MOJIBAKE_ALL = new RegExp(MOJIBAKE.source, 'g')
// Characters of the previous piece kept in front of the next, so a match that straddles two
// pieces is found whole, with the 10 characters before it the warning quotes.
const OVERLAP = 64
// A match is only taken once the 20 characters after its start (quoted in the warning) have arrived.
const AFTER = 20

/** mojibakeWarning over text that arrives in pieces: the same first match, line and excerpt. */
class MojibakeScan {
  warning: string | null = null
  private tail = ''
  /** Line breaks before the start of `tail`. */
  private lines = 0
  private started = false

  constructor(private readonly file: string) {}

  scan(text: string, last: boolean): void {
    if (this.warning !== null) return
    const window = this.tail + text
    // A match at the very start of a later window began in text already searched, and there
    // its look-behind could not see the character before it.
    MOJIBAKE_ALL.lastIndex = this.started ? 1 : 0
    const m = MOJIBAKE_ALL.exec(window)
    // A run of five or more accented letters matches however it continues; a shorter match
    // needs the character after it, which the look-ahead checks.
    if (m && (last || (m.index + AFTER <= window.length && (m[0].length >= 5 || m.index + m[0].length < window.length)))) {
      let line = this.lines + 1
      for (let i = window.indexOf('\n'); i !== -1 && i < m.index; i = window.indexOf('\n', i + 1)) line++
      this.warning = `${basename(this.file)} line ${line}: "${window.slice(Math.max(0, m.index - 10), m.index + 20).replace(/\s+/g, ' ')}" looks like garbled characters (text saved in one encoding and read in another). It was imported exactly as the file has it; check the original export.`
      return
    }
    // A match waiting for more text lies in the last AFTER characters, inside the overlap.
    const dropped = Math.max(0, window.length - OVERLAP)
    for (let i = window.indexOf('\n'); i !== -1 && i < dropped; i = window.indexOf('\n', i + 1)) this.lines++
    this.tail = window.slice(dropped)
    // Detach the tail from the large piece it was cut from, so that piece can be collected.
    this.tail = (' ' + this.tail).slice(1)
    this.started = this.started || dropped > 0
  }
}
