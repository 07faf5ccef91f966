/**
 * Counted and named labels as the researcher reads them, in English and Arabic: every name the
 * service gives a persona edit is recognised in the undo controls (none falls through to the raw
 * English), accepted and rejected suggestions are counted in the reader's language, and the
 * segment size reads "1 participant", not "1 participants", with Arabic's six plural forms.
 */
import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import ar from '../../src/renderer/src/i18n/ar.json'
import en from '../../src/renderer/src/i18n/en.json'
import { undoLabel } from '../../src/renderer/src/features/coding/undoLabel'
import { PERSONA_UNDO_PATTERNS } from '../../src/renderer/src/features/personas/undoLabels'
import {
  attachLabel,
  avatarLabel,
  deleteLabel,
  detachLabel,
  DRAFT_ALL_LABEL,
  draftLabel,
  updateLabel,
} from '../../src/main/services/personas/undoLabels'
import type { Persona } from '../../src/shared/persona/content'

async function translator(lng: 'en' | 'ar'): Promise<TFunction> {
  const i = i18next.createInstance()
  await i.init({
    resources: { en: { translation: en }, ar: { translation: ar } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  })
  return i.t
}

const persona = {
  id: 3,
  name: 'Same-day first',
  content: {
    sections: [
      { id: 'goals', title: 'Goals' },
      { id: 'pains', title: 'Pains' },
      { id: 'custom-1', title: 'Notes' },
    ],
  },
} as unknown as Persona

const NAMES = [
  updateLabel(persona, { id: 3, name: 'Late-day fixer' }).label,
  updateLabel(persona, { id: 3, context: 'x' }).label,
  updateLabel(persona, { id: 3, language: 'ar' }).label,
  updateLabel(persona, { id: 3, avatar: { colour: '#123456' } }).label,
  updateLabel(persona, { id: 3, sections: [{ id: 'custom-2', html: '' }] }).label,
  updateLabel(persona, { id: 3, removeSections: ['custom-1'] }).label,
  updateLabel(persona, {
    id: 3,
    sections: [
      { id: 'goals', order: 1 },
      { id: 'pains', order: 0 },
    ],
  }).label,
  updateLabel(persona, { id: 3, sections: [{ id: 'pains', hidden: true }] }).label,
  updateLabel(persona, { id: 3, sections: [{ id: 'pains', hidden: false }] }).label,
  updateLabel(persona, { id: 3, sections: [{ id: 'goals', html: '<p>x</p>' }] }).label,
  updateLabel(persona, { id: 3, name: 'x', context: 'y' }).label,
  attachLabel(persona, 'goals'),
  detachLabel(persona, 'goals'),
  avatarLabel(persona),
  deleteLabel(persona),
  draftLabel('Needs A and B'),
  DRAFT_ALL_LABEL,
]

describe('persona steps in the undo controls', () => {
  it('names each kind of edit, and merges only a section’s text saves', () => {
    expect(NAMES).toEqual([
      'Rename persona “Same-day first” to “Late-day fixer”',
      'Edit context of persona “Same-day first”',
      'Change language of persona “Same-day first”',
      'Change avatar of persona “Same-day first”',
      'Add a section to persona “Same-day first”',
      'Remove “Notes” from persona “Same-day first”',
      'Reorder sections of persona “Same-day first”',
      'Hide “Pains” on persona “Same-day first”',
      'Show “Pains” on persona “Same-day first”',
      'Edit “Goals” on persona “Same-day first”',
      'Edit persona “Same-day first”',
      'Attach evidence to “Goals” on persona “Same-day first”',
      'Detach evidence from “Goals” on persona “Same-day first”',
      'Change avatar of persona “Same-day first”',
      'Delete persona “Same-day first”',
      'Draft a persona from “Needs A and B”',
      'Draft personas from every segment',
    ])
    expect(updateLabel(persona, { id: 3, sections: [{ id: 'goals', html: '<p>x</p>' }] }).coalesce?.key).toBe(
      'persona:3:section:goals:html',
    )
    expect(updateLabel(persona, { id: 3, sections: [{ id: 'goals', title: 'Aims' }] }).coalesce).toBeUndefined()
  })

  it('shows every persona step in English and Arabic, never the service’s raw name', async () => {
    for (const lng of ['en', 'ar'] as const) {
      const t = await translator(lng)
      for (const name of NAMES) {
        expect(
          PERSONA_UNDO_PATTERNS.some(([re]) => re.test(name)),
          name,
        ).toBe(true)
        const shown = undoLabel(t, name)
        expect(shown).not.toBe(name)
        expect(shown).not.toMatch(/personas\.undo/)
        if (lng === 'ar') expect(shown).toMatch(/[\u0600-\u06FF]/)
      }
    }
    expect(undoLabel(await translator('ar'), 'Rename persona “A” to “B”')).toBe('إعادة تسمية الشخصية «A» إلى «B»')
    expect(undoLabel(await translator('en'), 'Edit “Goals” on persona “A”')).toBe('edit “Goals” on “A”')
    // Coding steps still read as the coding screens show them.
    expect(undoLabel(await translator('en'), 'Delete highlight')).toBe('delete highlight')
  })

  it('counts accepted and rejected suggestions in the reader’s language, with Arabic’s plural forms', async () => {
    const e = await translator('en')
    expect(['Accept 1 suggestion', 'Accept 3 suggestions', 'Reject all suggestions'].map((n) => undoLabel(e, n))).toEqual([
      'accept 1 suggestion',
      'accept 3 suggestions',
      'reject all suggestions',
    ])
    const a = await translator('ar')
    expect(
      ['Accept 1 suggestion', 'Accept 2 suggestions', 'Reject 3 suggestions', 'Accept 11 suggestions', 'Accept all suggestions'].map((n) =>
        undoLabel(a, n),
      ),
    ).toEqual(['قبول اقتراح واحد', 'قبول اقتراحين', 'رفض 3 اقتراحات', 'قبول 11 اقتراحًا', 'قبول كل الاقتراحات'])
  })

  it('counts a segment’s participants with the right plural in English and Arabic', async () => {
    const size = (t: TFunction, count: number) => t('segments.card.size', { count, n: String(count), share: '5%' })
    const e = await translator('en')
    expect([1, 2, 45].map((n) => size(e, n))).toEqual(['1 participant · 5%', '2 participants · 5%', '45 participants · 5%'])
    const a = await translator('ar')
    expect([0, 1, 2, 3, 11, 100].map((n) => size(a, n))).toEqual([
      'لا مشاركين · 5%',
      'مشارك واحد · 5%',
      'مشاركان · 5%',
      '3 مشاركين · 5%',
      '11 مشاركًا · 5%',
      '100 مشارك · 5%',
    ])
  })
})
