/**
 * Segment names from need codes read as a strategist labels a segment (issue 13): what the members put
 * first, over what they care about less than everyone else ("Fast payouts over dark theme"), short,
 * different for every segment, never "Needs X and Y"; in an Arabic project still "بحاجة إلى X وY".
 * On a hand-made project with three planted groups coded in their interviews (real SQLite, segments.run).
 */
import { describe, expect, it } from 'vitest'
import { makeProject, type PersonSpec } from './fixture'

/** Group 0 wants fast payouts and never mentions the dark theme; groups 1 and 2 both want the dark theme, 2 offline mode too. */
function people(names: { payouts: string; theme: string; offline: string }): PersonSpec[] {
  const out: PersonSpec[] = []
  for (let i = 0; i < 30; i++) {
    const g = i % 3
    const codes =
      g === 0
        ? [{ words: 'paid faster', code: names.payouts }]
        : g === 1
          ? [{ words: 'darker screen', code: names.theme }]
          : [
              { words: 'darker screen', code: names.theme },
              { words: 'no signal', code: names.offline },
            ]
    out.push({ label: `P${i + 1}`, answers: [{ text: 'I want to be paid faster and a darker screen with no signal.', codes }] })
  }
  return out
}

describe('segment names from need codes', () => {
  it('read as a strategist’s labels, each different, at most 40 characters', async () => {
    const p = makeProject(people({ payouts: 'Fast payouts', theme: 'Dark theme', offline: 'Offline mode' }))
    const run = await p.run('segments.run', { inputs: ['codes'], k: 3, seed: 1, resamples: 0 })
    const names = run.segments.map((s) => s.name)
    expect(names).toHaveLength(3)
    expect(new Set(names).size).toBe(3)
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(40)
      expect(name).not.toMatch(/^Needs /)
    }
    // The payouts group cares about the dark theme far less than everyone (none of them mention it).
    expect(names).toContain('Fast payouts over dark theme')
    // The dark-theme group puts it over the payouts nobody in it asks for.
    expect(names).toContain('Dark theme over fast payouts')
  })

  it('stay Arabic in an Arabic project', async () => {
    const p = makeProject(people({ payouts: 'سرعة الدفع', theme: 'الوضع الداكن', offline: 'العمل دون اتصال' }))
    await p.run('project.setLanguage', { language: 'ar' })
    const run = await p.run('segments.run', { inputs: ['codes'], k: 3, seed: 1, resamples: 0 })
    const names = run.segments.map((s) => s.name)
    expect(new Set(names).size).toBe(3)
    for (const name of names) expect(name).toMatch(/^بحاجة إلى /)
  })
})
