/**
 * Anonymised copies that are anonymous: no participant name or id, identifying attribute value,
 * source or file name survives anywhere in the copy's bytes; names mentioned inside other
 * people's text are replaced too (Arabic included); highlights still cover the same words after
 * replacements that change the text's length; the copy says what it replaced, as counts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openProject } from '../../src/main/db/open'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { identifiesByDefault } from '../../src/main/services/interop/anonymiseTerms'
import { buildSampleProject } from '../../src/main/sample/content'
import { SettingsStore } from '../../src/main/services/settings/store'
import { project, spanOf } from '../coding/fixture'
import { tempDir } from '../helpers/tmp'

/** What identifies people in a project, read from the project itself (nothing hard-coded). */
function identifyingValues(db: Database.Database): { kind: string; value: string }[] {
  const out: { kind: string; value: string }[] = []
  for (const p of db.prepare('SELECT label, display_name FROM participants').raw().all() as [string, string | null][]) {
    out.push({ kind: 'participant', value: p[0] })
    if (p[1]) out.push({ kind: 'participant', value: p[1] })
  }
  const aliases = db.prepare("SELECT value FROM project_meta WHERE key = 'participants.aliases'").pluck().get() as string | undefined
  for (const label of Object.keys(aliases ? JSON.parse(aliases) : {})) out.push({ kind: 'participant', value: label })
  const identifying = new Set(
    (db.prepare('SELECT id, name FROM attributes').all() as { id: number; name: string }[])
      .filter((a) => identifiesByDefault(a.name))
      .map((a) => String(a.id)),
  )
  for (const attrs of db.prepare('SELECT attrs FROM participant_values').pluck().all() as string[])
    for (const [k, v] of Object.entries(JSON.parse(attrs) as Record<string, string | null>))
      if (identifying.has(k) && v && v.trim()) out.push({ kind: 'attribute', value: v.trim() })
  for (const s of db.prepare('SELECT name, file_name FROM sources').raw().all() as [string, string | null][]) {
    out.push({ kind: 'source', value: s[0] })
    if (s[1]) out.push({ kind: 'file', value: s[1] })
  }
  return out.filter((v) => v.value.length >= 3)
}

/** Every value found in the file's bytes, case-insensitively for Latin letters. */
function foundInBytes(file: string, values: { kind: string; value: string }[]): string[] {
  const bytes = readFileSync(file).toString('latin1').toLowerCase()
  return values
    .filter((v) => bytes.includes(Buffer.from(v.value, 'utf8').toString('latin1').toLowerCase()))
    .map((v) => `${v.kind}: ${v.value}`)
}

describe('anonymised copy of the sample project', () => {
  // One sample for the tests below (built once: it takes seconds); removed after them.
  const dir = mkdtempSync(join(tmpdir(), 'needle-anon-'))
  afterAll(() => {
    session?.closeProject()
    rmSync(dir, { recursive: true, force: true })
  })
  const original = join(dir, 'sample.needle')
  const copy = join(dir, 'sample-anonymised.needle')
  let session: Session
  let values: { kind: string; value: string }[]
  let result: Awaited<ReturnType<typeof call<'project.exportForSharing'>>>

  beforeAll(async () => {
    await buildSampleProject(original)
    session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
    await call(session, 'project.open', { path: original })
    values = identifyingValues(session.project!.db)
    result = await call(session, 'project.exportForSharing', { path: copy, anonymise: true })
  }, 120_000)

  it('a byte scan finds none of the sample’s names, ids, companies or file names', () => {
    // The list is real: the sample has named speakers, account ids, companies and named files.
    expect(values.filter((v) => v.kind === 'participant').length).toBeGreaterThan(100)
    expect(values.filter((v) => v.kind === 'attribute').length).toBeGreaterThan(20)
    expect(values.map((v) => v.value)).toContain('interview-hackney-hare-couriers.vtt')
    // The same scan finds them all in the original, so a miss in the copy means they are gone.
    expect(foundInBytes(original, values).length).toBeGreaterThan(values.length * 0.9)
    expect(foundInBytes(copy, values)).toEqual([])
  })

  it('says what it replaced as counts per kind, without listing the originals', () => {
    const sources = session.project!.db.prepare('SELECT count(*) FROM sources').pluck().get() as number
    expect(result.replaced).toMatchObject({ participants: 140, sources })
    expect(result.replaced!.attributeValues).toBeGreaterThan(20)
    expect(result.replaced!.mentions).toBeGreaterThan(100)
    const c = openProject(copy, { readOnly: true })
    try {
      const stored = JSON.parse(c.db.prepare("SELECT value FROM project_meta WHERE key = 'anonymised'").pluck().get() as string)
      expect(stored.replaced).toEqual(result.replaced)
      // Persona quotes cite pseudonyms, and the search index no longer knows the names.
      const content = c.db.prepare('SELECT group_concat(content) FROM personas').pluck().get() as string
      expect(content).toMatch(/<cite>P\d{3}<\/cite>/)
      expect(c.db.prepare("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'hackney'").pluck().get()).toBe(0)
      expect(c.db.prepare("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'delivery'").pluck().get()).toBeGreaterThan(0)
      // Every highlight still covers text (re-anchored, never empty or past the end).
      const bad = c.db
        .prepare(
          'SELECT count(*) FROM highlights h JOIN documents d ON d.id = h.document_id WHERE h.end > length(d.text) OR h.end <= h.start',
        )
        .pluck()
        .get()
      expect(bad).toBe(0)
    } finally {
      c.close()
    }
    // The open project is untouched.
    expect(session.project!.db.prepare("SELECT count(*) FROM participants WHERE label = 'Dan Okafor'").pluck().get()).toBe(1)
  })
})

