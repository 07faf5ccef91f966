import { describe, expect, it } from 'vitest'
import { project } from './fixture'

const EN = 'We still run dispatch from a spreadsheet. The spreadsheets break weekly. Order #A-1234 failed.'
const AR = 'نستخدم واتساب مع السائقين. حصلت مشكلة طارئة أمس. وكانت الرسالة عاجلة جداً.'

describe('editing auto-code rules', () => {
  it('lists each rule with its kind, script and origin', async () => {
    const p = project([{ text: EN }])
    await p.run('autocode.installStarter')
    const code = await p.run('codes.create', { name: 'Tools', kind: 'behaviour' })
    await p.run('autocode.addRule', { codeId: code.id, kind: 'keyword', pattern: 'spreadsheet' })
    await p.run('autocode.addRule', { codeId: code.id, kind: 'keyword', pattern: 'واتساب' })
    await p.run('autocode.addRule', { codeId: code.id, kind: 'regex', pattern: '\\d{4}-\\d{2}' })
    const rules = await p.run('autocode.rules')
    const of = (pattern: string) => rules.find((r) => r.pattern === pattern)!
    expect(of('spreadsheet')).toMatchObject({ code: 'Tools', kind: 'keyword', language: 'en', starter: false })
    expect(of('واتساب')).toMatchObject({ language: 'ar', starter: false })
    // Escapes are syntax, not English.
    expect(of('\\d{4}-\\d{2}').language).toBeNull()
    expect(of('deadline')).toMatchObject({ code: 'Deadline', language: 'en', starter: true })
    // The starter's بحلول pattern is written with \p{L} lookarounds: still Arabic.
    expect(rules.find((r) => r.starter && r.kind === 'regex' && r.pattern.includes('بحلول'))!.language).toBe('ar')
  })

  it('checks a rule without saving it, with the reason a rule would be refused', async () => {
    const p = project([{ text: EN }])
    const code = await p.run('codes.create', { name: 'Tools', kind: 'behaviour' })
    expect(await p.run('autocode.checkRule', { kind: 'regex', pattern: 'order #\\d+' })).toEqual({ valid: true })
    const bad = await p.run('autocode.checkRule', { kind: 'regex', pattern: 'order (#\\d+' })
    expect(bad).toMatchObject({ valid: false, reason: 'regex', detail: 'Unterminated group' })
    expect(bad.valid === false && bad.message).toMatch(/not a valid regular expression: Unterminated group$/)
    expect(await p.run('autocode.checkRule', { kind: 'keyword', pattern: '***' })).toMatchObject({ valid: false, reason: 'no_words' })
    expect(await p.run('autocode.rules')).toEqual([])

    await p.run('autocode.addRule', { codeId: code.id, kind: 'keyword', pattern: 'spreadsheet' })
    expect(await p.run('autocode.checkRule', { codeId: code.id, kind: 'keyword', pattern: 'spreadsheet' })).toMatchObject({
      valid: false,
      reason: 'duplicate',
    })
    expect(await p.run('autocode.checkRule', { codeId: code.id, kind: 'phrase', pattern: 'spreadsheet' })).toEqual({ valid: true })
    // Saving refuses the same way, with the reason for the form to explain.
    await expect(p.run('autocode.addRule', { codeId: code.id, kind: 'regex', pattern: '[' })).rejects.toMatchObject({
      details: { reason: 'regex' },
    })
    await expect(p.run('autocode.addRule', { codeId: code.id, kind: 'keyword', pattern: 'spreadsheet' })).rejects.toMatchObject({
      details: { reason: 'duplicate' },
    })
    expect((await p.run('autocode.rules')).map((r) => r.pattern)).toEqual(['spreadsheet'])
    expect((await p.run('undo.state')).undoLabel).toBe('Add auto-code rule “spreadsheet” to “Tools”')
  })

  it('an Arabic pattern finds its words as written (patterns run on folded text)', async () => {
    const p = project([{ text: AR }])
    const code = await p.run('codes.create', { name: 'طوارئ', kind: 'emergency' })
    await p.run('autocode.addRule', { codeId: code.id, kind: 'regex', pattern: 'طارئة' })
    await p.run('autocode.addRule', { codeId: code.id, kind: 'regex', pattern: 'عاجلة|أمس' })
    await p.run('autocode.run')
    expect((await p.run('autocode.list')).suggestions.map((s) => [s.codes[0].rule?.pattern ?? null, s.text])).toEqual([
      ['طارئة', 'حصلت مشكلة طارئة أمس.'],
      ['عاجلة|أمس', 'وكانت الرسالة عاجلة جداً.'],
    ])
  })

  it('adding and deleting a rule are undo steps; deleting withdraws its pending suggestions only', async () => {
    const p = project([{ text: EN }])
    const code = await p.run('codes.create', { name: 'Tools', kind: 'behaviour' })
    const rule = await p.run('autocode.addRule', { codeId: code.id, kind: 'keyword', pattern: 'spreadsheet' })
    const other = await p.run('autocode.addRule', { codeId: code.id, kind: 'regex', pattern: '#a-\\d+' })
    await p.run('autocode.run', { codeIds: [code.id] })
    const queued = (await p.run('autocode.list')).suggestions
    // The keyword finds both forms of the word.
    expect(queued.map((s) => [s.codes[0].rule?.pattern ?? null, s.text])).toEqual([
      ['spreadsheet', 'We still run dispatch from a spreadsheet.'],
      ['spreadsheet', 'The spreadsheets break weekly.'],
      ['#a-\\d+', 'Order #A-1234 failed.'],
    ])
    await p.run('autocode.reject', { ids: [queued[1].id] })

    expect(await p.run('autocode.deleteRule', { id: rule.id })).toEqual({ withdrawn: 1 })
    expect((await p.run('undo.state')).undoLabel).toBe('Delete auto-code rule “spreadsheet” of “Tools”')
    expect((await p.run('autocode.rules')).map((r) => r.id)).toEqual([other.id])
    expect((await p.run('autocode.list')).suggestions.map((s) => s.text)).toEqual(['Order #A-1234 failed.'])
    // The rejection stays as the record of a decision.
    expect(
      (await p.run('autocode.list', { status: 'rejected' })).suggestions.map((s) => [s.codes[0].rule?.pattern ?? null, s.text]),
    ).toEqual([[null, 'The spreadsheets break weekly.']])

    await p.run('undo.undo')
    expect((await p.run('autocode.rules')).map((r) => r.id)).toEqual([rule.id, other.id])
    expect((await p.run('autocode.list')).suggestions.map((s) => s.codes[0].rule?.pattern)).toEqual(['spreadsheet', '#a-\\d+'])
    expect((await p.run('autocode.list', { status: 'rejected' })).suggestions.map((s) => s.codes[0].rule?.pattern)).toEqual(['spreadsheet'])
    await p.run('undo.redo')
    expect((await p.run('autocode.rules')).map((r) => r.id)).toEqual([other.id])

    // Undoing the rule's creation takes it away again.
    await p.run('undo.undo')
    expect((await p.run('undo.state')).undoLabel).toBe('Reject 1 suggestion')
    await p.run('undo.undo')
    expect((await p.run('undo.state')).undoLabel).toBe('Run auto-code rules')
    await p.run('undo.undo')
    await p.run('undo.undo') // the pattern rule
    expect((await p.run('undo.state')).undoLabel).toBe('Add auto-code rule “spreadsheet” to “Tools”')
    await expect(p.run('autocode.deleteRule', { id: 9999 })).rejects.toThrow(/does not exist/)
  })
  it('names the rule behind each suggestion: a starter pattern by its name, a keyword by its word, never a bare regular expression', async () => {
    const p = project([
      { text: 'Dana: We need the export by Friday. The spreadsheet is late. Order #A-1234 failed. نريد التقرير بحلول الخميس.' },
    ])
    await p.run('autocode.installStarter')
    const code = await p.run('codes.create', { name: 'Tools', kind: 'behaviour' })
    await p.run('autocode.addRule', { codeId: code.id, kind: 'keyword', pattern: 'spreadsheet' })
    await p.run('autocode.addRule', { codeId: code.id, kind: 'regex', pattern: '#a-\\d+' })
    await p.run('autocode.run')
    const rules = (await p.run('autocode.list')).suggestions.flatMap((s) =>
      s.codes.map((c) => [c.code, c.rule!.kind, c.rule!.starterName, c.rule!.kind === 'regex' ? null : c.rule!.pattern]),
    )
    expect(rules).toEqual([
      ['Deadline', 'regex', 'deadlineDate', null],
      ['Need', 'phrase', null, 'we need'],
      ['Tools', 'keyword', null, 'spreadsheet'],
      // The researcher's own pattern has no name to show: the app says "your pattern" and shows it on demand.
      ['Tools', 'regex', null, null],
      ['Deadline', 'regex', 'arabicBy', null],
      ['Need', 'keyword', null, 'نريد'],
    ])
    // The raw pattern is still there for whoever asks to see it.
    const first = (await p.run('autocode.list')).suggestions[0].codes[0].rule!
    expect(first.pattern).toMatch(/^\\b\(\?:by\|before/)
  })

  it('running the rules is an undo step, so undoing a rule after a run leaves no suggestion without its rule', async () => {
    const p = project([{ text: EN }])
    const code = await p.run('codes.create', { name: 'Tools', kind: 'behaviour' })
    await p.run('autocode.addRule', { codeId: code.id, kind: 'keyword', pattern: 'spreadsheet' })
    expect((await p.run('autocode.run')).queued).toBe(2)
    expect((await p.run('undo.state')).undoLabel).toBe('Run auto-code rules')
    await p.run('undo.undo')
    expect((await p.run('autocode.list')).total).toBe(0)
    await p.run('undo.undo')
    expect(await p.run('autocode.rules')).toEqual([])
    expect(p.session.project!.db.pragma('foreign_key_check')).toEqual([])
    // A run that finds nothing new adds no step.
    await p.run('undo.redo')
    await p.run('undo.redo')
    await p.run('autocode.run')
    expect(await p.run('undo.state')).toMatchObject({ undoLabel: 'Run auto-code rules', canRedo: false })
  })
})

describe('undo labels of tagging', () => {
  it('name the codes a new highlight is tagged with', async () => {
    const p = project([{ text: EN }])
    const a = await p.run('codes.create', { name: 'Deadline pressure', kind: 'deadline' })
    const b = await p.run('codes.create', { name: 'Tools', kind: 'behaviour' })
    await p.run('highlights.create', { documentId: p.docs[0], start: 0, end: 10, codeIds: [a.id] })
    expect((await p.run('undo.state')).undoLabel).toBe('Tag “Deadline pressure”')
    await p.run('highlights.create', { documentId: p.docs[0], start: 11, end: 20, codeIds: [b.id, a.id] })
    expect((await p.run('undo.state')).undoLabel).toBe('Tag “Tools”, “Deadline pressure”')
    await p.run('highlights.create', { documentId: p.docs[0], start: 21, end: 30, memo: 'read again' })
    expect((await p.run('undo.state')).undoLabel).toBe('Add highlight')
  })
})
