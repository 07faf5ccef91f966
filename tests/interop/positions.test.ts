/**
 * REFI-QDA positions from other tools: NVivo counts UTF-16 code units, the standard counts code
 * points, some tools count a CRLF as one. The reader decides per source from the text and marks
 * a source it cannot decide, listing the codings that may be off. Checked on the real NVivo 12.6
 * export (its codings must sit on the text NVivo coded) and on generated .qdpx files written under
 * each convention with emoji, Arabic and CRLF line breaks.
 */
import { zipSync } from 'fflate'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PositionConvention } from '../../src/main/services/interop/qdpx/positions'
import { needle } from '../cli/run'
import { project } from '../coding/fixture'
import { hasRealData, realFile } from '../helpers/realData'
import { tempDir } from '../helpers/tmp'
import { unzipOne } from './helpers'

const NVIVO = realFile('refi_qda', 'samples', 'nvivo12_vaccine_skepticism_oltas0517.qdpx')

/** The text under each highlight, sliced in JavaScript (SQLite's substr counts code points, not UTF-16 units). */
function highlightTexts(f: ReturnType<typeof project>): string[] {
  const rows = f.session
    .project!.db.prepare('SELECT d.text, h.start, h.end FROM highlights h JOIN documents d ON d.id = h.document_id')
    .all() as { text: string; start: number; end: number }[]
  return rows.map((r) => r.text.slice(r.start, r.end)).sort()
}

describe.skipIf(!hasRealData)('the real NVivo 12.6 export', () => {
  it('puts every coding on the text NVivo coded (UTF-16 positions, decided per source)', async () => {
    // What NVivo coded, read independently: its positions are UTF-16 code units, which is exactly
    // how a JavaScript string is indexed, so the expected text is a plain slice of the source file.
    const qde = unzipOne(NVIVO, 'project.qde').toString('utf8')
    const expected: string[] = []
    for (const m of qde.matchAll(/<TextSource guid="([^"]+)"[\s\S]*?<\/TextSource>/g)) {
      const body = unzipOne(NVIVO, `Sources/${m[1]}.txt`)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
      for (const s of m[0].matchAll(/startPosition="(\d+)" endPosition="(\d+)"/g)) expected.push(body.slice(Number(s[1]), Number(s[2])))
    }
    expect(expected).toHaveLength(303)
    expect(expected.some((t) => t.startsWith('Senkit nem lehet kötelezni oltásra'))).toBe(true)

    const f = project([])
    const r = await f.run('interop.importQdpx', { path: NVIVO })
    expect(r.droppedCodings).toBe(0)
    const coded = r.positions.find((p) => p.source === 'videos_10_selected')
    expect(coded).toMatchObject({ convention: 'utf16', basis: 'text', doubtful: [] })
    // Identical selections by two coders are one highlight per coder; compare the distinct texts and counts.
    const got = highlightTexts(f)
    expect(got).toHaveLength(303)
    expect(got).toEqual([...expected].sort())
    expect(got.some((t) => t.startsWith('Senkit nem lehet kötelezni oltásra'))).toBe(true)
    expect(got.some((t) => t.startsWith("'t nem lehet"))).toBe(false)
    const report = f.session.project!.db.prepare("SELECT report FROM sources WHERE name = 'videos_10_selected'").pluck().get() as string
    expect(JSON.parse(report).warnings.join('\n')).toMatch(/UTF-16 code units/)
  }, 60_000)
})

// ---- generated exports --------------------------------------------------------------------

const PHRASES = [
  'the payroll export 🚀 fails every Friday',
  'نحتاج إلى تسليم سريع',
  'support is slow 😞 when the system breaks',
  'the audit deadline is March 31',
  'الدعم بطيء جداً',
  'we lose a day 👍🏽 every month',
  'one login for everything',
  'before the regulator visits',
]

/** A transcript with CRLF line breaks, emoji and Arabic; every phrase appears once. */
function transcript(): string {
  const lines: string[] = []
  PHRASES.forEach((p, i) => {
    lines.push(`Speaker ${(i % 2) + 1}: Well 🙂 honestly, ${p}, and that matters 💡 a lot.`)
    lines.push(`المحاور: شكراً 🌟 على ذلك.`)
  })
  return lines.join('\r\n')
}

/** The position of UTF-16 offset `i` in `text` under a convention (how that tool would write it). */
function positionOf(text: string, i: number, convention: PositionConvention): number {
  const head = text.slice(0, i)
  let n = convention.startsWith('utf16') ? head.length : [...head].length
  if (convention.endsWith('crlf1')) n -= head.split('\r\n').length - 1
  return n
}

