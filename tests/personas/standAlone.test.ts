/**
 * Personas that stand on their own, on a study nobody has coded: a generated survey export with
 * planted segments, planted open answers per segment (many members in the very same words) and a
 * job-title and industry question, imported through the real importer, segmented on its answers,
 * saved, and drafted. Every card must speak in its own members' words (uncoded, marked so), carry
 * a person's name and a role from its members' answers, and drafting again must update, not add.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Persona } from '../../src/shared/persona/content'
import { PERSON_NAMES } from '../../src/shared/persona/personNames'
import { jaccard, NEAR_DUPLICATE, shingles } from '../../src/main/services/personas/openQuotes'
import { dispatch } from '../../src/main/dispatch'
import { surveyProject } from '../segments-service/fixture'
import { OPEN_ANSWERS, plantedSurvey, SELF_DESCRIBED } from '../segments-service/plantedSurvey'

async function draftedStudy(
  language: 'en' | 'ar' = 'en',
  survey: Parameters<typeof plantedSurvey>[0] = { perGroup: 40, openAnswers: true, roles: true, seed: 11 },
) {
  const s = plantedSurvey(survey)
  const p = await surveyProject(s.csv)
  const run = await p.run('segments.run', { inputs: ['answers'], k: 3, seed: 3, resamples: 0 })
  await p.run('segments.saveRun', { runId: run.runId })
  const personas = await p.run('personas.draftAll', { language })
  const db = p.session.project!.db
  const members = (segmentId: number) =>
    new Set(db.prepare('SELECT participant_id FROM segment_members WHERE segment_id = ?').pluck().all(segmentId) as number[])
  /** The planted group most of a segment's members belong to. */
  const groupOf = (segmentId: number) => {
    const labels = db
      .prepare('SELECT p.label FROM segment_members m JOIN participants p ON p.id = m.participant_id WHERE m.segment_id = ?')
      .pluck()
      .all(segmentId) as string[]
    const tally = [0, 0, 0]
    for (const l of labels) tally[s.truth.get(l)!]++
    return tally.indexOf(Math.max(...tally))
  }
  const documentText = (id: number) => db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(id) as string
  return { p, s, personas, members, groupOf, documentText }
}

function quoteBlocks(persona: Persona): string[] {
  const html = persona.content.sections.find((x) => x.kind === 'quotes')!.html
  return html.match(/<blockquote\b[\s\S]*?<\/blockquote>/g) ?? []
}

