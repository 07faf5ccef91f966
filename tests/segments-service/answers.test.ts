/**
 * Segmenting on what a survey really asks (the answers input): a generated export with planted groups
 * imported through the real importer, then clustered on Gower distances; and the real R community
 * survey, which could not be segmented at all before ("Only 0 participants have survey ratings").
 */
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/dispatch'
import { adjustedRandIndex } from '../../src/main/services/segments/math/ari'
import { hasRealData, realFile } from '../helpers/realData'
import { makeProject, surveyProject } from './fixture'
import { mulberry32 } from '../../src/main/services/segments/math/random'
import { plantedSurvey } from './plantedSurvey'

function ariAgainst(preview: { assignments: Record<number, number>; labels: Record<number, string> }, truth: Map<string, number>): number {
  const ids = Object.keys(preview.assignments).map(Number)
  return adjustedRandIndex(
    ids.map((id) => preview.assignments[id]),
    ids.map((id) => truth.get(preview.labels[id])!),
  )
}

describe('segments.run on survey answers', () => {
  for (const language of ['en', 'ar'] as const)
    it(`recovers planted groups from agreement words (${language}), a 0-10 score, a multi-select and a single choice`, async () => {
      const s = plantedSurvey({ language })
      const p = await surveyProject(s.csv)
      const before = await dispatch(p.session, 'segments.run', { resamples: 0 })
      expect(before.ok).toBe(false)

      const run = await p.run('segments.run', { inputs: ['answers'], seed: 3, resamples: 20 })
      expect(run.k).toBe(3)
      expect(run.participants).toBe(180)
      const ari = ariAgainst(run, s.truth)
      console.log(`[answers ${language}] ARI against the planted groups: ${ari.toFixed(3)}; silhouette ${run.silhouette.toFixed(3)}`)
      expect(ari).toBeGreaterThan(0.8)

      // The researcher sees what was used and why the rest was left out.
      const col = (name: RegExp) => run.answerColumns!.find((c) => name.test(c.name))!
      // The respondent id is the participant's label, never an answer.
      expect(run.answerColumns!.some((c) => /Respondent ID/.test(c.name))).toBe(false)
      expect(col(/Timestamp/)).toMatchObject({ used: false })
      // Free text is read as documents (quotes), never clustered on.
      expect(run.answerColumns!.some((c) => /Anything else/.test(c.name) && c.used)).toBe(false)
      expect(col(/not a robot/)).toMatchObject({ used: false, reason: 'screening' })
      expect(col(/select all that apply/)).toMatchObject({ used: true, kind: 'multi' })
      expect(col(/company/)).toMatchObject({ used: true, kind: 'choice' })
      expect(col(/recommend/)).toMatchObject({ used: true, kind: 'scale' })
      expect(col(new RegExp(s.statements[0]))).toMatchObject({ used: true, kind: 'scale' })
      expect(run.columns).toHaveLength(7)

      // The profile says what sets each segment apart, in the survey's terms.
      const costGroup = run.segments.find((seg) => seg.traits!.some((t) => t.includes(s.statements[0]) && t.startsWith('agrees')))
      expect(costGroup).toBeDefined()
      expect(run.segments.some((seg) => seg.traits!.some((t) => /recommend.*: \d+\.\d vs \d+\.\d overall/.test(t)))).toBe(true)
      expect(new Set(run.segments.map((seg) => seg.name)).size).toBe(3)
      expect(run.segments.every((seg) => !/^Segment \d/.test(seg.name))).toBe(true)
    })

  it('clusters only on the columns the researcher chose, and names a column that does not exist', async () => {
    const s = plantedSurvey({ perGroup: 30 })
    const p = await surveyProject(s.csv)
    const run = await p.run('segments.run', {
      inputs: ['answers'],
      columns: ['How big is your company?'],
      k: 3,
      resamples: 0,
    })
    expect(run.columns).toEqual(['How big is your company?'])
    // One single-choice column: every segment is one answer.
    for (const seg of run.segments) expect(seg.traits![0]).toMatch(/100% vs/)
    const bad = await dispatch(p.session, 'segments.run', { inputs: ['answers'], columns: ['Shoe size'], resamples: 0 })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.message).toMatch(/No survey column is named "Shoe size"/)
    const unusable = await dispatch(p.session, 'segments.run', { inputs: ['answers'], columns: ['Timestamp'], resamples: 0 })
    if (!unusable.ok) expect(unusable.error.message).toMatch(/"Timestamp" \(a date or timestamp\) cannot be clustered on/)
    expect(unusable.ok).toBe(false)
  })

  it.skipIf(!hasRealData)(
    'segments the real R community survey (1,838 respondents) on its answers',
    async () => {
      const file = realFile('surveys', 'rstudio_r_community_survey', '2019 English R Community Survey Responses.csv')
      const p = makeProject([])
      await p.run('import.run', { jobId: 'r', files: [{ path: file, options: { kind: 'survey' } }] })
      const run = await p.run('segments.run', { inputs: ['answers'], resamples: 10 })
      expect(run.participants).toBeGreaterThan(1700)
      expect(run.k).toBeGreaterThanOrEqual(2)
      const col = (name: RegExp) => run.answerColumns!.find((c) => name.test(c.name))!
      expect(col(/not a robot/)).toMatchObject({ used: false })
      expect(col(/^Timestamp$/)).toMatchObject({ used: false })
      expect(col(/job title/)).toMatchObject({ used: false })
      expect(col(/What applications do you use R for most/)).toMatchObject({ used: true, kind: 'multi' })
      expect(col(/recommend R to a colleague/)).toMatchObject({ used: true, kind: 'scale' })
      for (const seg of run.segments) expect(seg.traits!.length).toBeGreaterThan(0)
    },
    240_000,
  )
})