function qdpx(
  dir: string,
  name: string,
  text: string,
  convention: PositionConvention,
  origin: string,
  phrases: string[],
  named = false,
): string {
  const sel = phrases
    .map((p, i) => {
      const at = text.indexOf(p)
      if (at < 0) throw new Error(`phrase not in text: ${p}`)
      const a = positionOf(text, at, convention)
      const b = positionOf(text, at + p.length, convention)
      const guid = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`
      return `<PlainTextSelection guid="${guid}" name="${named ? p : ''}" startPosition="${a}" endPosition="${b}"><Coding guid="${guid.replace('8000', '9000')}"><CodeRef targetGUID="11111111-1111-4111-8111-111111111111"/></Coding></PlainTextSelection>`
    })
    .join('\n')
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="${origin}">
<CodeBook><Codes><Code guid="11111111-1111-4111-8111-111111111111" name="Planted" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="22222222-2222-4222-8222-222222222222" name="${name}" plainTextPath="internal://22222222-2222-4222-8222-222222222222.txt">
${sel}
</TextSource></Sources></Project>`
  const path = join(dir, `${name}.qdpx`)
  writeFileSync(
    path,
    zipSync({
      'project.qde': new TextEncoder().encode(qde),
      'sources/22222222-2222-4222-8222-222222222222.txt': new TextEncoder().encode(text),
    }),
  )
  return path
}

describe('REFI-QDA positions from generated exports', () => {
  const text = transcript()
  const conventions: PositionConvention[] = ['codepoints', 'utf16', 'codepoints-crlf1', 'utf16-crlf1']
  for (const convention of conventions) {
    it(`detects ${convention} from the text alone (unknown application) and places every planted phrase`, async () => {
      const path = qdpx(tempDir(), `t-${convention}`, text, convention, 'Some QDA Tool 3.1', PHRASES)
      const f = project([])
      const r = await f.run('interop.importQdpx', { path })
      expect(r.positions).toEqual([{ source: `t-${convention}`, convention, basis: 'text', doubtful: [] }])
      expect(highlightTexts(f)).toEqual([...PHRASES].sort())
    })
  }

  it('uses selection names that quote the text when there is only one selection', async () => {
    const path = qdpx(tempDir(), 'named', text, 'utf16-crlf1', 'Some QDA Tool', [PHRASES[6]], true)
    const f = project([])
    const r = await f.run('interop.importQdpx', { path })
    expect(r.positions[0]).toMatchObject({ convention: 'utf16-crlf1', basis: 'text' })
    expect(highlightTexts(f)).toEqual([PHRASES[6]])
  })

  it('marks a source whose positions cannot be told apart and names the codings that may be off (app report and CLI)', async () => {
    // Words of one letter between single spaces: every position is a word boundary, so the
    // text cannot say whether the emoji counted once or twice.
    const tiny = '🙂 a b c d e f g h'
    const dir = tempDir()
    const path = qdpx(dir, 'tiny', tiny, 'codepoints', 'Some QDA Tool', ['c d', 'f g'])
    const f = project([])
    const r = await f.run('interop.importQdpx', { path })
    expect(r.positions).toEqual([
      {
        source: 'tiny',
        convention: 'codepoints',
        basis: 'ambiguous',
        doubtful: [
          { start: 7, end: 10, text: 'c d' },
          { start: 13, end: 16, text: 'f g' },
        ],
      },
    ])
    expect(highlightTexts(f)).toEqual(['c d', 'f g'])
    const report = JSON.parse(f.session.project!.db.prepare('SELECT report FROM sources').pluck().get() as string)
    expect(report.warnings[0]).toMatch(/could not be told apart.*2 coding\(s\) may sit on shifted text.*"c d", "f g"/)

    const d = { cwd: dir, home: join(dir, 'home') }
    expect(needle(['new', 'p.needle'], d).code).toBe(0)
    const out = needle(['import', 'p.needle', path], d)
    expect(out.stdout).toMatch(/tiny: positions are AMBIGUOUS.*2 codings may sit on shifted text/)
    expect(out.stdout).toMatch(/7-10 "c d"/)
  }, 60_000)

  it('falls back to the exporting application when the text cannot tell (NVivo counts UTF-16)', async () => {
    const tiny = '🙂 a b c d e f g h'
    const path = qdpx(tempDir(), 'tiny-nvivo', tiny, 'utf16', 'NVivo for Windows 12.6', ['c d', 'f g'])
    const f = project([])
    const r = await f.run('interop.importQdpx', { path })
    expect(r.positions[0]).toMatchObject({ convention: 'utf16', basis: 'application', doubtful: [] })
    expect(highlightTexts(f)).toEqual(['c d', 'f g'])
  })
})
