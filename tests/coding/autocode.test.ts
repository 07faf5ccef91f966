import { describe, expect, it } from 'vitest'
import { project } from './fixture'

const EN =
  'Interviewer: How is the launch going?\nDana: We need the price list updated by Friday. Last month we had an outage and it was urgent.'
const AR = 'المحاور: كيف الوضع؟\nسارة: نحتاج إلى تقرير المبيعات قبل نهاية الشهر. أمس حصل انقطاع طارئ في الخدمة. الحلول كانت جيدة.'

describe('auto-code suggestions', () => {
  it('queues English and Arabic suggestions with due dates, applying nothing until accepted', async () => {
    const p = project([
      { text: EN, occurredAt: '2024-03-06' },
      { text: AR, occurredAt: '2024-03-06' },
    ])
    const run = await p.run('autocode.run')
    expect(run.installedStarter).toBe(true)
    expect(run.queued).toBeGreaterThan(0)
    const codes = await p.run('codes.list')
    expect(codes.map((c) => [c.name, c.kind])).toEqual(
      expect.arrayContaining([
        ['Deadline', 'deadline'],
        ['Emergency', 'emergency'],
        ['Need', 'need'],
      ]),
    )
    expect(codes.every((c) => c.count === 0)).toBe(true) // nothing applied silently

    const { suggestions, total } = await p.run('autocode.list')
    expect(total).toBe(suggestions.length)
    // Within a document in text order; "الحلول" (the solutions) is no بحلول deadline. A sentence that
    // is a need and a deadline is one passage with both codes, not the same sentence twice.
    const seen = suggestions.map((s) => [s.document === p.docs[0] ? 'en' : 'ar', s.text, s.codes.map((c) => [c.kind, c.due])])
    expect(seen).toEqual([
      [
        'en',
        'We need the price list updated by Friday.',
        [
          ['deadline', '2024-03-08'],
          ['need', null],
        ],
      ],
      ['en', 'Last month we had an outage and it was urgent.', [['emergency', null]]],
      [
        'ar',
        'نحتاج إلى تقرير المبيعات قبل نهاية الشهر.',
        [
          ['deadline', '2024-03-31'],
          ['need', null],
        ],
      ],
      ['ar', 'أمس حصل انقطاع طارئ في الخدمة.', [['emergency', null]]],
    ])
    expect(suggestions.map((s) => s.ids)).toEqual(suggestions.map((s) => s.codes.map((c) => c.id)))
    // Offsets slice the original text (speaker labels left out).
    for (const s of suggestions) expect((s.document === p.docs[0] ? EN : AR).slice(s.start, s.end)).toBe(s.text)

    // A second run adds nothing new.
    expect((await p.run('autocode.run')).queued).toBe(0)

    const enPassage = suggestions[0]
    const deadlineEn = enPassage.codes.find((c) => c.kind === 'deadline')!
    const emergencyAr = suggestions[3].codes[0]
    // One code of a passage can still be decided alone: the passage stays with its other code.
    const accepted = await p.run('autocode.accept', { ids: [deadlineEn.id] })
    expect(accepted.accepted).toBe(1)
    const [h] = await p.run('highlights.list', { documentId: p.docs[0] })
    expect(h).toMatchObject({ text: enPassage.text, dueDate: '2024-03-08', coder: 'Amal' })
    expect(await p.run('autocode.reject', { ids: [emergencyAr.id] })).toEqual({ rejected: 1 })
    const left = await p.run('autocode.list')
    expect(left.suggestions.map((s) => [s.text, s.codes.map((c) => c.kind)])).toEqual([
      ['We need the price list updated by Friday.', ['need']],
      ['Last month we had an outage and it was urgent.', ['emergency']],
      ['نحتاج إلى تقرير المبيعات قبل نهاية الشهر.', ['deadline', 'need']],
    ])
    expect(left.total).toBe(3)
    expect((await p.run('autocode.list', { status: 'rejected' })).suggestions.map((s) => s.id)).toEqual([emergencyAr.id])

    // Rejected stays rejected when the rules run again.
    await p.run('autocode.run')
    expect((await p.run('autocode.list')).total).toBe(3)

    const all = await p.run('autocode.accept', { all: true })
    expect(all.accepted).toBe(4)
    expect((await p.run('autocode.list')).total).toBe(0)
    // The English need and deadline share one sentence: one highlight carries both codes.
    const en = await p.run('highlights.list', { documentId: p.docs[0] })
    expect(
      en
        .find((x) => x.text === enPassage.text)!
        .codes.map((c) => c.kind)
        .sort(),
    ).toEqual(['deadline', 'need'])

    // Accepting is one undoable step.
    expect((await p.run('undo.state')).undoLabel).toBe('Accept all suggestions')
    await p.run('undo.undo')
    expect((await p.run('autocode.list')).total).toBe(3)
    expect(await p.run('highlights.list', { documentId: p.docs[1] })).toEqual([])
  })

  it('runs the researcher’s own keyword, phrase and pattern rules', async () => {
    const p = project([{ text: 'Our dependency on the courier is risky. Couriers are late. Order #A-1234 failed.' }])
    const dep = await p.run('codes.create', { name: 'Courier', kind: 'dependency' })
    await p.run('autocode.addRule', { codeId: dep.id, kind: 'keyword', pattern: 'courier' })
    const ticket = await p.run('codes.create', { name: 'Ticket', kind: 'custom' })
    await p.run('autocode.addRule', { codeId: ticket.id, kind: 'regex', pattern: '#a-\\d+' })
    await expect(p.run('autocode.addRule', { codeId: ticket.id, kind: 'regex', pattern: '([' })).rejects.toThrow(
      /not a valid regular expression/,
    )
    await expect(p.run('autocode.addRule', { codeId: dep.id, kind: 'keyword', pattern: 'courier' })).rejects.toThrow(/already has/)
    const r = await p.run('autocode.run')
    expect(r.installedStarter).toBe(false)
    const { suggestions } = await p.run('autocode.list')
    expect(suggestions.map((s) => [s.codes.map((c) => c.code).join(), s.text])).toEqual([
      ['Courier', 'Our dependency on the courier is risky.'],
      ['Courier', 'Couriers are late.'],
      ['Ticket', 'Order #A-1234 failed.'],
    ])
    await expect(p.run('autocode.accept', { ids: [9999] })).rejects.toThrow(/does not exist/)
  })
})