describe('a one-row export with a checkbox column per option (Typeform)', () => {
  it('reads the first row as the header, the side-by-side checkbox columns as one multi-select, and recovers the planted groups', async () => {
    const random = mulberry32(4)
    const features = ['Route planning', 'Live tracking', 'Invoicing', 'Proof of delivery']
    const planted = [
      [0, 1],
      [2, 3],
      [0, 3],
    ]
    const truth = new Map<string, number>()
    const header = [
      '#',
      'How big is your team?',
      ...features,
      'How likely are you to recommend us? (0-10)',
      'Anything else?',
      'Submit Date (UTC)',
    ]
    const rows = Array.from({ length: 150 }, (_, i) => {
      const g = i % 3
      const id = `tf${String(i).padStart(5, '0')}x`
      truth.set(id, g)
      const chosen = new Set(random() < 0.85 ? planted[g] : [Math.floor(random() * 4)])
      const size = random() < 0.8 ? ['1-5', '6-20', '21+'][g] : ['1-5', '6-20', '21+'][Math.floor(random() * 3)]
      const nps = [9, 3, 6][g] + Math.floor(random() * 3) - 1
      return [
        id,
        size,
        ...features.map((f, k) => (chosen.has(k) ? f : '')),
        String(nps),
        random() < 0.5 ? '' : 'ok thanks',
        '2026-03-01 10:05:00',
      ]
    })
    const p = await surveyProject([header, ...rows].map((r) => r.join(',')).join('\n') + '\n')
    const run = await p.run('segments.run', { inputs: ['answers'], k: 3, seed: 3, resamples: 0 })
    const ticks = run.answerColumns!.find((c) => c.name === features.join(' / '))
    expect(ticks).toMatchObject({ used: true, kind: 'multi' })
    expect(run.answerColumns!.some((c) => /^Column \d/.test(c.name))).toBe(false)
    const ari = ariAgainst(run, truth)
    console.log(`[answers typeform] ARI against the planted groups: ${ari.toFixed(3)}`)
    expect(ari).toBeGreaterThan(0.8)
    // A ticked option names its segment by itself, not as "Route planning / Live tracking /…: Invoicing".
    expect(run.segments.some((s) => features.some((f) => s.name.split(' · ').includes(f)))).toBe(true)
    expect(run.segments.every((s) => !s.name.includes(' / '))).toBe(true)
  })
})
