/**
 * The sample ships with its personas: three English cards and one Arabic card. The Arabic card is
 * written in Arabic (its codebook is English, so a plain draft would print English code names),
 * cites the real highlights of the Arabic interview, and its PDF, PNG and Markdown read in Arabic
 * but for proper nouns.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { htmlToText } from '../../src/shared/persona/richText'
import type { PersonaContent } from '../../src/shared/persona/content'
import { ARABIC_ACCOUNT, ARABIC_INTERVIEW } from '../../src/main/services/personas/sampleArabic'
import { needle } from '../cli/run'

/** Words an Arabic card keeps in Latin letters: the product's and the app's names. */
const PROPER = /\b(Tidewater|Needle)\b/g
const latinWords = (text: string) => [...text.replace(PROPER, '').matchAll(/[A-Za-z]+/g)].map((m) => m[0])
/** Arabic as poppler extracts it: bidi controls around runs, and spaces where ligatures join letters. */
const arabicLetters = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\s]/g, '')

interface Row {
  id: number
  name: string
  language: 'en' | 'ar'
  segment_id: number
  content: string
}

let work: string
let path: string
let db: Database.Database
let arabic: Row & { card: PersonaContent }

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'needle-sample-personas-'))
  process.env.NEEDLE_HOME = join(work, 'home')
  const { buildSampleProject } = await import('../../src/main/sample/content')
  path = join(work, 'sample.needle')
  await buildSampleProject(path)
  db = new Database(path, { readonly: true })
  const row = db.prepare("SELECT id, name, language, segment_id, content FROM personas WHERE language = 'ar'").get() as Row
  arabic = { ...row, card: JSON.parse(row.content) as PersonaContent }
}, 120_000)

afterAll(() => {
  db?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('the sample’s personas', () => {
  it('are one English card per segment and one Arabic card, on the segment of the company interviewed in Arabic', () => {
    const rows = db.prepare('SELECT language, count(*) AS n FROM personas GROUP BY language ORDER BY language').all()
    const segments = db.prepare('SELECT count(*) FROM segments').pluck().get() as number
    expect(rows).toEqual([
      { language: 'ar', n: 1 },
      { language: 'en', n: segments },
    ])
    const account = db
      .prepare(
        `SELECT m.segment_id FROM segment_members m JOIN participant_attributes v ON v.participant_id = m.participant_id
           JOIN attributes a ON a.id = v.attribute_id WHERE a.name = 'Account name' AND v.value = ?`,
      )
      .pluck()
      .get(ARABIC_ACCOUNT)
    expect(arabic.segment_id).toBe(account)
  })

  it('writes the Arabic card in Arabic: name, context, segment, needs and every section', () => {
    const c = arabic.card
    const words = [
      arabic.name,
      c.context,
      c.facts.segmentName ?? '',
      ...c.facts.needs.map((n) => n.name),
      ...c.sections.flatMap((s) => [s.title, htmlToText(s.html)]),
    ].join('\n')
    expect(latinWords(words)).toEqual([])
    for (const kind of ['quotes', 'needs', 'goals', 'pains', 'urgency', 'behaviours', 'differences', 'demographics']) {
      const s = c.sections.find((x) => x.kind === kind)!
      expect(s.hidden, kind).toBe(false)
      expect(htmlToText(s.html).length, kind).toBeGreaterThan(20)
    }
    // The measured parts are the segment's: needs ranked by opportunity, with the draft's numbers.
    const needs = c.sections.find((x) => x.kind === 'needs')!.html
    const ranked = c.facts.needs.filter((n) => n.opportunity != null && n.opportunity >= 10)
    expect(ranked.length).toBeGreaterThan(1)
    let at = -1
    for (const n of ranked) {
      const here = needs.indexOf(n.name)
      expect(here, n.name).toBeGreaterThan(at)
      expect(needs).toContain(`<code>${n.opportunity!.toFixed(1)}</code>`)
      at = here
    }
  })

  it('cites the real highlights of the Arabic interview, and quotes them word for word', () => {
    const cited = db
      .prepare(
        `SELECT e.highlight_id AS id, e.section, s.file_name AS file, substr(d.text, h.start + 1, h.end - h.start) AS text
           FROM persona_evidence e JOIN highlights h ON h.id = e.highlight_id JOIN documents d ON d.id = h.document_id
           JOIN sources s ON s.id = d.source_id WHERE e.persona_id = ?`,
      )
      .all(arabic.id) as { id: number; section: string; file: string; text: string }[]
    expect(new Set(cited.map((e) => e.file))).toEqual(new Set([ARABIC_INTERVIEW]))
    for (const kind of ['quotes', 'needs', 'goals', 'pains', 'urgency', 'behaviours'])
      expect(
        cited.some((e) => e.section === kind),
        kind,
      ).toBe(true)
    const quotes = arabic.card.sections.find((x) => x.kind === 'quotes')!
    for (const e of cited.filter((x) => x.section === 'quotes')) {
      expect(quotes.html).toContain(`data-highlight-id="${e.id}"`)
      expect(quotes.html).toContain(e.text)
    }
    // Each quote names who said it, as the interview's speaker turns have it.
    expect(htmlToText(quotes.html)).toMatch(/خالد المنصوري|مريم الهاشمي/)
  })

  it('exports the Arabic card to PDF, PNG and Markdown that read in Arabic but for proper nouns', () => {
    const home = join(work, 'home')
    const pdf = join(work, 'ar.pdf')
    const md = join(work, 'ar.md')
    const png = join(work, 'ar.png')
    for (const [format, out] of [
      ['pdf', pdf],
      ['md', md],
      ['png', png],
    ]) {
      const r = needle(['export', path, '--format', format, '--persona', String(arabic.id), '--out', out], { cwd: work, home })
      expect(r.code, r.stderr).toBe(0)
    }
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/)
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    expect(latinWords(text)).toEqual([])
    const logical = arabicLetters(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }))
    expect(logical).toContain(arabicLetters('ن = '))
    expect(logical).toContain(arabicLetters('الاحتياجات مرتبة حسب الفرصة'))

    const bytes = readFileSync(png)
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1588, 2246])

    // Markdown also lists where each quote was said: the interview's file is named as it is.
    const markdown = readFileSync(md, 'utf8')
    const file = ARABIC_INTERVIEW.replace(/\.txt$/, '')
    expect(latinWords(markdown.replaceAll(ARABIC_INTERVIEW, '').replaceAll(file, ''))).toEqual([])
    expect(markdown).toContain(`# ${arabic.name}`)
    expect(markdown).toMatch(/\(التظليل \d+\)/)
  }, 120_000)
})
