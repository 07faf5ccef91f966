/** Keyboard selection in the reader: S takes the sentence around the caret, in English and Arabic. */
import { describe, expect, it } from 'vitest'
import { sentenceAround, trimmed } from '../../src/renderer/src/features/coding/reader/sentences'

const pick = (text: string, at: number) => {
  const { start, end } = sentenceAround(text, at)
  return text.slice(start, end)
}

describe('sentenceAround', () => {
  const en = 'We ship at dawn. The van broke down twice! Can you fix routing? Thanks.'
  it('finds the sentence the caret is in', () => {
    expect(pick(en, 0)).toBe('We ship at dawn.')
    expect(pick(en, en.indexOf('van'))).toBe('The van broke down twice!')
    expect(pick(en, en.indexOf('routing'))).toBe('Can you fix routing?')
    expect(pick(en, en.length)).toBe('Thanks.')
  })
  it('does not cut at a dot inside a number or a name', () => {
    const text = 'Version 2.5 of Acme.io failed. Then we left.'
    expect(pick(text, 3)).toBe('Version 2.5 of Acme.io failed.')
  })
  it('ends Arabic sentences at ؟ and at line breaks', () => {
    const ar = 'متى يصل الطلب؟ نحتاجه قبل الجمعة.\nسطر آخر'
    expect(pick(ar, 2)).toBe('متى يصل الطلب؟')
    expect(pick(ar, ar.indexOf('نحتاجه'))).toBe('نحتاجه قبل الجمعة.')
    expect(pick(ar, ar.length - 1)).toBe('سطر آخر')
  })
  it('a whole turn drops its surrounding whitespace', () => {
    const text = '  all of it. really  '
    const { start, end } = trimmed(text)
    expect(text.slice(start, end)).toBe('all of it. really')
  })
})