describe('anonymising text', () => {
  const docs = [
    {
      text: 'Dana Levi: Ask Omar, he runs Hare Couriers. Mail dana@harecouriers.example or call +44 20 7946 0958. We switched after Gareth at Parcelwise left.',
      title: 'Call with Dana Levi',
      participant: 'Dana Levi',
      attributes: { 'Company name': 'Hare Couriers', Plan: 'Pro' },
    },
    { text: 'Omar Haddad: Dana said the vans from Parcelwise are late again.', participant: 'Omar Haddad' },
    { text: 'مريم الهاشمي: أخبرتني ومريم الأخرى أن التوصيل متأخر.', participant: 'مريم الهاشمي' },
  ]

  it('replaces names inside other people’s text (Arabic with its joined "and" too) and keeps every highlight on its words', async () => {
    const f = project(docs)
    const need = (await f.run('codes.create', { name: 'Switching supplier', kind: 'need' })).id
    const phrase = 'We switched after Gareth at Parcelwise left'
    await f.run('highlights.create', { documentId: f.docs[0], ...spanOf(docs[0].text, phrase), codeIds: [need] })
    await f.run('highlights.create', {
      documentId: f.docs[1],
      ...spanOf(docs[1].text, 'the vans from Parcelwise are late'),
      codeIds: [need],
    })
    await f.run('highlights.create', { documentId: f.docs[2], ...spanOf(docs[2].text, 'التوصيل متأخر'), codeIds: [need] })
    // A highlight that starts inside a name still covers the whole pseudonym.
    await f.run('highlights.create', { documentId: f.docs[1], start: 2, end: 17, codeIds: [need] })

    const review = await f.run('project.sharingReview', {})
    expect(review.attributes.find((a) => a.name === 'Company name')?.identifying).toBe(true)
    expect(review.attributes.find((a) => a.name === 'Plan')?.identifying).toBe(false)
    const detected = review.detected.map((d) => `${d.kind}:${d.text}`)
    expect(detected).toEqual(
      expect.arrayContaining(['name:Gareth', 'name:Parcelwise', 'email:dana@harecouriers.example', 'phone:+44 20 7946 0958']),
    )
    // Known people and companies are replaced anyway, so they are not asked about.
    expect(detected.filter((d) => /Dana|Omar|Hare Couriers/.test(d))).toEqual([])

    const target = join(tempDir(), 'shared.needle')
    const r = await f.run('project.exportForSharing', { path: target, anonymise: true, maskNames: ['Parcelwise'] })
    expect(r.replaced).toMatchObject({ participants: 3, attributeValues: 1, names: 1, emails: 1, phones: 1 })
    const c = openProject(target, { readOnly: true })
    try {
      const texts = c.db.prepare('SELECT text FROM documents ORDER BY id').pluck().all() as string[]
      const [dana, omar, maryam] = c.db.prepare('SELECT label FROM participants ORDER BY id').pluck().all() as string[]
      expect(texts[0]).toBe(
        `${dana}: Ask ${omar}, he runs Company name 1. Mail [email] or call [phone]. We switched after Gareth at [name 1] left.`,
      )
      expect(texts[1]).toBe(`${omar}: ${dana} said the vans from [name 1] are late again.`)
      expect(texts[2]).toBe(`${maryam}: أخبرتني و${maryam} الأخرى أن التوصيل متأخر.`)
      const spans = c.db
        .prepare(
          'SELECT d.id, substr(d.text, h.start + 1, h.end - h.start) AS words FROM highlights h JOIN documents d ON d.id = h.document_id ORDER BY h.id',
        )
        .all() as { words: string }[]
      expect(spans.map((s) => s.words)).toEqual([
        'We switched after Gareth at [name 1] left',
        'the vans from [name 1] are late',
        'التوصيل متأخر',
        `${omar}: ${dana}`,
      ])
      expect(c.db.prepare('SELECT attrs FROM participant_values ORDER BY participant_id').pluck().get()).toContain('"Company name 1"')
      expect(c.db.prepare('SELECT title FROM documents ORDER BY id').pluck().get()).toBe(`Call with ${dana}`)
    } finally {
      c.close()
    }
    expect(existsSync(`${target}-journal`) || existsSync(`${target}-wal`)).toBe(false)
    const bytes = readFileSync(target)
    for (const gone of ['Dana', 'Levi', 'Haddad', 'Hare Couriers', 'Parcelwise', 'harecouriers', '7946', 'مريم', 'الهاشمي'])
      expect(bytes.includes(Buffer.from(gone)), gone).toBe(false)
  })

  it('uncoded quotes on persona cards still point at their own words after names before them change length', async () => {
    // Interviews whose quoted turns come after a question that names the member: replacing the name
    // moves every offset after it. The source's own name ("interview source") is a word of the card too.
    const turn = (name: string, question: string, answer: string) => {
      const asked = `Interviewer: ${name}, ${question}\n`
      return {
        text: `${asked}${name}: ${answer}`,
        participant: name,
        attributes: { Plan: 'Pro' },
        utterances: [
          ['Interviewer', 0, asked.length - 1],
          [name, asked.length, asked.length + name.length + 2 + answer.length],
        ] as [string, number, number][],
      }
    }
    const f = project([
      turn(
        'Dana Levi',
        'what goes wrong with the routes?',
        'The driver app loses the route whenever the signal drops in the valley and we redo every stop by hand.',
      ),
      turn(
        'Omar Haddad',
        'and billing?',
        'Invoices arrive with the wrong depot on them every month, so finance chases each one before paying.',
      ),
    ])
    const segment = await f.run('segments.createRule', {
      name: 'Pro plan',
      rule: { all: [{ type: 'attribute', attribute: 'Plan', op: 'equals', value: 'Pro' }] },
    })
    const drafted = await f.run('personas.draftFromSegment', { segmentId: segment.id })
    expect(drafted.content.uncoded.length).toBeGreaterThan(0)

    const target = join(tempDir(), 'quotes.needle')
    await f.run('project.exportForSharing', { path: target, anonymise: true, maskNames: [] })
    const c = openProject(target, { readOnly: true })
    try {
      const cards = c.db.prepare('SELECT content FROM personas').pluck().all() as string[]
      const quotes = cards.flatMap(
        (json) =>
          (
            JSON.parse(json) as {
              uncoded: { ref: string; documentId: number; start: number; end: number; text: string; sourceKind: string }[]
            }
          ).uncoded,
      )
      expect(quotes.length).toBe(drafted.content.uncoded.length)
      for (const q of quotes) {
        const text = c.db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(q.documentId) as string
        expect(text.slice(q.start, q.end)).toBe(q.text)
        expect(q.ref).toBe(`d${q.documentId}-${q.start}-${q.end}`)
        expect(q.text).not.toMatch(/Dana|Omar|Levi|Haddad/)
        expect(q.sourceKind).toBe('interview')
      }
      // The card's blockquotes carry the same references.
      for (const json of cards) {
        const refs = [...json.matchAll(/data-quote-ref=\\"(d[0-9-]+)\\"/g)].map((m) => m[1])
        expect(refs.sort()).toEqual(quotes.map((q) => q.ref).sort())
      }
    } finally {
      c.close()
    }
  })

  it('the researcher decides which attributes identify people', async () => {
    const f = project(docs)
    const target = join(tempDir(), 'plans.needle')
    const r = await f.run('project.exportForSharing', { path: target, anonymise: true, identifyingAttributes: ['Plan'], maskNames: [] })
    expect(r.replaced).toMatchObject({ attributeValues: 1, names: 0 })
    const c = openProject(target, { readOnly: true })
    try {
      const attrs = c.db.prepare('SELECT attrs FROM participant_values ORDER BY participant_id').pluck().get() as string
      expect(attrs).toContain('"Plan 1"')
      expect(attrs).toContain('"Hare Couriers"') // not marked this time, so kept
    } finally {
      c.close()
    }
  })
})
