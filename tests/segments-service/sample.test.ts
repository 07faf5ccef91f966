/**
 * The sample project as it ships: a saved k-means run on the survey ratings that recovers the three
 * planted needs-based groups of scripts/sample/planted-segments.json; and `needle segment --json` on it
 * through the real command line.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProject } from '../../src/main/db/open'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { buildSampleProject } from '../../src/main/sample/content'
import { adjustedRandIndex } from '../../src/main/services/segments/math/ari'
import { SettingsStore } from '../../src/main/services/settings/store'
import { needle, ROOT } from '../cli/run'

const planted = JSON.parse(readFileSync(join(ROOT, 'scripts', 'sample', 'planted-segments.json'), 'utf8')) as {
  assignments: Record<string, string>
}

/** ARI between found segments and the planted groups, over the planted respondents. */
function ariAgainstPlanted(assignments: Record<string, number | string>): { ari: number; covered: number } {
  const truth: string[] = []
  const found: string[] = []
  for (const [label, group] of Object.entries(planted.assignments)) {
    if (assignments[label] === undefined) continue
    truth.push(group)
    found.push(String(assignments[label]))
  }
  const codes = (xs: string[]) => xs.map((x) => [...new Set(xs)].indexOf(x))
  return { ari: adjustedRandIndex(codes(truth), codes(found)), covered: truth.length }
}

let dir = ''
let samplePath = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'needle-seg-sample-'))
  samplePath = join(dir, 'sample.needle')
  await buildSampleProject(samplePath)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the sample project', () => {
  it('ships with saved needs-based segments that recover the planted groups', async () => {
    const db = new Database(samplePath, { readonly: true })
    const rows = db
      .prepare(
        `SELECT s.id, s.name, s.method, s.stability, p.label FROM segments s JOIN segment_members m ON m.segment_id = s.id JOIN participants p ON p.id = m.participant_id`,
      )
      .all() as { id: number; name: string; method: string; stability: number; label: string }[]
    db.close()
    expect(new Set(rows.map((r) => r.method))).toEqual(new Set(['kmeans']))
    const { ari, covered } = ariAgainstPlanted(Object.fromEntries(rows.map((r) => [r.label, r.id])))
    expect(covered).toBe(Object.keys(planted.assignments).length)
    expect(ari).toBeGreaterThan(0.8)
    const segments = new Map(rows.map((r) => [r.id, r]))
    expect(segments.size).toBe(3)
    for (const s of segments.values()) expect(s.stability).toBeGreaterThanOrEqual(0.75)
    // Named as a strategist would from unmet needs, e.g. the same-day group after live re-routing; never "Needs X and Y".
    const names = [...segments.values()].map((s) => s.name)
    expect(names).toContain('Re-route live when plans change first')
    for (const name of names) expect(name).not.toMatch(/^Needs /)
  })

  it('explains a shipped segment with its unmet needs and representatives’ own words', async () => {
    const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
    session.project = openProject(samplePath, { readOnly: true })
    try {
      const [first] = await call(session, 'segments.list', {})
      const x = await call(session, 'segments.explain', { segmentId: first.id })
      expect(x.opportunities[0].opportunity).toBeGreaterThanOrEqual(15)
      expect(x.opportunities[0].overallOpportunity!).toBeLessThan(x.opportunities[0].opportunity!)
      expect(x.representatives).toHaveLength(3)
      expect(x.representatives.some((r) => r.quotes.length > 0)).toBe(true)
      const charts = await call(session, 'segments.charts', {})
      expect(charts.heatmap.needs).toHaveLength(8)
      expect(charts.heatmap.cells).toHaveLength(24)
    } finally {
      session.closeProject()
    }
  })

  it('needle segment --json prints the documented shape and saves what it prints', () => {
    const path = join(dir, 'cli.needle')
    copyFileSync(samplePath, path)
    const home = join(dir, 'home')
    const r = needle(['segment', path, '--k', 'auto', '--method', 'kmeans', '--inputs', 'ratings', '--seed', '3', '--json'], {
      cwd: dir,
      home,
    })
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(Object.keys(out)).toEqual(['k', 'silhouette', 'segments', 'assignments'])
    expect(out.k).toBe(3)
    expect(out.silhouette).toBeGreaterThan(0.2)
    for (const s of out.segments) {
      expect(Object.keys(s)).toEqual(['id', 'name', 'size', 'share', 'stability', 'topNeeds'])
      for (const n of s.topNeeds) expect(Object.keys(n)).toEqual(['code', 'lift', 'opportunity'])
      // Ratings exist, so topNeeds come by opportunity.
      const opp = s.topNeeds.map((n: { opportunity: number }) => n.opportunity)
      expect(opp).toEqual([...opp].sort((a, b) => b - a))
    }
    expect(out.segments.reduce((n: number, s: { size: number }) => n + s.size, 0)).toBe(Object.keys(out.assignments).length)
    // Assignments are keyed by the respondent id mapped at import.
    expect(Object.keys(out.assignments).every((label) => /^TW-\d{4}$/.test(label))).toBe(true)
    expect(ariAgainstPlanted(out.assignments).ari).toBeGreaterThan(0.8)

    // The new run's segments are saved; the sample's earlier ones stay only because its personas are built on them.
    const listed = JSON.parse(needle(['segments', path, '--json'], { cwd: dir, home }).stdout) as { segments: { id: number }[] }
    const listedIds = listed.segments.map((s) => s.id)
    expect(listedIds).toEqual(expect.arrayContaining(out.segments.map((s: { id: number }) => s.id)))
    const info = JSON.parse(needle(['personas', path, '--json'], { cwd: dir, home }).stdout) as {
      personas: { segment: { id: number } | null }[]
    }
    // By id: a card names its segment in its own language (the Arabic card's segment name is Arabic).
    expect(listedIds.length).toBe(out.segments.length + new Set(info.personas.map((p) => p.segment?.id)).size)

    const bad = needle(['segment', path, '--k', '9'], { cwd: dir, home })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--k must be auto or a whole number from 2 to 8/)
  })
})
