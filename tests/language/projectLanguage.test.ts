/**
 * The project language: detected from what a project holds (an Arabic survey export → Arabic),
 * changeable, and the language segment names and traits are written in. Generated surveys with
 * planted groups (fixed seed) go through the real importer and the real clustering.
 */
import { describe, expect, it } from 'vitest'
import { makeProject } from '../segments-service/fixture'
import { plantedSurvey } from '../segments-service/plantedSurvey'
import { arabicSurvey } from './arabicSurvey'
import { surveyProject } from './surveyProject'

const LATIN_WORD = /\p{Script=Latin}{2,}/u

describe('project language', () => {
  it('is detected from the content: an Arabic survey export is Arabic, an English one English, an empty project English', async () => {
    const empty = makeProject([])
    expect((await empty.run('project.info')).language).toEqual({ language: 'en', chosen: null, detected: 'en' })
    const ar = await surveyProject(arabicSurvey().csv)
    expect((await ar.run('project.info')).language).toEqual({ language: 'ar', chosen: null, detected: 'ar' })
    const en = await surveyProject(plantedSurvey().csv)
    expect((await en.run('project.info')).language).toEqual({ language: 'en', chosen: null, detected: 'en' })
  })

  it('can be set against the content, and set back to follow it; the change is announced', async () => {
    const p = await surveyProject(arabicSurvey({ perGroup: 10 }).csv)
    const set = await p.run('project.setLanguage', { language: 'en' })
    expect(set.language).toEqual({ language: 'en', chosen: 'en', detected: 'ar' })
    expect((await p.run('project.info')).language.language).toBe('en')
    const changed = p.events.filter((e) => e.event === 'project.changed').at(-1)!.payload as { summary: { language: unknown } }
    expect(changed.summary.language).toEqual({ language: 'en', chosen: 'en', detected: 'ar' })
    expect((await p.run('project.setLanguage', { language: 'auto' })).language).toEqual({ language: 'ar', chosen: null, detected: 'ar' })
  })

  it('names the segments of an Arabic survey in Arabic, with Arabic traits and no English word', async () => {
    const s = arabicSurvey()
    const p = await surveyProject(s.csv)
    const run = await p.run('segments.run', { inputs: ['answers'], seed: 3, resamples: 0 })
    expect(run.k).toBe(3)
    for (const seg of run.segments) {
      console.log(`[ar] ${seg.name} | ${seg.traits!.join(' | ')}`)
      expect(seg.name).toMatch(/\p{Script=Arabic}/u)
      expect(seg.name).not.toMatch(LATIN_WORD)
      expect(seg.name).not.toMatch(/^Needs|\band\b/)
      for (const t of seg.traits!) {
        expect(t).not.toMatch(LATIN_WORD)
        expect(t).toContain('لدى الجميع')
      }
    }
    // The planted group that agrees that cost matters more than features is named for it, in Arabic syntax.
    expect(run.segments.some((seg) => seg.name.includes(`يوافقون على «${s.statements[0]}»`))).toBe(true)
    // Its trait line gives its share against everyone's with the Arabic percent sign.
    expect(
      run.segments.some((seg) =>
        seg.traits!.some((t) => new RegExp(`^يوافقون على «${s.statements[0]}»: \\d+٪ مقابل \\d+٪ لدى الجميع$`).test(t)),
      ),
    ).toBe(true)
  })

  it('names the segments of an English survey in English after the planted distinguishing trait', async () => {
    const s = plantedSurvey()
    const p = await surveyProject(s.csv)
    const run = await p.run('segments.run', { inputs: ['answers'], seed: 3, resamples: 0 })
    for (const seg of run.segments) {
      console.log(`[en] ${seg.name}`)
      expect(seg.name).not.toMatch(/\p{Script=Arabic}/u)
    }
    // What each planted group thinks names it, then who they are: group 0 agrees cost matters more than
    // features (small teams), group 1 plans routes every day, group 2 would not recommend (enterprises).
    const names = run.segments.map((seg) => seg.name)
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${s.statements[0]} · Small team`)),
        expect.stringMatching(new RegExp(`^${s.statements[1]} · `)),
        expect.stringMatching(/^Unlikely to recommend us to a colleague · Enterprise/),
      ]),
    )
  })

  it('writes an English survey in Arabic when the researcher sets the project to Arabic', async () => {
    const p = await surveyProject(plantedSurvey({ perGroup: 30 }).csv)
    await p.run('project.setLanguage', { language: 'ar' })
    const run = await p.run('segments.run', { inputs: ['answers'], seed: 3, resamples: 0 })
    for (const seg of run.segments) expect(seg.traits!.every((t) => t.endsWith('لدى الجميع'))).toBe(true)
  })
})

describe('segment names from need codes', () => {
  it('reads as Arabic in an Arabic project: بحاجة إلى X وY, never "Needs X and Y"', async () => {
    const { segmentName } = await import('../../src/main/services/segments/math/explain')
    expect(segmentName(['تأهيل السائقين', 'تتبع الشحنات'], 'الشريحة 1', 'ar')).toBe('بحاجة إلى تأهيل السائقين وتتبع الشحنات')
    expect(segmentName(['تأهيل السائقين'], 'الشريحة 1', 'ar')).toBe('بحاجة إلى تأهيل السائقين')
    expect(segmentName([], 'الشريحة 1', 'ar')).toBe('الشريحة 1')
  })
})
