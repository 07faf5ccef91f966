/**
 * Avatars drawn locally from a seed: initials on a colour, or a symmetric pattern. No faces, so a
 * persona never gets a gender, age or ethnicity the evidence did not give it. Pure SVG strings:
 * the card in the app, the PDF and the PNG all draw the same picture from the same seed.
 */
import type { PersonaAvatar } from './content'

/** Colours that hold white text at AA contrast and print well. */
export const AVATAR_COLOURS = ['#2f5d8a', '#7a3e9d', '#1f7a6d', '#a4462f', '#5b6b2f', '#8a2f5d', '#3f4f9e', '#8a5a12'] as const

/** FNV-1a: a stable 32-bit seed from a name or id. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

export function defaultAvatar(name: string, kind: 'initials' | 'pattern' = 'pattern'): PersonaAvatar {
  const seed = seedOf(name)
  return { kind, colour: AVATAR_COLOURS[seed % AVATAR_COLOURS.length], seed }
}

/** Two letters from the name's first two words (skipping "The"/articles), upper-cased. */
export function initialsOf(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter((w) => w && !/^(the|a|an|al|ال)$/i.test(w))
  const letters = words.slice(0, 2).map((w) => [...w.replace(/^ال/, '')][0] ?? '')
  return letters.join('').toLocaleUpperCase() || '?'
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A 5×5 grid mirrored left-right (like a quilt block) in the avatar colour and a lighter tint,
 * on a round tile. `size` is in CSS pixels; the SVG scales.
 */
function patternSvg(avatar: PersonaAvatar, size: number): string {
  const rand = mulberry(avatar.seed)
  const cell = 100 / 5
  const shapes: string[] = []
  for (let y = 0; y < 5; y++) {
    for (let x = 0; x < 3; x++) {
      const r = rand()
      if (r < 0.45) continue
      const fill = r < 0.75 ? avatar.colour : `${avatar.colour}66`
      for (const col of x === 2 ? [2] : [x, 4 - x]) {
        shapes.push(`<rect x="${col * cell}" y="${y * cell}" width="${cell}" height="${cell}" fill="${fill}"/>`)
      }
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="${size}" height="${size}" role="img" aria-hidden="true">` +
    `<defs><clipPath id="c${avatar.seed}"><circle cx="50" cy="50" r="50"/></clipPath></defs>` +
    `<g clip-path="url(#c${avatar.seed})"><rect width="100" height="100" fill="${avatar.colour}1f"/>` +
    `<g transform="translate(10 10) scale(0.8)">${shapes.join('')}</g></g></svg>`
  )
}

function initialsSvg(avatar: PersonaAvatar, name: string, size: number): string {
  const letters = escapeXml(avatar.initials?.trim() || initialsOf(name))
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="${size}" height="${size}" role="img" aria-hidden="true">` +
    `<circle cx="50" cy="50" r="50" fill="${avatar.colour}"/>` +
    `<text x="50" y="50" dy="0.35em" text-anchor="middle" font-size="40" font-weight="600" fill="#fff" ` +
    `font-family="Inter, 'Noto Sans Arabic', sans-serif">${letters}</text></svg>`
  )
}

/** The generated avatar as SVG markup (an image avatar is drawn by whoever holds its bytes). */
export function avatarSvg(avatar: PersonaAvatar, name: string, size = 96): string {
  return avatar.kind === 'initials' ? initialsSvg(avatar, name, size) : patternSvg(avatar, size)
}
