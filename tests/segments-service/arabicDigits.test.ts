/**
 * Arabic respondents and Arabic-locale exports write numbers in Arabic-Indic digits (٥ for 5). A
 * needs-rating survey written that way is the same survey: its importance and satisfaction
 * ratings must be read, not blanked as "outside their scale", and segment exactly as the same
 * survey in Western digits does (planted: half need route planning most, half live tracking).
 */
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../src/main/services/segments/math/random'
import { surveyProject } from './fixture'

const NEEDS = ['تخطيط المسارات', 'التتبع المباشر', 'الفوترة']

function ratingsSurvey(digits: (n: number) => string): string {
  const random = mulberry32(2)
  const header = ['المعرف', ...NEEDS.flatMap((n) => [`الأهمية: ${n}`, `الرضا: ${n}`])]
  const rows = Array.from({ length: 60 }, (_, i) => {
    const planted = i % 2
    const cells = NEEDS.flatMap((_, j) => (j === planted ? [5, 1] : [1 + Math.floor(random() * 3), 3 + Math.floor(random() * 3)])).map(
      digits,
    )
    return [`R${i}`, ...cells].join(',')
  })
  return [header.join(','), ...rows].join('\n') + '\n'
}

async function segmented(csv: string) {
  const p = await surveyProject(csv)
  return { imported: p.imported, run: await p.run('segments.run', { inputs: ['ratings'], seed: 3, resamples: 0 }) }
}

describe('ratings in Arabic-Indic digits', () => {
  it('are read as the same ratings and give the same segments', async () => {
    const indic = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)))
    const eastern = ratingsSurvey(indic)
    expect(eastern).toMatch(/,[\u0660-\u0669],/)
    const west = await segmented(ratingsSurvey(String))
    const east = await segmented(eastern)
    expect(east.imported.warnings.join(' ')).not.toMatch(/outside their scale/)
    expect(east.run.k).toBe(2)
    expect(east.run.segments.map((s) => [s.size, s.name])).toEqual(west.run.segments.map((s) => [s.size, s.name]))
    expect(east.run.assignments).toEqual(west.run.assignments)
  })
})
