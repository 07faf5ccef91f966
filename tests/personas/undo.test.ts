/**
 * Persona edits in the undo history: each edit a researcher makes on a card is one step that
 * undoes to exactly the card before it and redoes to exactly the card after it; a section's text
 * saved again and again while typing is one step; an undo over someone else's change is refused.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tempDir } from '../helpers/tmp'
import { study, type Study } from './fixture'

/** Everything the researcher sees of a card: the card itself, its evidence rows, its picture. */
async function card(s: Study, id: number) {
  const db = s.session.requireProject().db
  return {
    persona: await s.run('personas.get', { id }),
    evidence: db.prepare('SELECT highlight_id, section, statement FROM persona_evidence WHERE persona_id = ? ORDER BY rowid').all(id),
    avatar: db.prepare('SELECT avatar FROM personas WHERE id = ?').pluck().get(id) as Buffer | null,
  }
}

const label = async (s: Study) => (await s.run('undo.state')).undoLabel

/** One step: the edit changes the card; undo gives back exactly the card before, redo exactly the card after. */
async function roundTrip(s: Study, id: number, edit: () => Promise<unknown>, expected: string) {
  const before = await card(s, id)
  await edit()
  const after = await card(s, id)
  expect(after).not.toEqual(before)
  expect(await label(s)).toBe(expected)
  await s.run('undo.undo')
  expect(await card(s, id)).toEqual(before)
  expect((await s.run('undo.state')).redoLabel).toBe(expected)
  await s.run('undo.redo')
  expect(await card(s, id)).toEqual(after)
}

async function drafted() {
  const s = await study()
  const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
  return { s, p }
}

afterEach(() => vi.restoreAllMocks())

