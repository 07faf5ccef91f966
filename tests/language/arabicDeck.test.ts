/**
 * An Arabic study, start to finish without saying "Arabic" anywhere: an Arabic survey export is
 * imported, segmented and drafted with no language given; the deck printed by the real Chromium and
 * read back with poppler is Arabic (cover, labels, appendix) with its numbers isolated.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cardLabels } from '../../src/shared/persona/labels'
import { tempDir } from '../helpers/tmp'
import { arabicSurvey } from './arabicSurvey'
import { surveyProject } from './surveyProject'

const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
/** Arabic as poppler extracts it: bidi controls around runs, spaces where ligatures join letters, harakat out of order. */
const letters = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]|\p{Mn}/gu, '')

/** Every English word the deck itself prints around the researcher's text (the English label table). */
function englishLabelWords(): string[] {
  const en = cardLabels('en')
  const texts = [
    ...Object.values(en.sections),
    ...Object.values(en.confidence),
    en.participants(5),
    en.sources(2),
    en.segment,
    en.basedOn,
    en.deck,
    en.appendix,
    en.appendixLead,
    en.personas(3),
    en.noEvidence,
    en.vsEveryone('5%'),
    en.ofParticipants('5%'),
  ]
  return [...new Set(texts.join(' ').match(/[A-Za-z]{4,}/g)!)].filter((w) => w !== 'Needle')
}

describe('an Arabic study', () => {
  it('is detected as Arabic and gets Arabic personas and an Arabic deck, numbers isolated', async () => {
    const s = arabicSurvey({ perGroup: 40 })
    const p = await surveyProject(s.csv)
    expect((await p.run('project.info')).language.language).toBe('ar')
    const run = await p.run('segments.run', { inputs: ['answers'], seed: 3, resamples: 0 })
    await p.run('segments.saveRun', { runId: run.runId })
    // No language given: the project's.
    const personas = await p.run('personas.draftAll', {})
    expect(personas.length).toBe(3)
    for (const persona of personas) expect(persona).toMatchObject({ language: 'ar', direction: 'rtl' })

    const out = join(tempDir(), 'deck.pdf')
    await p.run('export.persona', { all: true, format: 'pdf', page: 'a4', out })
    // NEEDLE_KEEP_DECK=<file> keeps the deck to look at its pages.
    if (process.env.NEEDLE_KEEP_DECK) execFileSync('cp', [out, process.env.NEEDLE_KEEP_DECK])
    const text = pdftotext(out)
    const ar = cardLabels('ar')
    for (const label of [ar.deck, ar.appendix, ar.preparedWith.replace(' Needle', ''), ar.segment])
      expect(letters(text)).toContain(letters(label))
    const english = englishLabelWords().filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(text))
    expect(english).toEqual([])
    // The segment names printed on the cards are the Arabic ones.
    expect(letters(text)).toContain(letters(`يوافقون على «${s.statements[0]}»`))
    // Percentages carry the Arabic percent sign, never the Latin one.
    expect(text).toMatch(/\d+٪/)
    expect(text).not.toMatch(/\d+\s*%/)

    // In the markup, the numbers a card prints beside words are isolated runs.
    const { deckDocument, loadForExport, projectName } = await import('../../src/main/services/exports/personas/render')
    const db = p.session.project!.db
    const html = deckDocument(
      loadForExport(
        db,
        personas.map((x) => x.id),
      ),
      'a4',
      projectName(db),
      'ar',
    )
    expect(html).toMatch(/<html lang="ar" dir="rtl">/)
    expect(html).toMatch(/<span class="big"><bdi>\d+٪<\/bdi><\/span>/)
    expect(html).toMatch(/class="pshare"><bdi>\d+٪<\/bdi>/)
    expect(html).toContain('.body code, .body strong { unicode-bidi: isolate; }')
  })

  it('places a share after a Latin answer in a right-to-left line: "الدور: Manager 28٪" reads Manager, then 28٪', async () => {
    const p = await surveyProject(arabicSurvey({ perGroup: 20 }).csv)
    const run = await p.run('segments.run', { inputs: ['answers'], seed: 3, resamples: 0, k: 3 })
    const [segment] = await p.run('segments.saveRun', { runId: run.runId })
    const persona = await p.run('personas.draftFromSegment', { segmentId: segment.id })
    expect(persona.direction).toBe('rtl')
    const html = '<ul><li><p>الدور: <strong>Manager</strong> <code>28٪</code></p></li></ul>'
    await p.run('personas.update', { id: persona.id, sections: [{ id: 'demographics', html, hidden: false }] })
    const out = join(tempDir(), 'card.pdf')
    await p.run('export.persona', { personaId: persona.id, format: 'pdf', page: 'a4', out })
    const words = [...execFileSync('pdftotext', ['-bbox', out, '-'], { encoding: 'utf8' }).matchAll(/xMin="([\d.]+)"[^>]*>([^<]+)</g)].map(
      (m) => ({ x: Number(m[1]), word: m[2] }),
    )
    const at = (w: RegExp) => {
      const hit = words.find((x) => w.test(x.word))
      if (!hit) throw new Error(`${w} is not among ${words.map((x) => x.word).join(' ')}`)
      return hit.x
    }
    // Right to left: the label first (rightmost), then the answer, then its share (leftmost). Poppler gives
    // the words as drawn, Arabic letters in visual order.
    expect(at(/^Manager$/)).toBeLessThan(at(/الدور|رودلا/))
    expect(at(/^(28٪|٪28)$/)).toBeLessThan(at(/^Manager$/))
  })
})
