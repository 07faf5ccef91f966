/** The words printed around an Arabic card count the way Arabic counts: dual, 3-10, 11-99, hundreds. */
import { describe, expect, it } from 'vitest'
import { cardLabels } from '../../src/shared/persona/labels'

describe('card labels', () => {
  it('counts participants, sources, deadlines and emergencies with Arabic’s plural forms', () => {
    const l = cardLabels('ar')
    expect([1, 2, 3, 10, 11, 45, 100].map(l.sources)).toEqual([
      'مصدر واحد',
      'مصدران',
      '3 مصادر',
      '10 مصادر',
      '11 مصدرًا',
      '45 مصدرًا',
      '100 مصدر',
    ])
    expect([1, 2, 7, 45].map(l.participants)).toEqual(['مشارك واحد', 'مشاركَين اثنين', '7 مشاركين', '45 مشاركًا'])
    expect(l.deadlines(4, 3)).toBe('4 مواعيد نهائية من 3 مشاركين')
    expect(l.deadlines(12, 1)).toBe('12 موعدًا نهائيًا من مشارك واحد')
    expect(l.emergencies(2, 2)).toBe('حالتان طارئتان من مشاركَين اثنين')
    expect([1, 4, 20].map(l.mentions)).toEqual(['إشارة واحدة', '4 إشارات', '20 إشارة'])
    expect(l.personas(4)).toBe('4 شخصيات')
  })

  it('prints the size of the segment and a highlight in the card’s language', () => {
    expect([cardLabels('en').sampleSize(45), cardLabels('ar').sampleSize(45)]).toEqual(['n = 45', 'ن = 45'])
    expect([cardLabels('en').highlight(7), cardLabels('ar').highlight(7)]).toEqual(['highlight 7', 'التظليل 7'])
    expect(cardLabels('en').participants(1)).toBe('1 participant')
  })
})
