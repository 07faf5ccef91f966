/** JSON columns of a project file someone damaged by hand: a clear "damaged" error naming the table and row, never a crash. */
import { describe, expect, it } from 'vitest'
import { makeProject, plantedPeople } from '../segments-service/fixture'

describe('damaged JSON in a project file', () => {
  it('a segment definition that is not what Needle wrote', async () => {
    const p = makeProject(plantedPeople(2, 5))
    const s = await p.run('segments.createRule', {
      name: 'G0',
      rule: { all: [{ type: 'attribute', attribute: 'Group', op: 'equals', value: 'g0' }] },
    })
    expect(s.size).toBe(5)
    p.session
      .requireProject()
      .db.prepare(`UPDATE segments SET definition = '{"kind": "rule", "rule": {"all": "everyone"}}' WHERE id = ?`)
      .run(s.id)
    await expect(p.run('segments.list')).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/damaged: segments row \d+ \(/),
    })
    p.session.requireProject().db.prepare(`UPDATE segments SET definition = 'not json' WHERE id = ?`).run(s.id)
    await expect(p.run('segments.list')).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/segments row \d+ is not JSON/),
    })
  })

  it("a participant's attribute values and the saved score settings", async () => {
    const p = makeProject(plantedPeople(1, 3))
    const db = p.session.requireProject().db
    const pid = db.prepare('SELECT participant_id FROM participant_values LIMIT 1').pluck().get() as number
    db.prepare(`UPDATE participant_values SET attrs = '{"1": 5}' WHERE participant_id = ?`).run(pid)
    await expect(p.run('participants.list')).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining(`participant_values row ${pid}`),
    })
    db.prepare(`INSERT INTO project_meta (key, value) VALUES ('scores.settings', '{"fitWeights": "all"}')`).run()
    await expect(p.run('scores.get')).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('project_meta row scores.settings'),
    })
  })

  it("a source's import report, and attribute values met while merging participants", async () => {
    const p = makeProject(plantedPeople(1, 3))
    const db = p.session.requireProject().db
    const source = db.prepare('SELECT id FROM sources LIMIT 1').pluck().get() as number
    db.prepare(`UPDATE sources SET report = '{"warnings": "none"}' WHERE id = ?`).run(source)
    await expect(p.run('sources.get', { id: source })).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining(`sources row ${source} (warnings`),
    })
    const [a, b] = db.prepare('SELECT participant_id FROM participant_values ORDER BY participant_id LIMIT 2').pluck().all() as number[]
    db.prepare(`UPDATE participant_values SET attrs = '[1, 2]' WHERE participant_id = ?`).run(b)
    await expect(p.run('participants.merge', { from: [b], into: a })).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining(`participant_values row ${b}`),
    })
  })
})
