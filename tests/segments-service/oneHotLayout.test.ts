/**
 * SurveyMonkey's "one column per answer" layout: a question spread over a column per answer (two
 * header rows: the question, then each answer), each cell holding the answer's words when ticked. Read
 * column by column nothing could be clustered on, and FiveThirtyEight's Midwest survey (2,778
 * respondents) "had no survey answers" once its ZIP code was (rightly) left out.
 */
import { describe, expect, it } from 'vitest'
import { adjustedRandIndex } from '../../src/main/services/segments/math/ari'
import { mulberry32 } from '../../src/main/services/segments/math/random'
import { hasRealData, realFile } from '../helpers/realData'
import { makeProject, surveyProject } from './fixture'

const IDENTIFY = 'How much, if at all, do you personally identify as a Northerner?'
const DEGREES = ['A lot', 'Some', 'Not much', 'Not at all']
const STATES = 'Which of the following states do you consider part of the North? Please select all that apply.'
const NORTH = ['Maine', 'Vermont', 'Minnesota', 'Michigan', 'Ohio', 'Iowa']
const GENDER = ['Male', 'Female']
const SNOW = 'How often do you shovel snow in winter?'
const OFTEN = ['Every week', 'Every month', 'Never']

/**
 * Two planted groups: strong Northerners who tick the northern three and shovel snow every week, and
 * the rest who tick the other three and seldom shovel. Gender is noise.
 */
function oneHotSurvey(seed = 4): { csv: string; truth: Map<string, number> } {
  const rand = mulberry32(seed)
  const quote = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  const top = ['RespondentID', IDENTIFY, '', '', '', STATES, ...NORTH.slice(1).map(() => ''), SNOW, '', '', 'Gender', '']
  const second = ['', ...DEGREES, ...NORTH, ...OFTEN, ...GENDER]
  const rows = [top.map(quote).join(','), second.map(quote).join(',')]
  const truth = new Map<string, number>()
  for (let i = 0; i < 200; i++) {
    const group = i % 2
    const id = String(5_000_000 + i)
    truth.set(id, group)
    const degree = rand() < 0.9 ? (group ? 2 + Math.floor(rand() * 2) : Math.floor(rand() * 2)) : Math.floor(rand() * 4)
    const states = NORTH.map((s, j) => ((j < 3 === (group === 0) ? rand() < 0.85 : rand() < 0.1) ? s : ''))
    const snow = rand() < 0.85 ? (group ? 1 + Math.floor(rand() * 2) : 0) : Math.floor(rand() * 3)
    const gender = Math.floor(rand() * 2)
    const tick = (options: string[], chosen: number) => options.map((o, j) => (j === chosen ? o : ''))
    rows.push([id, ...tick(DEGREES, degree), ...states, ...tick(OFTEN, snow), ...tick(GENDER, gender)].map(quote).join(','))
  }
  return { csv: rows.join('\n') + '\n', truth }
}

describe('one column per answer (SurveyMonkey)', () => {
  it('reads the columns of one question as one single choice or multi-select and recovers the planted groups', async () => {
    const { csv, truth } = oneHotSurvey()
    const p = await surveyProject(csv, 'north.csv')
    const run = await p.run('segments.run', { inputs: ['answers'], k: 2, seed: 2, resamples: 0 })

    const col = (name: string) => run.answerColumns!.find((c) => c.name === name)
    expect(col(IDENTIFY)).toMatchObject({ kind: 'choice', used: true })
    expect(col(STATES)).toMatchObject({ kind: 'multi', used: true })
    expect(col(SNOW)).toMatchObject({ kind: 'choice', used: true })
    expect(col('Gender')).toMatchObject({ kind: 'choice', used: true })
    // No column per answer is left over to be read on its own.
    expect(run.answerColumns!.some((c) => c.name.includes(' — '))).toBe(false)

    const ids = Object.keys(run.assignments).map(Number)
    const ari = adjustedRandIndex(
      ids.map((id) => run.assignments[id]),
      ids.map((id) => truth.get(run.labels[id])!),
    )
    console.log(`[one column per answer] ARI against the planted groups: ${ari.toFixed(3)}; ${run.segments.map((s) => s.name).join(' | ')}`)
    expect(ari).toBeGreaterThan(0.8)
    // The profile speaks of the answers, with the question beside a degree that means nothing alone.
    expect(run.segments.some((s) => s.traits!.some((t) => /Maine|Minnesota|Michigan/.test(t)))).toBe(true)
    for (const s of run.segments) expect(s.name).not.toMatch(/^(A lot|Some|Not much|Not at all)( ·|$)/)
  })

  it.skipIf(!hasRealData)('segments the real Midwest survey (FiveThirtyEight / SurveyMonkey) on its questions', async () => {
    const p = makeProject([])
    const file = realFile('surveys', 'fivethirtyeight_surveymonkey_exports', 'region-survey__MIDWEST.csv')
    await p.run('import.run', { jobId: 'mw', files: [{ path: file, options: { kind: 'survey' } }] })
    const run = await p.run('segments.run', { inputs: ['answers'], resamples: 0, seed: 1 })
    expect(run.participants).toBeGreaterThan(2000)
    const col = (name: RegExp) => run.answerColumns!.find((c) => name.test(c.name))
    expect(col(/identify as a Midwesterner/)).toMatchObject({ kind: 'choice', used: true })
    expect(col(/states do you consider part of the Midwest/)).toMatchObject({ kind: 'multi', used: true })
    expect(col(/ZIP code/)).toMatchObject({ used: false, reason: 'identifier' })
    for (const s of run.segments) expect(s.traits!.length).toBeGreaterThan(0)
  })
})
