/**
 * Runs through the channels as the Segments screen uses them: planted groups found, the same seed
 * giving the same segments, progress while the window stays responsive, save replacing the previous
 * run (but not a segment a persona is built on), and Cancel.
 */
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/dispatch'
import { makeProject, plantedPeople, type PersonSpec } from './fixture'

const groupOf = (label: string) => label.split('-')[0]

describe('segments.run', () => {
  it('finds planted groups, names them from their unmet need, and the same seed gives the same result', async () => {
    const p = makeProject(plantedPeople(3, 12))
    const a = await p.run('segments.run', { seed: 42, resamples: 20 })
    expect(a.k).toBe(3)
    expect(a.participants).toBe(36)
    // Every segment is exactly one planted group.
    for (const s of a.segments) {
      const groups = new Set(s.members.map((id) => groupOf(a.labels[id])))
      expect(groups.size).toBe(1)
      expect(s.size).toBe(12)
      expect(s.stability).toBeGreaterThanOrEqual(0.75)
      expect(s.badge).toBe('stable')
    }
    // G1's own need is Recurring visits: rated 4-5 and unsatisfied by all of them, by nobody else.
    const g1 = a.segments.find((s) => a.labels[s.members[0]].startsWith('G1'))!
    expect(g1.topNeeds[0]).toMatchObject({ code: 'Recurring visits', opportunity: 20, lift: 3 })
    expect(g1.name).toBe('Recurring visits first')
    expect(a.seedAgreement).toBe(1)

    const b = await p.run('segments.run', { seed: 42, resamples: 20 })
    expect(b.assignments).toEqual(a.assignments)
    expect(b.segments.map((s) => [s.name, s.stability])).toEqual(a.segments.map((s) => [s.name, s.stability]))
    expect(b.runId).not.toBe(a.runId)
    // A preview saves nothing.
    expect(await p.run('segments.list')).toEqual([])
  })

  it('reports progress and keeps the event loop free while it runs', async () => {
    const p = makeProject(plantedPeople(3, 40))
    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    try {
      await p.run('segments.run', { jobId: 'j1', resamples: 200 })
    } finally {
      clearInterval(timer)
    }
    const progress = p.events
      .filter((e) => e.event === 'segments.progress')
      .map((e) => e.payload as { jobId: string; stage: string; fraction: number })
    expect(progress.every((e) => e.jobId === 'j1')).toBe(true)
    expect(progress.map((e) => e.stage)).toEqual(expect.arrayContaining(['matrix', 'clustering', 'done']))
    expect(progress.at(-1)).toMatchObject({ stage: 'done', fraction: 1 })
    // Timers fired during the run: the clustering was not on this thread.
    expect(ticks).toBeGreaterThan(3)
  })

  it('saves a run in place of the previous one, keeping a segment a persona is built on', async () => {
    const p = makeProject(plantedPeople(2, 10))
    const first = await p.run('segments.saveRun', { runId: (await p.run('segments.run', { k: 2, resamples: 0 })).runId })
    expect(first.map((s) => s.size)).toEqual([10, 10])
    expect(first.every((s) => s.method === 'kmeans' && s.runId === first[0].runId && s.share === 0.5)).toBe(true)
    expect(first[0].definition).toMatchObject({ kind: 'run', k: 2, participants: 20, options: { seed: 1, inputs: ['ratings'] } })
    const db = p.session.project!.db
    const now = new Date().toISOString()
    db.prepare(`INSERT INTO personas (segment_id, name, content, created_at, updated_at) VALUES (?, 'Pat', '{}', ?, ?)`).run(
      first[0].id,
      now,
      now,
    )

    const second = await p.run('segments.run', { method: 'hierarchical', k: 2, resamples: 0 })
    expect(second.merges).toHaveLength(19)
    const saved = await p.run('segments.saveRun', { runId: second.runId })
    const list = await p.run('segments.list')
    expect(list.map((s) => s.id).sort()).toEqual([first[0].id, ...saved.map((s) => s.id)].sort())
    expect(list.filter((s) => s.runId === first[0].runId).map((s) => s.id)).toEqual([first[0].id])
    // Saving the same preview again changes nothing.
    expect((await p.run('segments.saveRun', { runId: second.runId })).map((s) => s.id)).toEqual(saved.map((s) => s.id))
    const unknown = await dispatch(p.session, 'segments.saveRun', { runId: 'nope' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('refuses what cannot be segmented, with a reason', async () => {
    const p = makeProject(plantedPeople(1, 3))
    const r = await dispatch(p.session, 'segments.run', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!r.ok && r.error.message).toMatch(/Only 3 participants have survey ratings/)
    const bad = await dispatch(p.session, 'segments.run', { k: 9 })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('cancels a running job: the worker stops and nothing is saved', async () => {
    const people: PersonSpec[] = []
    for (let i = 0; i < 3000; i++) {
      const g = i % 4
      const ratings: PersonSpec['ratings'] = {}
      for (let j = 0; j < 8; j++) ratings[`Need ${j}`] = [j % 4 === g ? 5 : 1 + ((i * 7 + j) % 4), 1 + ((i * 3 + j) % 5)]
      people.push({ label: `P${i}`, ratings })
    }
    const p = makeProject(people)
    let cancelledAt = 0
    const running = p.run('segments.run', { jobId: 'big', resamples: 1000 })
    await new Promise<void>((resolve) => {
      const wait = setInterval(() => {
        if (p.events.some((e) => e.event === 'segments.progress' && (e.payload as { stage: string }).stage !== 'matrix')) {
          clearInterval(wait)
          resolve()
        }
      }, 5)
    })
    cancelledAt = Date.now()
    expect(await p.run('segments.cancel', { jobId: 'big' })).toEqual({ cancelled: true })
    await expect(running).rejects.toMatchObject({ code: 'cancelled' })
    expect(Date.now() - cancelledAt).toBeLessThan(2000)
    expect(p.session.jobs.size).toBe(0)
    expect(await p.run('segments.cancel', { jobId: 'big' })).toEqual({ cancelled: false })
    expect(await p.run('segments.list')).toEqual([])
  })
})
