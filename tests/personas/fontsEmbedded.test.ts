import { describe, expect, it } from 'vitest'
import { printDocument } from '../../src/main/services/exports/personas/page'

// What the print page carries decides how much the browser parses before a PDF: only the faces its text can use.
const faces = (html: string) =>
  [...html.matchAll(/font-family:'([^']+)';font-style:normal;font-weight:(\d+)/g)].map((m) => `${m[1]} ${m[2]}`)

describe('fonts embedded in a print page', () => {
  it('gives an English card Inter only, and an Arabic card Noto Sans Arabic beside Inter for its digits', () => {
    const en = printDocument('<p>Same-day dispatch, 42% of participants</p>', { page: 'a4', language: 'en', dir: 'ltr', title: 'Dana' })
    expect(faces(en)).toEqual(['Inter 400', 'Inter 600', 'Inter 700'])
    const ar = printDocument('<p>نحتاج إلى تقرير شهري، 42٪</p>', { page: 'a4', language: 'ar', dir: 'rtl', title: 'منى' })
    expect(faces(ar)).toEqual([
      'Inter 400',
      'Inter 600',
      'Inter 700',
      'Noto Sans Arabic 400',
      'Noto Sans Arabic 600',
      'Noto Sans Arabic 700',
    ])
    // A Polish name needs the extended Latin faces; an Arabic name in the title alone brings the Arabic ones.
    expect(faces(printDocument('<p>Łukasz</p>', { page: 'a4', language: 'en', dir: 'ltr', title: 'x' }))).toContain('Inter 700')
    expect(
      printDocument('<p>Łukasz</p>', { page: 'a4', language: 'en', dir: 'ltr', title: 'x' }).match(/font-family:'Inter'/g),
    ).toHaveLength(6)
    expect(faces(printDocument('<p>Card</p>', { page: 'a4', language: 'en', dir: 'ltr', title: 'سارة' }))).toContain('Noto Sans Arabic 400')
  })
})
