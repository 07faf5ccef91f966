/**
 * Conformance on real exports (../shared/data/real/refi_qda, never copied here). Counts were
 * established independently of Needle's reader:
 *   unzip -p nvivo12_vaccine_skepticism_oltas0517.qdpx project.qde | grep -o '<Code ' | wc -l        -> 152
 *   ... | grep -o '<PlainTextSelection ' | wc -l -> 303, '<Coding ' -> 303, '<User ' -> 2, '<TextSource ' -> 2
 *   unzip -l atlasti8_standard_project_TestProject.qdpx: Sources/ holds no files; its Project.qde names
 *   6 TextSources, 14 Codes, 1 PictureSource, 2 PDFSources, 1 AudioSource, 2 VideoSources, 2 Notes.
 * The test re-counts with unzip + grep too, so a different copy of the files fails loudly.
 */
import { execSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { needle } from '../cli/run'
import { project } from '../coding/fixture'
import { hasRealData, realFile } from '../helpers/realData'
import { tempDir } from '../helpers/tmp'
import { counts } from './helpers'

const NVIVO = realFile('refi_qda', 'samples', 'nvivo12_vaccine_skepticism_oltas0517.qdpx')
const ATLAS = realFile('refi_qda', 'samples', 'atlasti8_standard_project_TestProject.qdpx')

const grepCount = (zip: string, entry: string, pattern: string) =>
  Number(execSync(`unzip -p '${zip}' '${entry}' | grep -o '${pattern}' | wc -l`, { encoding: 'utf8' }).trim())

describe.skipIf(!hasRealData)('real REFI-QDA exports', () => {
  it('opens the NVivo 12.6 export with all 152 codes, 303 codings, both users and both sources', async () => {
    expect(grepCount(NVIVO, 'project.qde', '<Code ')).toBe(152)
    expect(grepCount(NVIVO, 'project.qde', '<Coding ')).toBe(303)
    const f = project([])
    const r = await f.run('interop.importQdpx', { path: NVIVO })
    expect(r.origin).toBe('NVivo for Windows 12.6')
    expect(r.missingSources).toEqual([])
    expect(r.droppedCodings).toBe(0)
    expect(r.added).toMatchObject({ sources: 2, documents: 2, codes: 152, highlights: 303 })
    const db = f.session.project!.db
    expect(counts(db)).toMatchObject({ codes: 152, highlights: 303, highlightCodes: 303, sources: 2 })
    expect(db.prepare('SELECT name FROM coders ORDER BY name').pluck().all()).toEqual(['floriansipos', 'Gergo'].sort())
    // Hierarchy as NVivo has it: "COVID" sits under "1. Oltás típusa", Hungarian accents intact.
    const parent = db.prepare('SELECT p.name FROM codes c JOIN codes p ON p.id = c.parent_id WHERE c.name = ?').pluck().get('COVID')
    expect(parent).toBe('1. Oltás típusa')
    expect(db.prepare("SELECT description FROM codes WHERE name = '1. Oltás típusa'").pluck().get()).toBe('COVID vay nem COVID')
    // The byte-order mark NVivo writes is not part of the text (positions count from the first character).
    expect((db.prepare('SELECT text FROM documents LIMIT 1').pluck().get() as string).charCodeAt(0)).not.toBe(0xfeff)
  })

  it('imports what the ATLAS.ti 8.4 export holds and lists its missing sources and what Needle cannot hold', async () => {
    expect(
      execSync(`unzip -Z1 '${ATLAS}'`, { encoding: 'utf8' })
        .split('\n')
        .filter((l) => /^sources\/.+/i.test(l)),
    ).toEqual([])
    const f = project([])
    const r = await f.run('interop.importQdpx', { path: ATLAS })
    expect(r.missingSources).toHaveLength(6)
    // macOS writes decomposed accents; compare as the researcher reads them.
    expect(r.missingSources.join('\n').normalize('NFC')).toContain('Mabêl 2ième.txt'.normalize('NFC'))
    expect(r.added.codes).toBe(14)
    expect(r.added.memos).toBe(2)
    expect(r.added.sources).toBe(0)
    const elements = Object.fromEntries(r.notImported.map((n) => [n.element, n.count]))
    expect(elements).toMatchObject({ PictureSource: 1, PDFSource: 2, AudioSource: 1, VideoSource: 2, Graph: 1 })
    expect(r.droppedCodings).toBeGreaterThan(0)
  })

  it('needle import routes a .qdpx by extension, and a second import adds nothing', () => {
    const dir = tempDir()
    const d = { cwd: dir, home: join(dir, 'home') }
    expect(needle(['new', 'p.needle'], d).code).toBe(0)
    const first = needle(['import', 'p.needle', NVIVO, '--json'], d)
    expect(first.stderr).toBe('')
    expect(JSON.parse(first.stdout).refi[0].added).toMatchObject({ codes: 152, highlights: 303 })
    const second = JSON.parse(needle(['import', 'p.needle', NVIVO, '--json'], d).stdout).refi[0]
    expect(second.added).toEqual({ sources: 0, documents: 0, codes: 0, highlights: 0, participants: 0, memos: 0, events: 0 })
    expect(second.skipped).toMatchObject({ codes: 152, highlights: 303 })
    const mixed = needle(['import', 'p.needle', NVIVO, 'notes.txt'], d)
    expect(mixed.code).toBe(2)
    expect(mixed.errLines[0]).toMatch(/on their own/)
  }, 120_000)
})
