/**
 * Generated hostile files, small on disk and huge inside, built in pieces with fflate's
 * streaming zip so the test never holds the unpacked size in memory either.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate'

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

/** A zip whose entries are produced piece by piece: `parts` yields the pieces of each entry. */
export function streamedZip(entries: { name: string; pieces: () => Iterable<Uint8Array> }[]): Uint8Array {
  const out: Uint8Array[] = []
  const zip = new Zip((err, chunk) => {
    if (err) throw err
    out.push(chunk)
  })
  for (const e of entries) {
    const file = new ZipDeflate(e.name, { level: 6 })
    zip.add(file)
    let last: Uint8Array | null = null
    for (const piece of e.pieces()) {
      if (last) file.push(last)
      last = piece
    }
    file.push(last ?? new Uint8Array(0), true)
  }
  zip.end()
  const size = out.reduce((n, c) => n + c.length, 0)
  const bytes = new Uint8Array(size)
  let o = 0
  for (const c of out) {
    bytes.set(c, o)
    o += c.length
  }
  return bytes
}

/** A .docx whose document.xml is `count` copies of `paragraph` (XML), generated in pieces. */
export function docxBomb(count: number, paragraph: string, perPiece = 10_000): Uint8Array {
  return streamedZip([
    { name: '[Content_Types].xml', pieces: () => [strToU8(CONTENT_TYPES)] },
    { name: '_rels/.rels', pieces: () => [strToU8(RELS)] },
    {
      name: 'word/document.xml',
      *pieces() {
        yield strToU8(
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
        )
        const piece = strToU8(paragraph.repeat(Math.min(count, perPiece)))
        for (let done = 0; done < count; done += perPiece) yield done + perPiece <= count ? piece : strToU8(paragraph.repeat(count - done))
        yield strToU8('</w:body></w:document>')
      },
    },
  ])
}

/** 2,000,000 one-word paragraphs: a few hundred KB on disk. */
export const manyParagraphsDocx = () => docxBomb(2_000_000, '<w:p><w:r><w:t>x</w:t></w:r></w:p>')

/** 300 MB of text in 3,000 paragraphs of 100,000 letters: a few hundred KB on disk. */
export const hugeTextDocx = () => docxBomb(3_000, `<w:p><w:r><w:t>${'a'.repeat(100_000)}</w:t></w:r></w:p>`, 100)
