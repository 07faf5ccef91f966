import { describe, expect, it } from 'vitest'
import { project, spanOf } from './fixture'

describe('highlights of many documents at once (the response list)', () => {
  it('lists the highlights of every asked document, and only those', async () => {
    const texts = ['We need offline mode 📶 now.', 'نحتاج إلى وضع بدون إنترنت', 'Nothing to see here.']
    const p = project(texts.map((text) => ({ text, kind: 'survey' as const })))
    const code = await p.run('codes.create', { name: 'Offline', kind: 'need' })
    const a = await p.run('highlights.create', { documentId: p.docs[0], ...spanOf(texts[0], 'offline mode 📶'), codeIds: [code.id] })
    const b = await p.run('highlights.create', { documentId: p.docs[1], ...spanOf(texts[1], 'بدون إنترنت'), codeIds: [code.id] })
    await p.run('highlights.create', { documentId: p.docs[2], ...spanOf(texts[2], 'Nothing'), codeIds: [code.id] })

    const many = await p.run('highlights.list', { documentIds: [p.docs[0], p.docs[1], 999] })
    expect(many.map((h) => [h.id, h.text])).toEqual([
      [a.id, 'offline mode 📶'],
      [b.id, 'بدون إنترنت'],
    ])
    expect(many).toEqual([
      ...(await p.run('highlights.list', { documentId: p.docs[0] })),
      ...(await p.run('highlights.list', { documentId: p.docs[1] })),
    ])
  })

  it('refuses a call that names neither or both', async () => {
    const p = project([{ text: 'x' }])
    await expect(p.run('highlights.list', {})).rejects.toThrow(/documentId or documentIds/)
    await expect(p.run('highlights.list', { documentId: p.docs[0], documentIds: [p.docs[0]] })).rejects.toThrow(/documentId or documentIds/)
  })
})
