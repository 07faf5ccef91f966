/** Re-anchoring offsets through replacements of other lengths, and finding names as words (Arabic "and" included). */
import { describe, expect, it } from 'vitest'
import { applyEdits, offsetMapper, Replacer } from '../../src/main/services/interop/anonymiseText'

describe('replacements and offsets', () => {
  it('carries spans through longer and shorter replacements; a span that starts or ends inside a name covers its whole pseudonym', () => {
    const text = 'Dana 👍🏽 said Omar and Dana met.'
    const r = new Replacer([
      { text: 'Dana', replacement: 'P001', kind: 'participant' },
      { text: 'Omar', replacement: 'Participant 0002', kind: 'participant' },
    ])
    const edits = r.edits(text)
    const out = applyEdits(text, edits)
    expect(out).toBe('P001 👍🏽 said Participant 0002 and P001 met.')
    const map = offsetMapper(edits)
    const span = (s: string, from = 0) => [text.indexOf(s, from), text.indexOf(s, from) + s.length] as const
    const moved = (s: number, e: number) => out.slice(map(s, 'start'), map(e, 'end'))
    expect(moved(...span('👍🏽 said'))).toBe('👍🏽 said')
    expect(moved(...span('and Dana met'))).toBe('and P001 met')
    expect(moved(2, text.indexOf('Omar') + 2)).toBe('P001 👍🏽 said Participant 0002')
  })

  it('matches whole words only, case-insensitively for names and exactly for name parts, with Arabic proclitics', () => {
    const r = new Replacer([
      { text: 'Leanne Price', replacement: 'P003', kind: 'participant' },
      { text: 'Price', replacement: 'P003', kind: 'participant', caseSensitive: true },
      { text: 'مريم', replacement: 'P004', kind: 'participant' },
    ])
    expect(r.replace('leanne price said the price is fine; Price agreed. Pricey.')).toBe(
      'P003 said the price is fine; P003 agreed. Pricey.',
    )
    expect(r.replace('قالت مريم ومريم وبمريم ومريمات')).toBe('قالت P004 وP004 وبP004 ومريمات')
  })
})
