/** The coders an agreement check can compare: those who coded, busiest first. */
import { describe, expect, it } from 'vitest'
import { project } from '../coding/fixture'

describe('coding.coders', () => {
  it('lists coders with their highlights and documents, leaving out a coder with none', async () => {
    const f = project([{ text: 'abcdefghij' }, { text: 'klmnopqrst' }])
    const x = (await f.run('codes.create', { name: 'X', kind: 'need' })).id
    const [one, two] = f.docs
    f.session.coderName = 'Ben'
    await f.run('highlights.create', { documentId: one, start: 0, end: 3, codeIds: [x] })
    f.session.coderName = 'Amal'
    await f.run('highlights.create', { documentId: one, start: 0, end: 3, codeIds: [x] })
    await f.run('highlights.create', { documentId: two, start: 0, end: 3, codeIds: [x] })
    await f.run('highlights.create', { documentId: two, start: 5, end: 8, codeIds: [x] })
    f.session.coderName = 'Zed'
    const zed = await f.run('highlights.create', { documentId: one, start: 4, end: 6, codeIds: [x] })
    await f.run('highlights.delete', { id: zed.id })

    expect(await f.run('coding.coders', {})).toEqual([
      { name: 'Amal', highlights: 3, documents: 2 },
      { name: 'Ben', highlights: 1, documents: 1 },
    ])
  })

  it('is empty before anyone codes', async () => {
    const f = project([{ text: 'nothing coded' }])
    expect(await f.run('coding.coders', {})).toEqual([])
  })
})
