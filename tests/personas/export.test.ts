/**
 * Exports printed by the real system Chromium and read back with poppler (pdftotext, pdfinfo,
 * pdffonts), as a strategist's PDF viewer would see them.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/tmp'
import { study } from './fixture'

// -raw: the order Chromium drew the text in (the DOM's), not a guess at reading order across columns.
const pdftotext = (file: string, ...args: string[]) =>
  execFileSync('pdftotext', ['-raw', ...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
const squash = (text: string) => text.replace(/\s+/g, ' ')
/** Poppler's reading-order mode, which puts right-to-left runs back in logical order. */
const pdftotextLogical = (file: string, ...args: string[]) =>
  execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
/** Arabic as poppler extracts it: bidi controls around runs, and spaces where ligatures join letters. */
const arabicLetters = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\s]/g, '')
function info(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), width: Math.round(Number(w)), height: Math.round(Number(h)) }
}

describe('persona export', () => {
  it('prints a one-page A4 card with the name and every quote, and a one-page Letter card', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    const dir = tempDir()
    const a4 = join(dir, 'card-a4.pdf')
    const r = await s.run('export.persona', { personaId: p.id, format: 'pdf', page: 'a4', out: a4 })
    expect(r).toMatchObject({ files: [a4], pages: 1, personas: 1 })
    expect(info(a4)).toEqual({ pages: 1, width: 595, height: 842 })
    const text = squash(pdftotext(a4))
    expect(text).toContain(p.name)
    for (const q of await s.run('personas.evidence', { personaId: p.id })) {
      if (p.content.sections.find((x) => x.kind === 'quotes')!.evidence.includes(q.highlightId) && !/[\u0600-\u06ff]/.test(q.text)) {
        expect(text).toContain(squash(q.text))
      }
    }
    expect(text).toContain('Based on 5 participants')

    const letter = join(dir, 'card-letter.pdf')
    await s.run('export.persona', { personaId: p.id, format: 'pdf', page: 'letter', out: letter })
    expect(info(letter)).toEqual({ pages: 1, width: 612, height: 792 })
  })

  it('keeps a card with far too much text on one page, trimming lists with "+N more" instead of cutting text', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    const items = Array.from(
      { length: 60 },
      (_, i) => `<li><p>Goal number ${i + 1}: keep every parcel moving even when the courier is late again</p></li>`,
    ).join('')
    await s.run('personas.update', { id: p.id, sections: [{ id: 'goals', html: `<ul>${items}</ul>` }] })
    const out = join(tempDir(), 'long.pdf')
    await s.run('export.persona', { personaId: p.id, format: 'pdf', page: 'a4', out })
    expect(info(out).pages).toBe(1)
    const text = squash(pdftotext(out))
    expect(text).toMatch(/\+\d+ more/)
    expect(text).toContain('Goal number 1:')
    expect(text).not.toContain('Goal number 60:')
    // Every goal that is printed is printed whole.
    const shown = text.match(/Goal number \d+: keep every parcel moving even when the courier is late again/g) ?? []
    expect(shown.length).toBe((text.match(/Goal number \d+/g) ?? []).length)
  })

  it('never lets a script or an onerror attribute from section HTML reach the PDF', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    await s.run('personas.update', {
      id: p.id,
      sections: [
        {
          id: 'goals',
          html: '<p>Visible goal</p><script>document.body.innerHTML="PWNED"</script><img src="x" onerror="document.body.innerHTML=\'PWNED\'">',
        },
      ],
    })
    const out = join(tempDir(), 'safe.pdf')
    await s.run('export.persona', { personaId: p.id, format: 'pdf', page: 'a4', out })
    const text = pdftotext(out)
    expect(text).toContain('Visible goal')
    expect(text).not.toContain('PWNED')
    expect(squash(text)).toContain(p.name)
  })

  it('prints an Arabic card right-to-left with Arabic text in the embedded Noto Sans Arabic font', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'ar' })
    const out = join(tempDir(), 'ar.pdf')
    await s.run('export.persona', { personaId: p.id, format: 'pdf', page: 'a4', out })
    expect(info(out).pages).toBe(1)
    const text = pdftotextLogical(out)
    expect(text).toMatch(/[\u0600-\u06ff]{3,}/)
    expect(arabicLetters(text)).toContain('الاحتياجاتمرتبةحسبالفرصة')
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' })
    const arabic = fonts.split('\n').filter((l) => /NotoSansArabic/.test(l))
    expect(arabic.length).toBeGreaterThan(0)
    for (const line of arabic) expect(line).toMatch(/\byes\s+yes\s+yes\b/) // embedded, subset, with a Unicode map
    // Right-to-left: the Arabic heading sits on the right half of the page.
    const bbox = execFileSync('pdftotext', ['-bbox', out, '-'], { encoding: 'utf8' })
    const firstArabic = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].find((m) =>
      /[\u0600-\u06ff]/.test(m[3]),
    )!
    expect(Number(firstArabic[2])).toBeLessThan(80) // the eyebrow ("الشريحة · …") at the top of the page
    expect(Number(firstArabic[1])).toBeGreaterThan(595 / 2)
  })

  it('prints a deck: cover, one page per persona, then the evidence appendix with sources', async () => {
    const s = await study()
    const en = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    const ar = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'ar' })
    const out = join(tempDir(), 'deck.pdf')
    const r = await s.run('export.persona', { all: true, format: 'pdf', page: 'letter', out })
    const { pages, width, height } = info(out)
    expect([width, height]).toEqual([612, 792])
    expect(pages).toBeGreaterThanOrEqual(4)
    expect(r.pages).toBe(pages)
    expect(pdftotext(out, '-f', '1', '-l', '1')).toContain('Personas')
    expect(squash(pdftotext(out, '-f', '2', '-l', '2'))).toContain(en.name)
    expect(arabicLetters(pdftotextLogical(out, '-f', '3', '-l', '3'))).toContain('الاحتياجات')
    const appendix = squash(pdftotext(out, '-f', '4', '-l', String(pages)))
    expect(appendix).toContain('Evidence appendix')
    expect(appendix).toContain('Interview P3 · interview source')
    expect(appendix).toContain('Every Friday I chase the courier for same-day dispatch')
    void ar
  })

  it('writes a PNG of the card, Markdown with quotes and sources, and JSON with evidence', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    const dir = tempDir()
    await s.run('export.persona', { personaId: p.id, format: 'png', page: 'a4', out: join(dir, 'card.png') })
    const png = readFileSync(join(dir, 'card.png'))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    // A4 at 96 px/in, 2× for sharp text: 1588 × 2246.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1588, 2246])

    await s.run('export.persona', { personaId: p.id, format: 'md', page: 'a4', out: join(dir, 'card.md') })
    const md = readFileSync(join(dir, 'card.md'), 'utf8')
    expect(md.startsWith(`# ${p.name}\n`)).toBe(true)
    expect(md).toContain('*Same-day dispatch first, then offline mode*')
    expect(md).toContain('1. **Same-day dispatch** `14.0` opportunity')
    expect(md).toContain('> Every Friday I chase the courier for same-day dispatch')
    expect(md).toMatch(/P3 · Interview P3 · interview source .* \(highlight \d+\)/)

    await s.run('export.persona', { all: true, format: 'json', page: 'a4', out: join(dir, 'json') })
    const [file] = readdirSync(join(dir, 'json'))
    const json = JSON.parse(readFileSync(join(dir, 'json', file), 'utf8'))
    expect(json.format).toBe('needle.persona/1')
    expect(json.persona.name).toBe(p.name)
    expect(json.evidence.map((e: { highlightId: number }) => e.highlightId)).toContain(s.h.p3)
  })
})
