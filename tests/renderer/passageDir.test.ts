import { describe, expect, it } from 'vitest'
import { passageDir } from '../../src/renderer/src/i18n/passageDir'
import { detectDirection, letterDirection } from '../../src/shared/text/arabic'

describe('the direction of a passage of user text', () => {
  it('follows most of its letters, not its first word', () => {
    // dir="auto" would lay these out left to right: they open with a Latin brand name.
    expect(passageDir('Shopify ما يشتغل عندنا مع نظام التوصيل')).toBe('rtl')
    expect(passageDir('WhatsApp: نستخدمه مع السائقين كل يوم')).toBe('rtl')
    // And an English sentence that quotes an Arabic word stays left to right.
    expect(passageDir('واتساب is what the drivers use every day')).toBe('ltr')
  })

  it('has no direction of its own without letters, so the page decides', () => {
    expect(letterDirection('12:30 — 45%')).toBeNull()
    expect(passageDir('12:30 — 45%')).toBe('auto')
    expect(detectDirection('12:30')).toBe('ltr')
  })
})
