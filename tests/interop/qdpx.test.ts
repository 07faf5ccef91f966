/**
 * REFI-QDA export and round trip: every project.qde and .qdc validates against the REFI XSD
 * with the real xmllint, positions are Unicode code points, and a project exported and
 * imported into a new project keeps codes (hierarchy, colours, kinds), sources, highlights at
 * the same text (emoji, combining marks, Arabic), cases with variables, and notes.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { project } from '../coding/fixture'
import { tempDir } from '../helpers/tmp'
import { canValidate, CODEBOOK_XSD, codedProject, counts, PROJECT_XSD, snapshot, TEXTS, unzipOne, xmllint } from './helpers'

describe('REFI-QDA export', () => {
  it.skipIf(!canValidate)('writes a .qdpx whose project.qde validates against the REFI XSD, with code point positions', async () => {
    const f = await codedProject()
    const dir = tempDir()
    const r = await f.run('interop.exportQdpx', { path: join(dir, 'study') })
    expect(r).toMatchObject({ path: join(dir, 'study.qdpx'), sources: 5, codes: 5, highlights: 6, participants: 5 })
    const qde = unzipOne(r.path, 'project.qde').toString('utf8')
    writeFileSync(join(dir, 'project.qde'), qde)
    expect(xmllint(join(dir, 'project.qde'), PROJECT_XSD)).toBeNull()
    // "launch 🚀 by Friday 👍🏽" starts at 19 (no astral characters before it) and is 24 UTF-16 units long:
    // "launch " 7, 🚀 2, " by Friday " 11, 👍🏽 4 (two astral code points). In code points 7 + 1 + 11 + 2 = 21.
    expect(TEXTS.emoji.indexOf('launch')).toBe(19)
    expect('launch 🚀 by Friday 👍🏽'.length).toBe(24)
    expect(qde).toMatch(/startPosition="19" endPosition="40"/)
    // Ben's "launch 🚀 by Friday": 7 + 1 + 10 = 18 code points.
    expect(qde).toMatch(/startPosition="19" endPosition="37"/)
    // Each document's text travels as sources/<guid>.txt, byte for byte.
    const txt = qde.match(/plainTextPath="internal:\/\/([^"]+)"/)![1]
    expect(unzipOne(r.path, `sources/${txt}`).toString('utf8')).toBe(TEXTS.emoji)
  })

  it.skipIf(!canValidate)('writes a .qdc codebook that validates against the REFI codebook XSD', async () => {
    const f = await codedProject()
    const dir = tempDir()
    const r = await f.run('interop.exportQdc', { path: join(dir, 'codes.qdc') })
    expect(r.codes).toBe(5)
    expect(xmllint(r.path, CODEBOOK_XSD)).toBeNull()
  })

  it('refuses an empty codebook and an export over the open project, naming what to do', async () => {
    const f = project([{ text: 'x' }])
    await expect(f.run('interop.exportQdc', { path: join(tempDir(), 'c.qdc') })).rejects.toThrow(/no codes yet.*Add codes first/)
    await expect(f.run('interop.exportQdpx', { path: join(tempDir(), 'missing-folder', 'a.qdpx') })).rejects.toThrow(
      /folder .* does not exist/,
    )
  })
})

describe('REFI-QDA round trip', () => {
  it('keeps codes, sources, highlights at the same text, cases with variables and notes', async () => {
    const a = await codedProject()
    const dir = tempDir()
    const { path } = await a.run('interop.exportQdpx', { path: join(dir, 'study.qdpx') })
    const b = project([])
    const report = await b.run('interop.importQdpx', { path })
    expect(report.missingSources).toEqual([])
    expect(report.notImported).toEqual([])
    expect(report.droppedCodings).toBe(0)
    expect(report.added).toEqual({ sources: 2, documents: 5, codes: 5, highlights: 6, participants: 5, memos: 4, events: 0 })
    const before = snapshot(a.session)
    const after = snapshot(b.session)
    expect(after.codes).toEqual(before.codes)
    expect(after.highlights).toEqual(before.highlights)
    expect(after.sources).toEqual(before.sources)
    expect(after.participants).toEqual(before.participants)
    expect(after.memos).toEqual(before.memos)
    expect(after.highlights.map((h) => h.text)).toContain('launch 🚀 by Friday 👍🏽')
    expect(after.highlights.map((h) => h.text)).toContain('الدعم بطيء جداً 😞')

    // Importing the same file again adds nothing.
    const again = await b.run('interop.importQdpx', { path })
    expect(again.added).toEqual({ sources: 0, documents: 0, codes: 0, highlights: 0, participants: 0, memos: 0, events: 0 })
    expect(counts(b.session.project!.db)).toMatchObject({ highlights: 6, codes: 5, sources: 2 })
  })

  it('imports a .qdc codebook with hierarchy, colours and kinds', async () => {
    const a = await codedProject()
    const { path } = await a.run('interop.exportQdc', { path: join(tempDir(), 'codes.qdc') })
    const b = project([])
    const report = await b.run('interop.importQdpx', { path })
    expect(report.added.codes).toBe(5)
    expect(snapshot(b.session).codes).toEqual(snapshot(a.session).codes)
  })
})
