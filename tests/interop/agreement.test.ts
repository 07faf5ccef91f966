/** Inter-coder agreement, checked by hand. */
import { describe, expect, it } from 'vitest'
import { project } from '../coding/fixture'
import { kappaOf } from '../../src/main/services/interop/agreement'

describe('coding.agreement', () => {
  it('gives percent agreement and kappa per code at character level (hand-computed)', async () => {
    // "abcdefghij": Amal codes X on [0,6), Ben on [2,8). Characters: both 2-5 (4), only Amal 0-1 (2),
    // only Ben 6-7 (2), neither 8-9 (2). po = 6/10; pA = pB = 0.6; pe = .36 + .16 = .52;
    // kappa = (.6 - .52) / .48 = 1/6. Code Y: Amal [0,10), Ben [0,10): po = 1, pe = 1 -> kappa undefined.
    const f = project([{ text: 'abcdefghij' }, { text: 'only Amal coded this' }])
    const x = (await f.run('codes.create', { name: 'X', kind: 'need' })).id
    const y = (await f.run('codes.create', { name: 'Y', kind: 'pain' })).id
    const [doc, other] = f.docs
    f.session.coderName = 'Amal'
    await f.run('highlights.create', { documentId: doc, start: 0, end: 6, codeIds: [x] })
    await f.run('highlights.create', { documentId: doc, start: 0, end: 10, codeIds: [y] })
    await f.run('highlights.create', { documentId: other, start: 0, end: 4, codeIds: [x] })
    f.session.coderName = 'Ben'
    await f.run('highlights.create', { documentId: doc, start: 2, end: 8, codeIds: [x] })
    await f.run('highlights.create', { documentId: doc, start: 0, end: 10, codeIds: [y] })
    const r = await f.run('coding.agreement', { coderA: 'Amal', coderB: 'Ben' })
    expect(r.documentIds).toEqual([doc]) // the document only Amal coded is not compared
    expect(r.characters).toBe(10)
    const byName = Object.fromEntries(r.codes.map((c) => [c.name, c]))
    expect(byName.X).toMatchObject({ charsA: 6, charsB: 6, charsBoth: 4, percentAgreement: 60 })
    expect(byName.X.kappa).toBeCloseTo(1 / 6, 10)
    expect(byName.Y).toMatchObject({ percentAgreement: 100, kappa: null })
    expect(r.csv.split('\r\n')[1]).toBe('X,need,6,6,4,10,60,0.1667')
  })

  it('counts an emoji as one character', async () => {
    const f = project([{ text: 'go 🚀 now' }])
    const x = (await f.run('codes.create', { name: 'X', kind: 'need' })).id
    f.session.coderName = 'Amal'
    await f.run('highlights.create', { documentId: f.docs[0], start: 3, end: 5, codeIds: [x] })
    f.session.coderName = 'Ben'
    await f.run('highlights.create', { documentId: f.docs[0], start: 0, end: 2, codeIds: [x] })
    const r = await f.run('coding.agreement', { coderA: 'Amal', coderB: 'Ben' })
    expect(r.characters).toBe(8) // "go 🚀 now" is 9 UTF-16 units, 8 characters
    expect(r.codes[0]).toMatchObject({ charsA: 1, charsB: 2, charsBoth: 0, percentAgreement: 62.5 })
  })

  it('names the coders it knows when one is missing', async () => {
    const f = project([{ text: 'abc' }])
    await expect(f.run('coding.agreement', { coderA: 'Amal', coderB: 'Zed' })).rejects.toThrow(/no coder called “Amal”/)
  })

  it('kappa of perfect and of chance-level disagreement', () => {
    expect(kappaOf(5, 0, 0, 5).kappa).toBe(1)
    expect(kappaOf(0, 5, 5, 0).kappa).toBe(-1)
  })
})
