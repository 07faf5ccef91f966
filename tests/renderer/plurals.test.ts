/**
 * Every English string with a count has its plural forms, and Arabic has all six (zero, one,
 * two, few, many, other), so "1 answers" or an Arabic count with the wrong noun form never shows.
 */
import { describe, expect, it } from 'vitest'
import ar from '../../src/renderer/src/i18n/ar.json'
import en from '../../src/renderer/src/i18n/en.json'
import i18n from 'i18next'

type Tree = { [k: string]: string | Tree }
const flat = (d: Tree, p = ''): [string, string][] =>
  Object.entries(d).flatMap(([k, v]) => (typeof v === 'string' ? [[p + k, v] as [string, string]] : flat(v, `${p}${k}.`)))

const EN = new Map(flat(en as Tree))
const AR = new Map(flat(ar as Tree))
const PLURAL = /_(zero|one|two|few|many|other)$/
// Counts used as a plain figure beside a label, not as a noun phrase.
const FIGURES = new Set([
  'codebook.tabs.codes',
  'autocode.acceptShown',
  'autocode.rejectShown',
  'autocode.acceptTicked',
  'autocode.rejectTicked',
  'a11y.autocode.showMore',
])

describe('plurals', () => {
  it('English strings that count things have singular and plural forms', () => {
    const bare = [...EN].filter(([k, v]) => v.includes('{{count}}') && !PLURAL.test(k) && !FIGURES.has(k)).map(([k]) => k)
    expect(bare).toEqual([])
  })
  it('Arabic has all six plural forms wherever English has plurals', () => {
    const bases = new Set([...EN.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))
    const missing = [...bases].flatMap((b) =>
      ['zero', 'one', 'two', 'few', 'many', 'other'].filter((f) => !AR.has(`${b}_${f}`)).map((f) => `${b}_${f}`),
    )
    expect(missing).toEqual([])
  })
  it('i18next picks the right form', async () => {
    const t = await i18n.createInstance().init({ lng: 'en', resources: { en: { translation: en }, ar: { translation: ar } } })
    expect(t('coding.panel.overlapping', { count: 1 })).toBe('1 highlight here:')
    expect(t('coding.panel.overlapping', { count: 3 })).toBe('3 highlights here:')
    expect(t('coding.panel.overlapping', { count: 2, lng: 'ar' })).toBe('تظليلان هنا:')
    expect(t('coding.panel.overlapping', { count: 11, lng: 'ar' })).toBe('11 تظليلًا هنا:')
  })
})