describe('quotes before coding', () => {
  it('gives every persona at least two of its own members’ open answers, typical of its planted group, none a near-duplicate', async () => {
    const { personas, members, groupOf, documentText } = await draftedStudy()
    expect(personas).toHaveLength(3)
    for (const persona of personas) {
      const own = members(persona.segmentId!)
      const uncoded = persona.content.uncoded
      expect(uncoded.length).toBeGreaterThanOrEqual(2)
      for (const q of uncoded) {
        expect(own.has(q.participantId)).toBe(true)
        // Verbatim: the quote is the member's answer as it stands in the document.
        expect(documentText(q.documentId).slice(q.start, q.end)).toBe(q.text)
        expect(q.sourceKind).toBe('survey')
      }
      for (let i = 0; i < uncoded.length; i++)
        for (let j = i + 1; j < uncoded.length; j++)
          expect(jaccard(shingles(uncoded[i].text), shingles(uncoded[j].text))).toBeLessThan(NEAR_DUPLICATE)
      // Typical of the segment: its planted theme, not a generic remark nor another group's theme.
      const theme = OPEN_ANSWERS[groupOf(persona.segmentId!)]
      const onTheme = uncoded.filter((q) => theme.some((t) => q.text.startsWith(t))).length
      expect(onTheme / uncoded.length).toBeGreaterThanOrEqual(0.75)
      // On the card each uncoded quote is marked as such, with who said it.
      const blocks = quoteBlocks(persona)
      expect(blocks).toHaveLength(uncoded.length)
      for (const [i, q] of uncoded.entries()) {
        expect(blocks[i]).toContain(`data-quote-ref="${q.ref}"`)
        expect(blocks[i]).toContain('<span class="uncoded">uncoded</span>')
      }
    }
  })

  it('puts coded highlights first once a member’s answer is coded, and marks uncoded quotes in Arabic on an Arabic card', async () => {
    const { p, personas } = await draftedStudy()
    const persona = personas[0]
    const quote = persona.content.uncoded[0]
    const code = await p.run('codes.create', { name: 'Price decides', kind: 'need' })
    const highlight = await p.run('highlights.create', {
      documentId: quote.documentId,
      start: quote.start,
      end: quote.end,
      codeIds: [code.id],
    })
    const again = await p.run('personas.draftFromSegment', { segmentId: persona.segmentId!, language: 'en' })
    const blocks = quoteBlocks(again)
    expect(blocks[0]).toContain(`data-highlight-id="${highlight.id}"`)
    expect(blocks.slice(1).every((b) => b.includes('data-quote-ref'))).toBe(true)
    // The coded words are not repeated as an uncoded quote, nor anything near them.
    for (const q of again.content.uncoded) expect(jaccard(shingles(q.text), shingles(quote.text))).toBeLessThan(NEAR_DUPLICATE)

    const ar = await p.run('personas.draftFromSegment', { segmentId: persona.segmentId!, language: 'ar' })
    expect(quoteBlocks(ar).some((b) => b.includes('<span class="uncoded">غير مُرمَّز</span>'))).toBe(true)
  })

  it('lets the researcher keep one quote and replace another; drafting again keeps the kept and never brings back the replaced', async () => {
    const { p, personas, members } = await draftedStudy()
    const persona = personas[1]
    const [keep, replace] = persona.content.uncoded
    await p.run('personas.keepQuote', { personaId: persona.id, ref: keep.ref })
    const replaced = await p.run('personas.replaceQuote', { personaId: persona.id, ref: replace.ref })
    expect(replaced.content.uncoded.map((q) => q.ref)).not.toContain(replace.ref)
    expect(replaced.content.uncoded).toHaveLength(persona.content.uncoded.length)
    const fresh = replaced.content.uncoded.find((q) => !persona.content.uncoded.some((o) => o.ref === q.ref))!
    expect(members(persona.segmentId!).has(fresh.participantId)).toBe(true)
    expect(quoteBlocks(replaced).join('')).not.toContain(replace.ref)
    expect(quoteBlocks(replaced).join('')).toContain(fresh.ref)

    const again = await p.run('personas.draftFromSegment', { segmentId: persona.segmentId!, language: 'en' })
    expect(again.content.uncoded.find((q) => q.ref === keep.ref)?.kept).toBe(true)
    expect(again.content.uncoded.map((q) => q.ref)).not.toContain(replace.ref)

    const bad = await dispatch(p.session, 'personas.replaceQuote', { personaId: persona.id, ref: 'd99999-0-10' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.message).toMatch(/has no uncoded quote d99999-0-10/)
  })
})

describe('the deck', () => {
  it('prints each card’s name, role and uncoded quotes (marked), and lists those quotes in the evidence appendix', async () => {
    const { p, personas } = await draftedStudy()
    const out = join(p.dir, 'deck.pdf')
    const r = await p.run('export.persona', { all: true, format: 'pdf', page: 'a4', out })
    const text = (first: number, last: number) =>
      execFileSync('pdftotext', ['-raw', '-f', String(first), '-l', String(last), '-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      )
    const cards = text(2, 1 + personas.length)
    for (const persona of personas) {
      expect(cards).toContain(persona.name)
      expect(cards).toContain(persona.content.role)
    }
    expect(cards.match(/UNCODED|uncoded/g)?.length).toBeGreaterThanOrEqual(2 * personas.length)
    const appendix = text(2 + personas.length, r.pages!)
    for (const persona of personas) for (const q of persona.content.uncoded) expect(appendix).toContain(q.text.slice(0, 40))
  }, 120_000)
})

describe('a person with a role', () => {
  it('names each persona from the neutral pool (never twice) and gives it a role from its members’ job and industry answers', async () => {
    const { personas, groupOf } = await draftedStudy()
    const names = personas.map((x) => x.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(PERSON_NAMES.en).toContain(name)
    const roles = ['finance manager in retail', 'dispatcher in logistics', 'data analyst in healthcare']
    for (const persona of personas) {
      expect(persona.content.role.toLowerCase()).toBe(roles[groupOf(persona.segmentId!)])
      // The need-based line is the tagline; no column wording ever reaches the role.
      expect(persona.content.tagline).not.toBe('')
      expect(persona.content.role).not.toMatch(/::|select all|\?/i)
    }
    // Each study its own people: three studies of the same kind do not all meet the same three names.
    const others = [await draftedStudy(), await draftedStudy()]
    const casts = [names, ...others.map((o) => o.personas.map((x) => x.name))].map((c) => [...c].sort().join(', '))
    expect(new Set(casts).size).toBeGreaterThan(1)
    const ar = await draftedStudy('ar')
    for (const persona of ar.personas) {
      expect(PERSON_NAMES.ar).toContain(persona.name)
      // English answers on an Arabic card: each isolated, so "في" joins them in right-to-left order.
      const [title, industry] = roles[ar.groupOf(persona.segmentId!)].split(' in ')
      expect(persona.content.role.toLowerCase()).toBe(`\u2068${title}\u2069 في \u2068${industry}\u2069`)
    }
  })

  it('in a consumer poll with no job question, takes the role from how most members describe themselves, in the study’s language', async () => {
    for (const language of ['en', 'ar'] as const) {
      const { personas, groupOf } = await draftedStudy(language, { perGroup: 40, seed: 5, language, selfDescribed: true })
      expect(personas).toHaveLength(3)
      for (const persona of personas) {
        // Group 0 says yes (85%); the others mostly no: a role only where it speaks for most members.
        expect(persona.content.role).toBe(groupOf(persona.segmentId!) === 0 ? SELF_DESCRIBED[language].role : '')
      }
    }
  })

  it('refuses a name another persona already has', async () => {
    const { p, personas } = await draftedStudy()
    const clash = await dispatch(p.session, 'personas.update', { id: personas[1].id, name: personas[0].name.toUpperCase() })
    expect(clash.ok).toBe(false)
    if (!clash.ok) expect(clash.error.message).toMatch(/already called/)
  })
})

describe('drafting again', () => {
  it('gives a card from before persons had names (its need line as name, no tagline) a name and its need line as tagline', async () => {
    const { p, personas } = await draftedStudy()
    const [first] = personas
    const db = p.session.project!.db
    db.prepare(
      "UPDATE personas SET name = 'Cost first', content = json_remove(content, '$.tagline', '$.role', '$.uncoded') WHERE id = ?",
    ).run(first.id)
    const again = await p.run('personas.draftFromSegment', { segmentId: first.segmentId!, language: 'en' })
    expect(again.id).toBe(first.id)
    expect(PERSON_NAMES.en).toContain(again.name)
    expect(again.content.tagline).toBe(first.content.tagline)
  })

  it('updates the cards drafted from the same segments, keeping the researcher’s edits and refreshing the rest', async () => {
    const { p, personas } = await draftedStudy()
    const [first] = personas
    await p.run('personas.update', { id: first.id, role: 'Head of purchasing', name: 'Nadia Q.' })
    // A stale part the researcher never touched: drafting again must write it afresh.
    const db = p.session.project!.db
    const stale = { ...first.content, context: 'stale context', tagline: 'stale tagline' }
    db.prepare("UPDATE personas SET content = json_set(content, '$.context', ?, '$.tagline', ?) WHERE id = ?").run(
      stale.context,
      stale.tagline,
      first.id,
    )
    const again = await p.run('personas.draftAll', { language: 'en' })
    expect(again.map((x) => x.id)).toEqual(personas.map((x) => x.id))
    expect(await p.run('personas.list')).toHaveLength(3)
    const updated = await p.run('personas.get', { id: first.id })
    expect(updated.name).toBe('Nadia Q.')
    expect(updated.content.role).toBe('Head of purchasing')
    expect(updated.content.context).toBe(first.content.context)
    expect(updated.content.tagline).toBe(first.content.tagline)
    expect(updated.content.edited).toEqual(expect.arrayContaining(['name', 'role']))
  })
})
