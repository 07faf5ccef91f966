import { describe, expect, it } from 'vitest'
import { PERSON_NAMES } from '../../src/shared/persona/personNames'
import { TEXTS, study } from './fixture'

describe('drafting a persona from a segment', () => {
  it('ranks needs by opportunity within the segment (14, 12, 6 by hand), not by pooled ratings', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    expect(p.content.facts.needs.slice(0, 3).map((n) => [n.codeId, n.opportunity])).toEqual([
      [s.needs.A, 14],
      [s.needs.C, 12],
      [s.needs.B, 6],
    ])
    const needs = p.content.sections.find((x) => x.kind === 'needs')!
    expect(needs.html.indexOf('Same-day dispatch')).toBeLessThan(needs.html.indexOf('Offline mode'))
    expect(needs.html.indexOf('Offline mode')).toBeLessThan(needs.html.indexOf('Clear invoices'))
    expect(p.content.facts).toMatchObject({ n: 5, share: 0.5 })
  })

  it('names the card with a person’s name from the neutral pool, keeps its top needs as tagline, and draws the avatar locally', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    expect(PERSON_NAMES.en).toContain(p.name)
    expect(p.content.tagline).toBe('Same-day dispatch first, then offline mode')
    expect(['initials', 'pattern']).toContain(p.content.avatar.kind)
    expect(p.hasImage).toBe(false)
  })

  it('quotes representative members verbatim, each quote linked to its real highlight', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    const quotes = p.content.sections.find((x) => x.kind === 'quotes')!
    expect(quotes.evidence.length).toBeGreaterThanOrEqual(3)
    const evidence = await s.run('personas.evidence', { personaId: p.id })
    for (const id of quotes.evidence) {
      const q = evidence.find((e) => e.highlightId === id)!
      expect(q).toBeDefined()
      // The quote is the highlighted span of a real document, and the card prints it as it was said.
      expect(TEXTS.some((t) => t.includes(q.text))).toBe(true)
      expect(quotes.html).toContain(q.text)
      expect(quotes.html).toContain(`data-highlight-id="${id}"`)
    }
    // Only members speak for the segment (P6-P10 are outside it).
    expect(quotes.evidence).not.toContain(s.h.p7)
    expect(quotes.evidence).not.toContain(s.h.p8)
    const urgency = p.content.sections.find((x) => x.kind === 'urgency')!
    expect(urgency.html).toContain('7 Aug 2024')
    expect(urgency.html).toContain('severity up to 3 of 4')
    expect(p.content.footer).toMatchObject({ participants: 5, sources: 1, confidence: 'stable', stability: 0.82 })
  })

  it('drafts in Arabic with Arabic headings and a right-to-left direction', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'ar' })
    expect(p.direction).toBe('rtl')
    expect(p.content.sections.find((x) => x.kind === 'needs')!.title).toBe('الاحتياجات مرتبة حسب الفرصة')
    expect(PERSON_NAMES.ar).toContain(p.name)
    expect(p.content.tagline).toContain('أولًا')
  })

  it('draftAll makes one card per saved segment; a project without segments gets a clear refusal', async () => {
    const s = await study()
    const all = await s.run('personas.draftAll', { language: 'en' })
    expect(all.map((p) => p.segmentId)).toEqual([s.segmentId])
    expect((await s.run('personas.list')).map((p) => p.id)).toEqual([all[0].id])
    s.session.project!.db.prepare('DELETE FROM segments').run()
    await expect(s.run('personas.draftAll', { language: 'en' })).rejects.toThrow(/no saved segments/)
  })
})

