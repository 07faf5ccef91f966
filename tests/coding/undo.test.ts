import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { project } from './fixture'

const TEXT = 'We need offline mode. The sync failed twice last week. I want reports in Arabic.'

/** Everything a researcher sees of the coding, to compare before and after undo/redo. */
async function snapshot(p: ReturnType<typeof project>) {
  return { codes: await p.run('codes.list'), highlights: await p.run('highlights.list', { documentId: p.docs[0] }) }
}

describe('undo and redo', () => {
  it('undoes and redoes every coding action step by step', async () => {
    const p = project([{ text: TEXT }])
    const states = [await snapshot(p)]
    const labels: string[] = []
    const step = async (f: () => Promise<unknown>) => {
      await f()
      states.push(await snapshot(p))
      labels.push((await p.run('undo.state')).undoLabel!)
    }
    let needs = 0,
      offline = 0,
      sync = 0,
      h = 0
    await step(async () => (needs = (await p.run('codes.create', { name: 'Needs', kind: 'need' })).id))
    await step(async () => (offline = (await p.run('codes.create', { name: 'Offline', kind: 'need' })).id))
    await step(async () => (sync = (await p.run('codes.create', { name: 'Sync', kind: 'need' })).id))
    await step(() => p.run('codes.update', { id: offline, name: 'Offline mode', color: '#123456' }))
    await step(() => p.run('codes.move', { id: offline, parentId: needs }))
    await step(async () => (h = (await p.run('highlights.create', { documentId: p.docs[0], start: 0, end: 20, codeIds: [offline] })).id))
    await step(() => p.run('highlights.create', { documentId: p.docs[0], start: 22, end: 53, codeIds: [sync, offline] }))
    await step(() => p.run('highlights.update', { id: h, codeIds: [sync], memo: 'key quote' }))
    await step(() => p.run('codes.merge', { from: sync, into: offline }))
    await step(() => p.run('highlights.delete', { id: h }))
    await step(() => p.run('codes.delete', { id: needs, highlights: 'keep-uncoded' }))
    expect(labels).toContain('Merge “Sync” into “Offline mode”')

    for (let i = states.length - 1; i > 0; i--) {
      expect((await p.run('undo.state')).undoLabel).toBe(labels[i - 1])
      await p.run('undo.undo')
      expect(await snapshot(p)).toEqual(states[i - 1])
    }
    expect(await p.run('undo.state')).toMatchObject({ canUndo: false, canRedo: true })
    await expect(p.run('undo.undo')).rejects.toThrow(/nothing to undo/)
    for (let i = 1; i < states.length; i++) {
      await p.run('undo.redo')
      expect(await snapshot(p)).toEqual(states[i])
    }
    expect(await p.run('undo.state')).toMatchObject({ canUndo: true, canRedo: false })
  })

  it('survives a reload of the window (the session outlives the renderer) and a new action clears redo', async () => {
    const p = project([{ text: TEXT }])
    const code = await p.run('codes.create', { name: 'Offline', kind: 'need' })
    await p.run('highlights.create', { documentId: p.docs[0], start: 0, end: 20, codeIds: [code.id] })
    // A reloaded renderer asks the same session again: the history is there.
    expect(await call(p.session, 'undo.state', {})).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Tag “Offline”', redoLabel: null })
    await call(p.session, 'undo.undo', {})
    expect(await p.run('highlights.list', { documentId: p.docs[0] })).toEqual([])
    expect((await p.run('undo.state')).redoLabel).toBe('Tag “Offline”')
    await p.run('highlights.create', { documentId: p.docs[0], start: 3, end: 7, codeIds: [code.id] })
    expect((await p.run('undo.state')).canRedo).toBe(false)
  })

  it('refuses to undo over changes made outside the history instead of overwriting them', async () => {
    const p = project([{ text: TEXT }])
    const code = await p.run('codes.create', { name: 'Offline', kind: 'need' })
    const h = await p.run('highlights.create', { documentId: p.docs[0], start: 0, end: 20, codeIds: [code.id] })
    // e.g. a teammate's coding merged in by another service
    p.session.requireProject().db.prepare('UPDATE highlights SET memo = ? WHERE id = ?').run('merged from Omar', h.id)
    await expect(p.run('undo.undo')).rejects.toThrow(/cannot be undone: the coding it touched has changed/)
    expect((await p.run('highlights.list', { documentId: p.docs[0] }))[0].memo).toBe('merged from Omar')
    expect((await p.run('undo.state')).canUndo).toBe(false)
  })

  it('starts a fresh history for another project', async () => {
    const p = project([{ text: TEXT }])
    await p.run('codes.create', { name: 'Offline', kind: 'need' })
    const other = project([{ text: TEXT }])
    p.session.closeProject()
    p.session.project = other.session.project
    other.session.project = null
    expect((await p.run('undo.state')).canUndo).toBe(false)
  })
})
