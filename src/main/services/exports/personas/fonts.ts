/**
 * The card's fonts, embedded in the page as data: URLs so the PDF embeds them too and nothing is
 * fetched: Inter for Latin text, Noto Sans Arabic for Arabic (a named font, not whatever the
 * printing machine happens to have). Files come from the @fontsource packages.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { NeedleError } from '../../../../shared/errors'
import { appRoot } from '../../../paths'

const WEIGHTS = [400, 600, 700] as const
const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD'
const LATIN_EXT =
  'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF'
const ARABIC =
  'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC, U+102E0-102FB, U+10E60-10E7E, U+10EC2-10EC4, U+10EFC-10EFF, U+1EE00-1EEFF'

const FACES: { family: string; pkg: string; file: (w: number) => string; range: string }[] = [
  { family: 'Inter', pkg: 'inter', file: (w) => `inter-latin-${w}-normal.woff2`, range: LATIN },
  { family: 'Inter', pkg: 'inter', file: (w) => `inter-latin-ext-${w}-normal.woff2`, range: LATIN_EXT },
  { family: 'Noto Sans Arabic', pkg: 'noto-sans-arabic', file: (w) => `noto-sans-arabic-arabic-${w}-normal.woff2`, range: ARABIC },
]

/** A unicode-range ("U+0600-06FF, U+FB50-FDFF") as a test for whether a text holds any of its characters. */
function rangeTest(range: string): RegExp {
  const parts = range.split(',').map((r) => {
    const [from, to] = r.trim().slice(2).split('-')
    return to ? `\\u{${from}}-\\u{${to}}` : `\\u{${from}}`
  })
  return new RegExp(`[${parts.join('')}]`, 'u')
}

const RULES = new Map<string, string>()

function rule(face: (typeof FACES)[number], weight: number): string {
  const key = `${face.file(weight)}`
  const known = RULES.get(key)
  if (known) return known
  const path = join(appRoot(), 'node_modules', '@fontsource', face.pkg, 'files', face.file(weight))
  if (!existsSync(path)) throw new NeedleError('internal', `The card font ${face.file(weight)} is missing (${path}). Reinstall Needle.`)
  const data = readFileSync(path).toString('base64')
  const css =
    `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${weight};font-display:block;` +
    `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.range}}`
  RULES.set(key, css)
  return css
}

const TESTS = new Map(FACES.map((f) => [f, rangeTest(f.range)]))

/**
 * The @font-face rules for a page: the Latin faces always (digits, punctuation), the others only when
 * `text` holds a character of their unicode-range — the rule the browser itself uses to load a face,
 * so nothing on the page changes, but an English card no longer carries the Arabic fonts (nor an
 * Arabic card the extended Latin ones) for the browser to parse and the PDF to consider.
 */
export function fontFaceCss(text?: string): string {
  const rules: string[] = []
  for (const face of FACES) {
    if (text !== undefined && face.range !== LATIN && !TESTS.get(face)!.test(text)) continue
    for (const weight of WEIGHTS) rules.push(rule(face, weight))
  }
  return rules.join('\n')
}
