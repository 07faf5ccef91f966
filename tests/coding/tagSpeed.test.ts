import { describe, expect, it } from 'vitest'
import { SourceStore } from '../../src/main/services/sources/store'
import { project, spanOf } from './fixture'

// A long interview: tagging must not read and decode its whole text again on every key press.
const TURN = 'Dispatch calls the customer again when the driver is late and the route changes. '
const LONG = `${TURN.repeat(8000)}The courier lost the parcel twice.`

describe('tagging a long transcript', () => {
  it('answers with the tagged words, and a document that takes a deleted one’s id gets its own text', async () => {
    const p = project([{ text: LONG }])
    const pain = await p.run('codes.create', { name: 'Lost parcels', kind: 'pain' })
    const first = await p.run('highlights.create', { documentId: p.docs[0], ...spanOf(LONG, 'lost the parcel'), codeIds: [pain.id] })
    expect(first.text).toBe('lost the parcel')

    // The source goes; a new interview is imported and SQLite gives its document the freed id.
    const db = p.session.requireProject().db
    const sourceId = db.prepare('SELECT source_id FROM documents WHERE id = ?').pluck().get(p.docs[0]) as number
    await p.run('sources.remove', { id: sourceId })
    const other = 'Mona: the invoices must sync before the 5th, or finance cannot close the books.'
    const again = db.transaction(() => {
      const store = new SourceStore(db)
      const source = store.addSource({
        kind: 'interview',
        name: 'mona',
        fileName: 'mona.txt',
        checksum: null,
        encoding: 'utf-8',
        rowCount: null,
      })
      return store.addDocument({
        sourceId: source,
        participantId: null,
        title: 'mona.txt',
        text: other,
        direction: 'ltr',
        occurredAt: null,
      })
    })()
    expect(again).toBe(p.docs[0])

    // Its highlights quote its own words, and spans are checked against its own (much shorter) text.
    const h = await p.run('highlights.create', { documentId: again, ...spanOf(other, 'invoices must sync'), codeIds: [pain.id] })
    expect(h.text).toBe('invoices must sync')
    const [listed] = await p.run('highlights.list', { documentId: again })
    expect(listed.text).toBe('invoices must sync')
    await expect(p.run('highlights.create', { documentId: again, start: 0, end: other.length + 5, codeIds: [pain.id] })).rejects.toThrow(
      /past the end of the document/,
    )
  })
})
