/**
 * The reported case: a new project with one need code ("Faster validator deposits") and one
 * deadline code. Running the rules used to attach the English and Arabic starter lexicons to
 * those two codes and suggest every "we need" in the project under them. The starters belong to
 * the generic Need / Deadline / Emergency codes (created when first used); the researcher's own
 * codes get no rule they did not write. The app and the CLI run the same channel; both are checked.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { needle } from '../cli/run'
import { tempDir } from '../helpers/tmp'
import { project } from './fixture'

const DOCS = [
  'Interviewer: What slows you down?\nLena: Validator deposits take days. We need faster validator deposits before the audit deadline on March 31.',
  'Interviewer: Anything else?\nOmar: We need a better mobile app. I need dark mode. The outage last week was urgent.',
  'Interviewer: And the reports?\nKim: We have to export to Excel by Friday. We must keep the old login.',
  'المحاور: ما الذي تحتاجونه؟\nسارة: نحتاج إلى تقرير أسبوعي قبل نهاية الشهر. أريد تطبيقاً أسرع. حصل انقطاع طارئ أمس.',
]

describe('auto-code starter lexicons stay on generic codes', () => {
  it('gives the researcher’s own need and deadline codes no starter rules and no suggestions (app channel and CLI)', async () => {
    const p = project(DOCS.map((text) => ({ text, occurredAt: '2026-03-02' })))
    const mine = await p.run('codes.create', { name: 'Faster validator deposits', kind: 'need' })
    const myDeadline = await p.run('codes.create', { name: 'Validator audit', kind: 'deadline' })
    const run = await p.run('autocode.run')
    expect(run.installedStarter).toBe(true)

    const rules = await p.run('autocode.rules')
    expect(rules.filter((r) => r.codeId === mine.id || r.codeId === myDeadline.id)).toEqual([])
    expect(new Set(rules.map((r) => r.code))).toEqual(new Set(['Deadline', 'Emergency', 'Need']))

    const { suggestions } = await p.run('autocode.list')
    expect(suggestions.length).toBeGreaterThan(8)
    const codesSuggested = suggestions.flatMap((s) => s.codes.map((c) => c.code))
    expect(codesSuggested.filter((c) => c === 'Faster validator deposits' || c === 'Validator audit')).toEqual([])
    expect(new Set(codesSuggested)).toEqual(new Set(['Deadline', 'Emergency', 'Need']))
    // The generic codes were created beside the researcher's, not instead of them.
    const codes = await p.run('codes.list')
    expect(
      codes
        .filter((c) => c.kind === 'need')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Faster validator deposits', 'Need'])

    // The CLI on the same kind of project (fresh copy: the rules are installed on first run).
    const dir = tempDir()
    const d = { cwd: dir, home: join(dir, 'home') }
    const q = project(DOCS.map((text) => ({ text, occurredAt: '2026-03-02' })))
    await q.run('codes.create', { name: 'Faster validator deposits', kind: 'need' })
    await q.run('codes.create', { name: 'Validator audit', kind: 'deadline' })
    const file = q.session.project!.path
    q.session.closeProject()
    const out = needle(['autocode', file, '--json'], d)
    expect(out.stderr).toBe('')
    const cli = JSON.parse(out.stdout).suggestions as { codes: { code: string }[] }[]
    expect(cli.length).toBe(suggestions.length)
    expect(new Set(cli.flatMap((s) => s.codes.map((c) => c.code)))).toEqual(new Set(['Deadline', 'Emergency', 'Need']))
  }, 60_000)

  it('uses an existing generic code of that name and kind, whatever its case', async () => {
    const p = project([{ text: DOCS[1] }])
    await p.run('codes.create', { name: 'Mobile app', kind: 'need' })
    const generic = await p.run('codes.create', { name: 'need', kind: 'need' })
    await p.run('autocode.installStarter')
    const rules = await p.run('autocode.rules')
    expect(new Set(rules.filter((r) => r.language !== null && r.code.toLowerCase() === 'need').map((r) => r.codeId))).toEqual(
      new Set([generic.id]),
    )
    expect((await p.run('codes.list')).filter((c) => c.kind === 'need')).toHaveLength(2)
  })
})