describe('editing a persona', () => {
  it('renames, reorders, hides, adds a section, and keeps evidence in step with highlights', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    const u = await s.run('personas.update', {
      id: p.id,
      name: 'The same-day dispatcher',
      context: 'Pharmacies that live by the 4pm pickup.',
      sections: [
        { id: 'pains', order: 0 },
        { id: 'goals', hidden: true },
        { id: 'custom-1', title: 'What to build', html: '<p>A pickup alarm at <strong>3:30pm</strong>.</p>' },
      ],
    })
    expect(u.name).toBe('The same-day dispatcher')
    expect(u.content.sections.find((x) => x.id === 'goals')!.hidden).toBe(true)
    expect(u.content.sections.find((x) => x.id === 'custom-1')).toMatchObject({
      kind: 'custom',
      html: '<p>A pickup alarm at <strong>3:30pm</strong>.</p>',
    })

    const attached = await s.run('personas.attachEvidence', {
      personaId: p.id,
      sectionId: 'custom-1',
      highlightId: s.h.p3,
      statement: 'pickup alarm',
    })
    expect(attached.content.sections.find((x) => x.id === 'custom-1')!.evidence).toEqual([s.h.p3])
    const ev = await s.run('personas.evidence', { personaId: p.id })
    expect(ev.find((e) => e.highlightId === s.h.p3)).toMatchObject({
      documentTitle: 'Interview P3',
      participant: 'P3',
      sections: expect.arrayContaining(['custom-1']),
    })
    const detached = await s.run('personas.detachEvidence', { personaId: p.id, sectionId: 'custom-1', highlightId: s.h.p3 })
    expect(detached.content.sections.find((x) => x.id === 'custom-1')!.evidence).toEqual([])

    // A highlight deleted in the coding view disappears from every card that cited it.
    await s.run('highlights.delete', { id: s.h.p1 })
    const after = await s.run('personas.get', { id: p.id })
    expect(after.content.sections.flatMap((x) => x.evidence)).not.toContain(s.h.p1)
    await expect(s.run('personas.attachEvidence', { personaId: p.id, sectionId: 'nope', highlightId: s.h.p3 })).rejects.toThrow(
      /no section "nope"/,
    )
  })

  it('switches language and retitles sections that kept their default titles', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    const u = await s.run('personas.update', { id: p.id, language: 'ar', sections: [{ id: 'pains', title: 'Where it hurts' }] })
    expect(u.direction).toBe('rtl')
    expect(u.content.sections.find((x) => x.id === 'goals')!.title).toBe('الأهداف')
    expect(u.content.sections.find((x) => x.id === 'pains')!.title).toBe('Where it hurts')
  })
})

describe('sanitising rich text', () => {
  it('strips scripts, event handlers and javascript: links before a section is stored', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    const u = await s.run('personas.update', {
      id: p.id,
      sections: [
        {
          id: 'goals',
          html: '<p>Ship <em>fast</em><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a><b onclick="y()">ok</b></p>',
        },
      ],
    })
    const html = u.content.sections.find((x) => x.id === 'goals')!.html
    expect(html).toContain('<em>fast</em>')
    expect(html).toContain('<b>ok</b>')
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|<img/i)
  })

  it('sanitises again what a project file from elsewhere holds, before it is printed', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    // Someone else's copy wrote the card without Needle's sanitiser.
    const db = s.session.project!.db
    const raw = JSON.parse(db.prepare('SELECT content FROM personas WHERE id = ?').pluck().get(p.id) as string)
    raw.sections[0].html = '<p>hello</p><script>window.pwned=1</script><img src="x" onerror="alert(1)">'
    db.prepare('UPDATE personas SET content = ? WHERE id = ?').run(JSON.stringify(raw), p.id)
    const { loadForExport, cardDocument } = await import('../../src/main/services/exports/personas/render')
    const html = cardDocument(loadForExport(db, [p.id])[0], 'a4')
    expect(html).toContain('hello')
    expect(html).not.toMatch(/pwned|onerror/)
    // Our own fit script is the only script in the page, and it carries the page's nonce.
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).toMatch(/<script nonce="[^"]+">/)
  })

  it('refuses an avatar that is not a picture or is too large', async () => {
    const s = await study()
    const p = await s.run('personas.draftFromSegment', { segmentId: s.segmentId, language: 'en' })
    const { writeFileSync } = await import('node:fs')
    const { tempDir } = await import('../helpers/tmp')
    const dir = tempDir()
    writeFileSync(`${dir}/fake.png`, '<svg onload="alert(1)"/>')
    await expect(s.run('personas.setAvatarImage', { personaId: p.id, path: `${dir}/fake.png` })).rejects.toThrow(/not a PNG, JPEG or WebP/)
    writeFileSync(
      `${dir}/big.png`,
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3 * 1024 * 1024)]),
    )
    await expect(s.run('personas.setAvatarImage', { personaId: p.id, path: `${dir}/big.png` })).rejects.toThrow(/at most 2 MB/)
  })
})
