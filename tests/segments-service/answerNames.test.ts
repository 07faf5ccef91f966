/**
 * Segment names and traits from a public poll as real exports give it (FiveThirtyEight's polls, the
 * OSMI survey): yes/no questions, age typed as a number with a few absurd entries (99999999999,
 * -1726), a ZIP code column, gender and income ranges. Two planted groups: those who celebrate and
 * have seen the films, and those who do neither. A strategist must be able to read each name alone:
 * "Yes · Yes" says nothing, a ZIP code is not a score, and a mean age of 79 million is not an age.
 */
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../src/main/services/segments/math/random'
import { adjustedRandIndex } from '../../src/main/services/segments/math/ari'
import { traitWords } from '../../src/main/services/segments/traitWords'
import { surveyProject } from './fixture'

const CELEBRATE = 'Do you celebrate Thanksgiving?'
const SEEN = 'Have you seen any of the 6 films in the Star Wars franchise?'
const ZIP = 'In what ZIP code is your home located? (enter 5-digit ZIP code; for example, 00544 or 94305)'

function poll(seed = 11): { csv: string; truth: Map<string, number> } {
  const rand = mulberry32(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const quote = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  const rows = [['RespondentID', CELEBRATE, SEEN, 'Age', 'Gender', 'Household income', ZIP].map(quote).join(',')]
  const truth = new Map<string, number>()
  for (let i = 0; i < 240; i++) {
    const group = i % 2
    const id = String(3_000_000 + i)
    truth.set(id, group)
    const yes = (p: number) => (rand() < p ? 'Yes' : 'No')
    const age =
      i % 40 === 7 ? '99999999999' : i % 53 === 5 ? '-1726' : String(group ? 45 + Math.floor(rand() * 25) : 22 + Math.floor(rand() * 15))
    rows.push(
      [
        id,
        group ? yes(0.08) : yes(0.95),
        group ? yes(0.1) : yes(0.92),
        age,
        pick(['Male', 'Female']),
        pick(['$0 - $24,999', '$25,000 - $49,999', '$50,000 - $99,999', '$100,000+']),
        String(10_000 + Math.floor(rand() * 89_000)).padStart(5, '0'),
      ]
        .map(quote)
        .join(','),
    )
  }
  return { csv: rows.join('\n') + '\n', truth }
}

describe('segment names and traits on a public poll', () => {
  it('names say what the yes/no is about, leave the ZIP code out and ignore absurd ages', async () => {
    const { csv, truth } = poll()
    const p = await surveyProject(csv, 'poll.csv')
    const run = await p.run('segments.run', { inputs: ['answers'], k: 2, seed: 5, resamples: 0 })

    const ids = Object.keys(run.assignments).map(Number)
    const ari = adjustedRandIndex(
      ids.map((id) => run.assignments[id]),
      ids.map((id) => truth.get(run.labels[id])!),
    )
    console.log(`[poll] ARI against the planted groups: ${ari.toFixed(3)}`)
    expect(ari).toBeGreaterThan(0.7)

    // A ZIP code is where someone lives, not a score to average: left out by default, as identifiers are.
    expect(run.answerColumns!.find((c) => c.name === ZIP)).toMatchObject({ used: false, reason: 'identifier' })

    for (const seg of run.segments) {
      console.log(`[poll] ${seg.name} (${seg.size}): ${seg.traits!.join(' | ')}`)
      // Each half of a name says something of its own, and a bare Yes or No carries its question.
      const parts = seg.name.split(' · ')
      expect(new Set(parts).size).toBe(parts.length)
      for (const part of parts) expect(part).not.toMatch(/^(yes|no)$/i)
      // Every age the profile quotes is an age.
      for (const t of seg.traits!.filter((x) => x.startsWith('Age')))
        for (const n of t.match(/-?\d+(\.\d+)?/g)!.map(Number)) {
          expect(n).toBeGreaterThan(0)
          expect(n).toBeLessThan(120)
        }
    }
    // Saved, the segments keep what sets them apart: the saved cards and `needle segments --json` show it.
    const saved = await p.run('segments.saveRun', { runId: run.runId })
    for (const seg of saved) {
      const previewed = run.segments.find((s) => s.name === seg.name)!
      expect(seg.definition.kind === 'run' && seg.definition.traits).toEqual(previewed.traits)
    }
    const names = run.segments.map((s) => s.name)
    expect(new Set(names).size).toBe(2)
    // The planted difference is in the names: one celebrates Thanksgiving, the other does not.
    expect(names.some((n) => /celebrate Thanksgiving/i.test(n) && !/don.t|not/i.test(n))).toBe(true)
    expect(names.some((n) => /(don.t|not) celebrate Thanksgiving/i.test(n))).toBe(true)
  })

  it('an age reads as older or younger in Arabic too, never a "high score in age"', () => {
    const label = (more: boolean, a: number) => traitWords('ar').label({ kind: 'score', question: 'العمر', options: [], more, a, b: 39.3 })
    expect(label(true, 50.1)).toBe('أكبر سنًا، 50 في المتوسط')
    expect(label(false, 28.5)).toBe('أصغر سنًا، 29 في المتوسط')
    expect(traitWords('en').label({ kind: 'score', question: 'Age', options: [], more: false, a: 28.5, b: 39.3 })).toBe(
      'Younger, 29 on average',
    )
  })
})