describe('undoing persona edits', () => {
  it('renames, edits context, reorders, hides, adds and removes sections, each as one step', async () => {
    const { s, p } = await drafted()
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.update', { id: p.id, name: 'Dispatch-first pharmacist' }),
      `Rename persona “${p.name}” to “Dispatch-first pharmacist”`,
    )
    const name = 'Dispatch-first pharmacist'
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.update', { id: p.id, context: 'Runs three shops.' }),
      `Edit context of persona “${name}”`,
    )
    const order = p.content.sections.map((x) => ({ id: x.id, order: p.content.sections.length - 1 - x.order }))
    await roundTrip(s, p.id, () => s.run('personas.update', { id: p.id, sections: order }), `Reorder sections of persona “${name}”`)
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.update', { id: p.id, sections: [{ id: 'pains', hidden: true }] }),
      `Hide “Pains” on persona “${name}”`,
    )
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.update', { id: p.id, sections: [{ id: 'custom-1', kind: 'custom', html: '<p>Notes</p>' }] }),
      `Add a section to persona “${name}”`,
    )
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.update', { id: p.id, removeSections: ['custom-1'] }),
      `Remove “Notes” from persona “${name}”`,
    )
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.update', { id: p.id, avatar: { kind: 'initials', colour: '#1f6f5c' } }),
      `Change avatar of persona “${name}”`,
    )
  })

  it('restores a section’s rich text exactly, and its order and evidence with it', async () => {
    const { s, p } = await drafted()
    const goals = p.content.sections.find((x) => x.id === 'goals')!
    await roundTrip(
      s,
      p.id,
      () =>
        s.run('personas.update', {
          id: p.id,
          sections: [{ id: 'goals', html: '<p>Never lose a sale to a <strong>late</strong> courier</p><ul><li><p>weekly</p></li></ul>' }],
        }),
      `Edit “Goals” on persona “${p.name}”`,
    )
    await s.run('undo.undo')
    expect((await s.run('personas.get', { id: p.id })).content.sections.find((x) => x.id === 'goals')!.html).toBe(goals.html)
  })

  it('attaches and detaches evidence as one step each, restoring the citations exactly', async () => {
    const { s, p } = await drafted()
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.attachEvidence', { personaId: p.id, sectionId: 'goals', highlightId: s.h.p5 }),
      `Attach evidence to “Goals” on persona “${p.name}”`,
    )
    const cited = p.content.sections.find((x) => x.id === 'quotes')!.evidence[0]
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.detachEvidence', { personaId: p.id, sectionId: 'quotes', highlightId: cited }),
      `Detach evidence from “In their words” on persona “${p.name}”`,
    )
    // Undone, the citation is back in its place in the section, not appended.
    await s.run('undo.undo')
    expect((await s.run('personas.get', { id: p.id })).content.sections.find((x) => x.id === 'quotes')!.evidence).toEqual(
      p.content.sections.find((x) => x.id === 'quotes')!.evidence,
    )
  })

  it('undoes a chosen picture: the generated avatar comes back, and redo brings the same bytes', async () => {
    const { s, p } = await drafted()
    const dir = tempDir('needle-avatar-')
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64 * 1024, 7)])
    writeFileSync(join(dir, 'me.png'), png)
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.setAvatarImage', { personaId: p.id, path: join(dir, 'me.png') }),
      `Change avatar of persona “${p.name}”`,
    )
    expect((await card(s, p.id)).avatar).toEqual(png)
    // Later edits of a card with a picture keep it through undo and redo.
    await roundTrip(
      s,
      p.id,
      () => s.run('personas.update', { id: p.id, context: 'With a picture.' }),
      `Edit context of persona “${p.name}”`,
    )
    expect((await card(s, p.id)).avatar).toEqual(png)
    await s.run('undo.undo')
    await s.run('undo.undo')
    expect(await card(s, p.id)).toMatchObject({ avatar: null, persona: { hasImage: false, content: { avatar: p.content.avatar } } })
  })

  it('undoes drafting a persona and deleting one', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'ar' })
    expect(await label(s)).toBe('Draft a persona from “Dispatch-driven pharmacies”')
    await s.run('undo.undo')
    expect(await s.run('personas.list')).toEqual([])
    await s.run('undo.redo')
    const full = await card(s, p.id)
    expect(full.persona).toEqual(p)

    await s.run('personas.delete', { id: p.id })
    expect(await label(s)).toBe(`Delete persona “${p.name}”`)
    await expect(s.run('personas.get', { id: p.id })).rejects.toThrow(/does not exist/)
    await s.run('undo.undo')
    expect(await card(s, p.id)).toEqual(full)
    await s.run('undo.redo')
    expect(await s.run('personas.list')).toEqual([])
  })

  it('makes one step of the saves of one section while typing, and a new step after a pause or another edit', async () => {
    const { s, p } = await drafted()
    const before = await card(s, p.id)
    let now = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    const type = async (section: string, html: string, after = 800) => {
      now += after
      await s.run('personas.update', { id: p.id, sections: [{ id: section, html }] })
    }
    // The editor saves 700 ms after the last key press: typing with short pauses saves often.
    for (const words of ['<p>Never</p>', '<p>Never lose</p>', '<p>Never lose a sale</p>', '<p>Never lose a sale to a late courier</p>'])
      await type('goals', words)
    const typed = await card(s, p.id)
    // Another section is another step, even straight after.
    await type('pains', '<p>Missed pickups</p>', 100)
    // The same section again after a long pause is another step too.
    await type('goals', '<p>Never lose a sale to a late courier, ever</p>', 60_000)

    await s.run('undo.undo')
    await s.run('undo.undo')
    expect(await card(s, p.id)).toEqual(typed)
    expect(await label(s)).toBe(`Edit “Goals” on persona “${p.name}”`)
    await s.run('undo.undo')
    expect(await card(s, p.id)).toEqual(before)
    expect(await label(s)).toBe('Draft a persona from “Dispatch-driven pharmacies”')
    await s.run('undo.redo')
    expect(await card(s, p.id)).toEqual(typed)

    // After an undo or redo, typing again starts a new step.
    await type('goals', '<p>Different</p>', 100)
    await s.run('undo.undo')
    expect(await card(s, p.id)).toEqual(typed)
  })

  it('refuses to undo over someone else’s change to the same persona, with the usual message', async () => {
    const { s, p } = await drafted()
    await s.run('personas.update', { id: p.id, name: 'Dispatch-first pharmacist' })
    // e.g. a teammate's copy of the card merged in by another service
    s.session.requireProject().db.prepare('UPDATE personas SET name = ? WHERE id = ?').run('Renamed by Omar', p.id)
    await expect(s.run('undo.undo')).rejects.toThrow(/cannot be undone: the coding it touched has changed/)
    expect((await s.run('personas.get', { id: p.id })).name).toBe('Renamed by Omar')
    expect((await s.run('undo.state')).canUndo).toBe(false)
  })

  it('does not fold text saved after someone else’s change into the step before it', async () => {
    const { s, p } = await drafted()
    await s.run('personas.update', { id: p.id, sections: [{ id: 'goals', html: '<p>Mine</p>' }] })
    s.session.requireProject().db.prepare("UPDATE personas SET content = json_set(content, '$.context', 'Theirs') WHERE id = ?").run(p.id)
    await s.run('personas.update', { id: p.id, sections: [{ id: 'goals', html: '<p>Mine again</p>' }] })
    // The latest save undoes on its own (it started from their change)...
    await s.run('undo.undo')
    const now = await s.run('personas.get', { id: p.id })
    expect(now.content.context).toBe('Theirs')
    expect(now.content.sections.find((x) => x.id === 'goals')!.html).toBe('<p>Mine</p>')
    // ...and the one before it would overwrite their change, so it is refused.
    await expect(s.run('undo.undo')).rejects.toThrow(/cannot be undone: the coding it touched has changed/)
    expect((await s.run('personas.get', { id: p.id })).content.context).toBe('Theirs')
  })

  it('still undoes coding that removed a highlight a persona cites, card included', async () => {
    const { s, p } = await drafted()
    const before = await card(s, p.id)
    const cited = p.content.sections.find((x) => x.id === 'quotes')!.evidence[0]
    await s.run('highlights.delete', { id: cited })
    expect((await card(s, p.id)).evidence).not.toEqual(before.evidence)
    await s.run('undo.undo')
    expect(await card(s, p.id)).toEqual(before)
  })
})
