import { describe, expect, it } from 'vitest'
import { project, spanOf } from './fixture'

const EMOJI = 'Honestly 👩🏽‍💻 the export is 🔥 broken; we need it fixed by Friday 🙏.'
const ARABIC = 'قالت المشارِكة: نَحتاجُ إلى تقريرٍ شهريّ 📊 بحلول نهاية الشهر.'

describe('highlights', () => {
  it('keeps offsets exact around emoji and Arabic marks, and records the coder', async () => {
    const p = project([{ text: EMOJI }, { text: ARABIC, occurredAt: '2024-03-06' }])
    const need = await p.run('codes.create', { name: 'Reliable export', kind: 'need' })
    const span = spanOf(EMOJI, 'the export is 🔥 broken')
    const h = await p.run('highlights.create', { documentId: p.docs[0], ...span, codeIds: [need.id], memo: 'angry' })
    expect(h.text).toBe('the export is 🔥 broken')
    expect(h.coder).toBe('Amal')
    const ar = spanOf(ARABIC, 'تقريرٍ شهريّ 📊')
    await p.run('highlights.create', { documentId: p.docs[1], ...ar, codeIds: [need.id] })

    const [listed] = await p.run('highlights.list', { documentId: p.docs[1] })
    expect(listed.text).toBe('تقريرٍ شهريّ 📊')
    expect(ARABIC.slice(listed.start, listed.end)).toBe('تقريرٍ شهريّ 📊')
    expect(listed.codes.map((c) => c.name)).toEqual(['Reliable export'])
    const again = await p.run('highlights.list', { documentId: p.docs[0] })
    expect(again[0]).toMatchObject({ start: span.start, end: span.end, memo: 'angry', coder: 'Amal' })
  })

  it('refuses spans outside the text, backwards, or through the middle of an emoji', async () => {
    const p = project([{ text: EMOJI }])
    const code = await p.run('codes.create', { name: 'Pain', kind: 'pain' })
    const base = { documentId: p.docs[0], codeIds: [code.id] }
    await expect(p.run('highlights.create', { ...base, start: 0, end: EMOJI.length + 1 })).rejects.toThrow(/past the end of the document/)
    await expect(p.run('highlights.create', { ...base, start: 5, end: 5 })).rejects.toThrow(/end after it starts/)
    const fire = EMOJI.indexOf('🔥')
    await expect(p.run('highlights.create', { ...base, start: fire + 1, end: fire + 4 })).rejects.toThrow(/middle of a character/)
    await expect(p.run('highlights.create', { documentId: p.docs[0], start: 0, end: 4, codeIds: [999] })).rejects.toThrow(
      /Code 999 does not exist/,
    )
    await expect(p.run('highlights.create', { documentId: 999, start: 0, end: 4, codeIds: [code.id] })).rejects.toThrow(/Document 999/)
    expect(await p.run('highlights.list', { documentId: p.docs[0] })).toEqual([])
  })

  it('gives a deadline highlight the due date read from its words, relative to the interview date', async () => {
    const p = project([
      { text: EMOJI, occurredAt: '2024-03-06' },
      { text: ARABIC, occurredAt: '2024-03-06' },
    ])
    const deadline = await p.run('codes.create', { name: 'Deadline', kind: 'deadline' })
    const en = await p.run('highlights.create', {
      documentId: p.docs[0],
      ...spanOf(EMOJI, 'we need it fixed by Friday'),
      codeIds: [deadline.id],
    })
    expect(en.dueDate).toBe('2024-03-08') // 6 March 2024 was a Wednesday
    const ar = await p.run('highlights.create', { documentId: p.docs[1], ...spanOf(ARABIC, 'بحلول نهاية الشهر'), codeIds: [deadline.id] })
    expect(ar.dueDate).toBe('2024-03-31')
    // The researcher confirms or corrects it; an explicit date always wins.
    const fixed = await p.run('highlights.update', { id: ar.id, dueDate: '2024-04-02' })
    expect(fixed.dueDate).toBe('2024-04-02')
  })

  it('stores an emergency with its severity and what happened, and updates codes and memo', async () => {
    const p = project([{ text: 'Total outage on Monday, the whole shop was down for six hours.' }])
    const em = await p.run('codes.create', { name: 'Outage', kind: 'emergency' })
    const pain = await p.run('codes.create', { name: 'Lost sales', kind: 'pain' })
    const h = await p.run('highlights.create', {
      documentId: p.docs[0],
      start: 0,
      end: 22,
      codeIds: [em.id],
      severity: 4,
      whatHappened: 'POS offline',
    })
    expect(h).toMatchObject({ severity: 4, whatHappened: 'POS offline', text: 'Total outage on Monday' })
    const u = await p.run('highlights.update', { id: h.id, codeIds: [em.id, pain.id], memo: 'ask about backups' })
    expect(u.codes.map((c) => c.name).sort()).toEqual(['Lost sales', 'Outage'])
    expect(u.memo).toBe('ask about backups')
    await expect(p.run('highlights.create', { documentId: p.docs[0], start: 0, end: 5, codeIds: [em.id], severity: 5 })).rejects.toThrow(
      /severity/,
    )
    await p.run('highlights.delete', { id: h.id })
    expect(await p.run('highlights.list', { documentId: p.docs[0] })).toEqual([])
    await expect(p.run('highlights.delete', { id: h.id })).rejects.toThrow(/does not exist/)
  })

  it('creates the coder once and keeps each highlight’s own coder', async () => {
    const p = project([{ text: 'We have to ship the Arabic version first.' }], 'Amal')
    const code = await p.run('codes.create', { name: 'Localisation', kind: 'need' })
    await p.run('highlights.create', { documentId: p.docs[0], start: 0, end: 10, codeIds: [code.id] })
    p.session.settings.update({ coderName: 'Omar' })
    await p.run('highlights.create', { documentId: p.docs[0], start: 11, end: 15, codeIds: [code.id] })
    await p.run('highlights.create', { documentId: p.docs[0], start: 16, end: 19, codeIds: [code.id] })
    const list = await p.run('highlights.list', { documentId: p.docs[0] })
    expect(list.map((h) => h.coder)).toEqual(['Amal', 'Omar', 'Omar'])
    expect(p.session.requireProject().db.prepare('SELECT count(*) FROM coders').pluck().get()).toBe(2)
  })
})

describe('dates.parse', () => {
  it.each([
    ['We need it by Friday', '2024-03-08'],
    ['has to land before Q3', '2024-06-30'],
    ['by the end of March', '2024-03-31'],
    ['sometime next week', '2024-03-13'],
    ['قبل نهاية الشهر', '2024-03-31'],
    ['نحتاجه بحلول يوم الجمعة', '2024-03-08'],
    ['الموعد النهائي ١٥ أبريل', '2024-04-15'],
    ['بحلول ١٥ أبريل', '2024-04-15'],
    ['قبل الربع الثالث', '2024-06-30'],
    ['الأسبوع القادم', '2024-03-13'],
    ['no date in here', null],
  ])('%s -> %s', async (text, expected) => {
    const p = project([{ text: 'x', occurredAt: '2024-03-06' }])
    const direct = await p.run('dates.parse', { text, reference: '2024-03-06' })
    expect(direct.date).toBe(expected)
    const viaDocument = await p.run('dates.parse', { text, documentId: p.docs[0] })
    expect(viaDocument).toEqual(direct)
  })
})
