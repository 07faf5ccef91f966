/** The researcher's own avatar picture: checked by its bytes, not its name, and kept small. */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { NeedleError } from '../../../shared/errors'

export const MAX_AVATAR_BYTES = 2 * 1024 * 1024
export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp'

export function sniffImage(bytes: Uint8Array): ImageMime | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png'
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  if (
    bytes.length >= 12 &&
    String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' &&
    String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP'
  )
    return 'image/webp'
  return null
}

export function readAvatarFile(path: string): { bytes: Buffer; mime: ImageMime } {
  let size: number
  try {
    size = statSync(path).size
  } catch {
    throw new NeedleError('unreadable_file', `Cannot read ${path}: the file does not exist or cannot be opened.`)
  }
  if (size > MAX_AVATAR_BYTES) {
    throw new NeedleError(
      'invalid_input',
      `${path} is ${(size / 1024 / 1024).toFixed(1)} MB; an avatar picture can be at most 2 MB. Save a smaller copy and try again.`,
    )
  }
  const bytes = readFileSync(path)
  const mime = sniffImage(bytes)
  if (!mime) {
    throw new NeedleError(
      'invalid_input',
      `${path} is not a PNG, JPEG or WebP picture${extname(path) ? ` (whatever its ${extname(path)} name says)` : ''}.`,
    )
  }
  return { bytes, mime }
}

export function dataUrl(bytes: Uint8Array, mime: string): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`
}
