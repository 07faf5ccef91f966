/**
 * How much a .docx may hold inside before mammoth reads it. mammoth builds a tree of the whole
 * document, and its cost follows the unpacked XML and above all the paragraph count, not the
 * file's size on disk: measured with mammoth 1.13 on Node 24, 100,000 short paragraphs (10 MB
 * of XML) took 16 s and 574 MB, 20,000 long ones (21 MB of XML, 20 MB of text) 3.6 s and 259 MB;
 * 2,000,000 paragraphs fit in a 332 KB file and ran out of a 4 GB heap. An interview transcript
 * is one paragraph per turn, a few thousand turns for a whole day, and Word's XML runs 10 to 30
 * times its text; so the limits below leave a long interview room many times over while keeping
 * mammoth well under 1 GB and about ten seconds.
 */
import { basename } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import { inflateEntry, listZip } from '../zip'

/** Unpacked XML of all the document's parts together. */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024
/** Paragraphs (<w:p> elements) in all the document's parts together. */
export const MAX_DOCX_PARAGRAPHS = 50_000

export interface DocxLimits {
  xmlBytes: number
  paragraphs: number
}

const LT = 0x3c
const W = 0x77
const COLON = 0x3a
const P = 0x70

/** The byte after "<w:p" that makes it a paragraph start (not <w:pPr>, <w:proofErr>). */
function endsName(b: number): boolean {
  return b === 0x3e || b === 0x20 || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d
}

/**
 * Unpacks every XML part in pieces, counting bytes and paragraphs, and refuses as soon as a
 * limit is passed, naming the file, the limit and what to do. Media (images) are not unpacked:
 * mammoth's raw text never reads them.
 */
export function checkDocxSize(
  bytes: Uint8Array,
  file: string,
  limits: DocxLimits = { xmlBytes: MAX_DOCX_XML_BYTES, paragraphs: MAX_DOCX_PARAGRAPHS },
): void {
  let xmlBytes = 0
  let paragraphs = 0
  let over: string | null = null
  for (const entry of listZip(bytes)) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue
    // The last four bytes of the previous piece, so a "<w:p>" cut between two pieces is counted.
    let tail = new Uint8Array(0)
    inflateEntry(bytes, entry, (piece) => {
      xmlBytes += piece.length
      if (xmlBytes > limits.xmlBytes) {
        over = `its text unpacks to more than ${Math.round(limits.xmlBytes / 1024 / 1024)} MB of Word XML (${entry.name})`
        return false
      }
      const data = tail.length ? concat(tail, piece) : piece
      for (let i = data.indexOf(LT); i !== -1 && i + 4 < data.length; i = data.indexOf(LT, i + 1)) {
        if (data[i + 1] === W && data[i + 2] === COLON && data[i + 3] === P && endsName(data[i + 4])) paragraphs++
      }
      if (paragraphs > limits.paragraphs) {
        over = `it holds more than ${limits.paragraphs.toLocaleString('en')} paragraphs`
        return false
      }
      tail = data.slice(Math.max(0, data.length - 4))
    })
    if (over) break
  }
  if (over)
    throw new NeedleError(
      'unreadable_file',
      `${basename(file)} cannot be imported: ${over}, far more than any interview transcript (Needle reads .docx transcripts up to ${limits.paragraphs.toLocaleString('en')} paragraphs and ${Math.round(limits.xmlBytes / 1024 / 1024)} MB of Word XML). If it is one interview, save it from Word as plain text (.txt) and import that; if it holds many, split it into one file per interview.`,
      { file, limit: over },
    )
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
