/** Word .docx: mammoth extracts the paragraphs as plain text, then the text turn rules apply. */
import { basename } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import { ZipFormatError } from '../zip'
import { checkDocxSize } from './docxLimits'
import { parseTextTranscript } from './text'
import type { ParsedTranscript } from './types'

function refuse(file: string, why: string): NeedleError {
  return new NeedleError('unreadable_file', `${basename(file)} cannot be imported: ${why}`, { file })
}

export async function parseDocx(bytes: Uint8Array, file: string): Promise<ParsedTranscript> {
  if (bytes.length === 0) throw refuse(file, 'the file is empty. Save the document again from Word and import the new file.')
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw refuse(
      file,
      'it is a Word 97-2003 document renamed to .docx. Open it in Word or LibreOffice, save it as .docx or plain text (.txt), and import that.',
    )
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw refuse(
      file,
      'it is not a Word .docx document (a .docx file is a ZIP archive). Save it from Word as .docx or as plain text (.txt) and import that.',
    )
  try {
    // Before mammoth builds its tree: a few hundred KB on disk can hold millions of paragraphs.
    checkDocxSize(bytes, file)
  } catch (err) {
    if (err instanceof ZipFormatError)
      throw refuse(
        file,
        `Word's file structure is damaged (${err.message}). Open it in Word or LibreOffice, save it again as .docx or .txt, and import that.`,
      )
    throw err
  }
  let text: string
  try {
    // Loaded here, not at the top: mammoth and its zip/XML stack cost ~0.1 s that only .docx imports should pay.
    const { default: mammoth } = await import('mammoth')
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value
  } catch (err) {
    throw refuse(
      file,
      `Word's file structure is damaged (${(err as Error).message}). Open it in Word or LibreOffice, save it again as .docx or .txt, and import that.`,
    )
  }
  if (text.trim() === '') throw refuse(file, 'the document holds no text.')
  return parseTextTranscript(text)
}
