/**
 * Spellings of the same Arabic word that people type interchangeably: alef maqsura and ya at the
 * end of a word (على / علي, مستشفى / مستشفي), hamza on waw (مسؤول / مسوول) and hamza on ya
 * (رسائل / رسايل). Search folds each pair to one key, so either spelling finds the other.
 */
import { describe, expect, it } from 'vitest'
import { normaliseForSearch } from '../../src/shared/text/arabic'
import { project } from './fixture'

const HOSPITAL = 'نقلنا المريض إلى المستشفى بسرعة'
const MANAGER = 'مسؤول المبيعات لم يرد على الرسائل'
const TYPED_LOOSELY = 'مسوول الدعم قال ان الرسايل ضاعت في المستشفي'

describe('Arabic letter variants in search', () => {
  it('indexes ى as ي, ؤ as و and ئ as ي', () => {
    expect(normaliseForSearch('المستشفى')).toBe(normaliseForSearch('المستشفي'))
    expect(normaliseForSearch('مسؤول')).toBe(normaliseForSearch('مسوول'))
    expect(normaliseForSearch('رسائل')).toBe(normaliseForSearch('رسايل'))
  })

  it('finds a document written with one spelling when the query uses the other, both ways', async () => {
    const p = project([{ text: HOSPITAL }, { text: MANAGER }, { text: TYPED_LOOSELY }])
    const [hospital, manager, loose] = p.docs
    const docsFor = async (query: string) => [...new Set((await p.run('search.query', { query })).hits.map((h) => h.document))].sort()
    expect(await docsFor('مستشفي')).toEqual([hospital, loose].sort())
    expect(await docsFor('مستشفى')).toEqual([hospital, loose].sort())
    expect(await docsFor('مسوول')).toEqual([manager, loose].sort())
    expect(await docsFor('مسؤول')).toEqual([manager, loose].sort())
    expect(await docsFor('رسايل')).toEqual([manager, loose].sort())
    expect(await docsFor('الرسائل')).toEqual([manager, loose].sort())
    // The hit slices the word as written, hamza and all.
    const hit = (await p.run('search.query', { query: 'مسوول' })).hits.find((h) => h.document === manager)!
    expect(MANAGER.slice(hit.start, hit.end)).toBe('مسؤول')
  })
})
