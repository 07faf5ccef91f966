import { describe, expect, it } from 'vitest'
import { project } from './fixture'

const TEXT = 'We need offline mode. The sync failed twice last week. I want reports in Arabic.'

async function coded() {
  const p = project([{ text: TEXT }])
  const needs = await p.run('codes.create', { name: 'Needs', kind: 'need' })
  const offline = await p.run('codes.create', { name: 'Offline', kind: 'need', parentId: needs.id })
  const sync = await p.run('codes.create', { name: 'Sync', kind: 'need', parentId: needs.id })
  const pain = await p.run('codes.create', { name: 'Failures', kind: 'pain' })
  const h1 = await p.run('highlights.create', { documentId: p.docs[0], start: 0, end: 20, codeIds: [offline.id] })
  const h2 = await p.run('highlights.create', { documentId: p.docs[0], start: 22, end: 53, codeIds: [sync.id, pain.id] })
  const h3 = await p.run('highlights.create', { documentId: p.docs[0], start: 55, end: 80, codeIds: [offline.id, sync.id] })
  return { p, needs, offline, sync, pain, h1, h2, h3 }
}

const byName = <T extends { name: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.name, r])) as Record<string, T>

describe('codebook', () => {
  it('lists codes as a tree with counts, distinct default colours per kind, and pins', async () => {
    const { p, needs, pain, offline } = await coded()
    const list = await p.run('codes.list')
    expect(list.map((c) => c.name)).toEqual(['Needs', 'Offline', 'Sync', 'Failures'])
    const c = byName(list)
    expect(c.Offline).toMatchObject({ parentId: needs.id, count: 2 })
    expect(c.Sync.count).toBe(2)
    expect(c.Failures.count).toBe(1)
    expect(new Set(list.map((x) => x.color)).size).toBe(4)
    expect(needs.color).not.toBe(pain.color)
    await p.run('codes.update', { id: offline.id, pin: 1, description: 'Works without network' })
    await p.run('codes.update', { id: pain.id, pin: 1 })
    const after = byName(await p.run('codes.list'))
    expect(after.Failures.pin).toBe(1)
    expect(after.Offline.pin).toBeNull() // one key, one code
    expect(after.Offline.description).toBe('Works without network')
    await expect(p.run('codes.create', { name: 'offline', kind: 'need' })).rejects.toThrow(/already a need code called/)
    await expect(p.run('codes.update', { id: pain.id, pin: 10 })).rejects.toThrow(/pin/)
  })

  it('moves codes, reorders siblings and refuses cycles', async () => {
    const { p, needs, offline, sync, pain } = await coded()
    await p.run('codes.move', { id: sync.id, parentId: needs.id, index: 0 })
    expect((await p.run('codes.list')).map((c) => c.name)).toEqual(['Needs', 'Sync', 'Offline', 'Failures'])
    await expect(p.run('codes.move', { id: needs.id, parentId: offline.id })).rejects.toThrow(/one of its own sub-codes/)
    await expect(p.run('codes.move', { id: needs.id, parentId: needs.id })).rejects.toThrow(/one of its own sub-codes/)
    const list = await p.run('codes.move', { id: pain.id, parentId: offline.id })
    expect(byName(list).Failures.parentId).toBe(offline.id)
    expect(list.map((c) => c.name)).toEqual(['Needs', 'Sync', 'Offline', 'Failures'])
    await p.run('codes.move', { id: offline.id, parentId: null, index: 0 })
    expect((await p.run('codes.list')).map((c) => c.name)).toEqual(['Offline', 'Failures', 'Needs', 'Sync'])
  })

  it('merges two codes: highlights move and a highlight with both keeps one', async () => {
    const { p, offline, sync, h3 } = await coded()
    const merged = await p.run('codes.merge', { from: sync.id, into: offline.id })
    expect(merged.count).toBe(3) // h1, h2 and h3 (which had both)
    const list = await p.run('highlights.list', { documentId: p.docs[0] })
    expect(list.find((h) => h.id === h3.id)!.codes.map((c) => c.name)).toEqual(['Offline'])
    expect((await p.run('codes.list')).map((c) => c.name)).not.toContain('Sync')
    await expect(p.run('codes.merge', { from: offline.id, into: offline.id })).rejects.toThrow(/into itself/)
  })

  it('deletes a code with each choice for its highlights', async () => {
    // delete: highlights with only this code go, others just lose it
    {
      const { p, offline, h1, h3 } = await coded()
      const r = await p.run('codes.delete', { id: offline.id, highlights: 'delete' })
      expect(r).toEqual({ deletedHighlights: 1, keptHighlights: 1 })
      const ids = (await p.run('highlights.list', { documentId: p.docs[0] })).map((h) => h.id)
      expect(ids).not.toContain(h1.id)
      expect(ids).toContain(h3.id)
    }
    // keep-uncoded: every highlight stays
    {
      const { p, offline, h1 } = await coded()
      expect(await p.run('codes.delete', { id: offline.id, highlights: 'keep-uncoded' })).toEqual({
        deletedHighlights: 0,
        keptHighlights: 2,
      })
      const h = (await p.run('highlights.list', { documentId: p.docs[0] })).find((x) => x.id === h1.id)!
      expect(h.codes).toEqual([])
    }
    // move-to-parent: recoded with the parent; a top-level code cannot
    {
      const { p, needs, offline, pain, h1 } = await coded()
      await p.run('codes.delete', { id: offline.id, highlights: 'move-to-parent' })
      const h = (await p.run('highlights.list', { documentId: p.docs[0] })).find((x) => x.id === h1.id)!
      expect(h.codes.map((c) => c.id)).toEqual([needs.id])
      await expect(p.run('codes.delete', { id: pain.id, highlights: 'move-to-parent' })).rejects.toThrow(/no parent/)
      // Children of a deleted code move up rather than vanish.
      await p.run('codes.delete', { id: needs.id, highlights: 'keep-uncoded' })
      expect(byName(await p.run('codes.list')).Sync.parentId).toBeNull()
    }
  })
})

describe('memos', () => {
  it('saves, lists and deletes memos on the project, documents, codes and highlights', async () => {
    const { p, offline, h1 } = await coded()
    const project = await p.run('memos.save', { targetKind: 'project', text: 'Focus on SMB retailers' })
    const onCode = await p.run('memos.save', { targetKind: 'code', targetId: offline.id, text: 'Definition: works on a plane' })
    await p.run('memos.save', { targetKind: 'highlight', targetId: h1.id, text: 'Strong quote' })
    await p.run('memos.save', { targetKind: 'document', targetId: p.docs[0], text: 'Recorded in Amman' })
    expect(onCode.coder).toBe('Amal')
    const edited = await p.run('memos.save', { id: onCode.id, targetKind: 'code', targetId: offline.id, text: 'Works without network' })
    expect(edited.text).toBe('Works without network')
    expect((await p.run('memos.list', { targetKind: 'code', targetId: offline.id })).map((m) => m.text)).toEqual(['Works without network'])
    expect(await p.run('memos.list')).toHaveLength(4)
    await expect(p.run('memos.save', { targetKind: 'participant', targetId: 42, text: 'x' })).rejects.toThrow(
      /participant 42 does not exist/,
    )
    await p.run('memos.delete', { id: project.id })
    expect(await p.run('memos.list', { targetKind: 'project' })).toEqual([])
  })
})
