/**
 * The sample project ships coded: the codebook and both researchers' highlights from
 * resources/sample, applied through the real coding channels while the sample is built.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CODE_KINDS } from '../../src/shared/domain'
import { locateQuote, SampleCodingError, type SampleHighlight } from '../../src/main/sample/coding'
import { needle } from '../cli/run'

const ROOT = resolve(__dirname, '../..')
const SAMPLE = join(ROOT, 'resources', 'sample')
const coding = JSON.parse(readFileSync(join(SAMPLE, 'coding.json'), 'utf8')) as { highlights: SampleHighlight[] }
const planted = JSON.parse(readFileSync(join(ROOT, 'scripts', 'sample', 'planted-segments.json'), 'utf8')) as {
  needs: string[]
  segments: Record<string, { unmetNeeds: string[] }>
  assignments: Record<string, string>
}
const plantedFeedback = JSON.parse(readFileSync(join(ROOT, 'scripts', 'sample', 'planted-feedback-segments.json'), 'utf8')) as Record<
  string,
  { segment: string }
>

let work: string
let path: string
let db: Database.Database
let buildMs: number

interface Row {
  id: number
  documentId: number
  start: number
  end: number
  text: string
  coder: string
  dueDate: string | null
  severity: number | null
  whatHappened: string | null
  codes: string
  kinds: string
}

/** The researchers' highlights (the import may add its own, coder-less ones, e.g. answers coded by question). */
let highlights: Row[]
let docs: Map<string, { id: number; text: string; participant: string | null }[]>

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'needle-sample-coding-'))
  process.env.NEEDLE_HOME = join(work, 'home')
  // Imported after NEEDLE_HOME is set, so nothing reads the developer's own settings.
  const { buildSampleProject } = await import('../../src/main/sample/content')
  path = join(work, 'sample.needle')
  const t = performance.now()
  await buildSampleProject(path)
  buildMs = performance.now() - t
  console.log(`[sample coding] buildSampleProject took ${Math.round(buildMs)} ms`)
  db = new Database(path, { readonly: true })
  highlights = db
    .prepare(
      `SELECT h.id, h.document_id AS documentId, h.start, h.end, substr(d.text, h.start + 1, h.end - h.start) AS text, c.name AS coder,
              h.due_date AS dueDate, h.severity, h.what_happened AS whatHappened,
              (SELECT json_group_array(k.name) FROM highlight_codes hc JOIN codes k ON k.id = hc.code_id WHERE hc.highlight_id = h.id) AS codes,
              (SELECT json_group_array(k.kind) FROM highlight_codes hc JOIN codes k ON k.id = hc.code_id WHERE hc.highlight_id = h.id) AS kinds
         FROM highlights h JOIN documents d ON d.id = h.document_id JOIN coders c ON c.id = h.coder_id`,
    )
    .all() as Row[]
  docs = new Map()
  const rows = db
    .prepare(
      `SELECT s.file_name AS file, d.id, d.text, p.label AS participant FROM documents d JOIN sources s ON s.id = d.source_id
         LEFT JOIN participants p ON p.id = d.participant_id ORDER BY d.id`,
    )
    .all() as { file: string; id: number; text: string; participant: string | null }[]
  for (const { file, ...d } of rows) docs.set(file, [...(docs.get(file) ?? []), d])
}, 120_000)

afterAll(() => {
  db?.close()
  rmSync(work, { recursive: true, force: true })
})

const codesOf = (h: Row) => JSON.parse(h.codes) as string[]
const kindsOf = (h: Row) => JSON.parse(h.kinds) as string[]

describe('the sample project ships coded', () => {
  it('builds within a few seconds', () => {
    // ~1-1.5 s on an idle 2-core machine; the bound leaves room for a busy CI box.
    expect(buildMs).toBeLessThan(20_000)
  })

  it('saves every highlight of coding.json at its quote, with its coder and codes', () => {
    expect(highlights.length).toBe(coding.highlights.length)
    expect(coding.highlights.length).toBeGreaterThanOrEqual(120)
    // A sample a newcomer can take in (the event log's coded tickets took it just past 200).
    expect(coding.highlights.length).toBeLessThanOrEqual(220)
    for (const entry of coding.highlights) {
      const span = locateQuote(docs, entry)
      const saved = highlights.filter(
        (h) => h.documentId === span.documentId && h.start === span.start && h.end === span.end && h.coder === entry.coder,
      )
      expect(saved, entry.quote).toHaveLength(1)
      expect(saved[0].text).toBe(entry.quote)
      expect(codesOf(saved[0]).sort()).toEqual([...entry.codes].sort())
    }
  })

  it('has two coders, and passages both of them coded for agreement to measure', () => {
    const coders = new Set(highlights.map((h) => h.coder))
    expect([...coders].sort()).toEqual(['Maya Chen', 'Omar Haddad'])
    for (const coder of coders) expect(highlights.filter((h) => h.coder === coder).length).toBeGreaterThan(60)
    const overlapping = highlights.filter(
      (a) =>
        a.coder === 'Maya Chen' &&
        highlights.some((b) => b.coder === 'Omar Haddad' && b.documentId === a.documentId && b.start < a.end && a.start < b.end),
    )
    expect(overlapping.length).toBeGreaterThanOrEqual(15)
    // Not a copy: the coders disagree on spans or codes somewhere.
    const differing = overlapping.filter((a) =>
      highlights.some(
        (b) =>
          b.coder === 'Omar Haddad' &&
          b.documentId === a.documentId &&
          b.start < a.end &&
          a.start < b.end &&
          (b.start !== a.start || b.end !== a.end || b.codes !== a.codes),
      ),
    )
    expect(differing.length).toBeGreaterThanOrEqual(10)
  })

  it('uses every code kind, in a codebook with hierarchy, colours and descriptions', () => {
    const used = new Set(highlights.flatMap(kindsOf))
    expect([...used].sort()).toEqual([...CODE_KINDS].sort())
    const codes = db.prepare('SELECT name, kind, parent_id AS parentId, color, description FROM codes').all() as {
      name: string
      kind: string
      parentId: number | null
      color: string
      description: string
    }[]
    expect(codes.filter((c) => c.parentId !== null).length).toBeGreaterThan(40)
    for (const c of codes) {
      expect(c.color, c.name).toMatch(/^#[0-9a-f]{6}$/i)
      expect(c.description, c.name).not.toBe('')
    }
    for (const parent of ['Deadline', 'Emergency', 'Need']) expect(codes.some((c) => c.name === parent && c.parentId === null)).toBe(true)
  })

  it('codes on the survey needs themselves, so interview evidence and ratings meet on one code', () => {
    for (const need of planted.needs) {
      const rows = db.prepare("SELECT id FROM codes WHERE name = ? AND kind = 'need'").pluck().all(need) as number[]
      expect(rows, need).toHaveLength(1)
      expect(db.prepare('SELECT count(*) FROM ratings WHERE code_id = ?').pluck().get(rows[0]), need).toBeGreaterThan(0)
      expect(highlights.filter((h) => codesOf(h).includes(need)).length, need).toBeGreaterThanOrEqual(4)
    }
  })

  it('codes the Arabic interviews and Arabic open answers', () => {
    const arabic = highlights.filter((h) => /[\u0600-\u06FF]/.test(h.text))
    expect(arabic.length).toBeGreaterThan(40)
    const files = new Set(
      arabic.map((h) =>
        db.prepare('SELECT s.file_name FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id = ?').pluck().get(h.documentId),
      ),
    )
    for (const f of ['interview-ward-wa-sukkar-dubai.txt', 'interview-nasma-ac-riyadh.vtt', 'survey.csv', 'feedback.csv'])
      expect(files).toContain(f)
  })

  it('gives every deadline a due date and every emergency a severity and what happened', () => {
    const deadlines = highlights.filter((h) => kindsOf(h).includes('deadline'))
    const emergencies = highlights.filter((h) => kindsOf(h).includes('emergency'))
    expect(deadlines.length).toBeGreaterThanOrEqual(20)
    expect(emergencies.length).toBeGreaterThanOrEqual(15)
    for (const h of deadlines) expect(h.dueDate, h.text).toMatch(/^2026-1[0-2]-\d\d$|^2027-0[1-6]-\d\d$/)
    for (const h of emergencies) {
      expect(h.severity, h.text).toBeGreaterThanOrEqual(1)
      expect(h.severity, h.text).toBeLessThanOrEqual(4)
      expect(h.whatHappened, h.text).toBeTruthy()
    }
  })

  it('codes survey answers and feedback notes with the needs of the respondent’s planted group', () => {
    const surveyNeeds = new Set(planted.needs)
    const parentOf = new Map(
      (
        db.prepare('SELECT c.name, p.name AS parent FROM codes c LEFT JOIN codes p ON p.id = c.parent_id').all() as {
          name: string
          parent: string | null
        }[]
      ).map((r) => [r.name, r.parent]),
    )
    const surveyNeedOf = (code: string): string | null => {
      for (let c: string | null | undefined = code; c; c = parentOf.get(c)) if (surveyNeeds.has(c)) return c
      return null
    }
    const segmentOf = (account: string) => planted.assignments[account] ?? plantedFeedback[account]?.segment
    let checked = 0
    for (const entry of coding.highlights) {
      if (!entry.participant) continue
      const segment = segmentOf(entry.participant)
      expect(segment, entry.participant).toBeTruthy()
      for (const code of entry.codes) {
        const need = surveyNeedOf(code)
        if (!need) continue
        checked++
        expect(planted.segments[segment].unmetNeeds, `${entry.participant} (${segment}): ${code}`).toContain(need)
      }
    }
    expect(checked).toBeGreaterThan(40)
  })

  it('leaves auto-code suggestions pending in the review queue', () => {
    const pending = db.prepare("SELECT count(*) FROM autocode_suggestions WHERE status = 'pending'").pluck().get() as number
    expect(pending).toBeGreaterThan(20)
  })

  it('shows the coding in needle info --json', () => {
    const r = needle(['info', path, '--json'], { cwd: work, home: join(work, 'home') })
    expect(r.code).toBe(0)
    const info = JSON.parse(r.stdout)
    expect(info.highlights).toBeGreaterThan(100)
    expect(info.codes).toBeGreaterThan(50)
  })

  it('fails on a quote that is not in the file, naming the file and the quote', () => {
    const missing: SampleHighlight = {
      file: 'interview-lloyd-sons-heating.txt',
      quote: 'We never miss a service visit.',
      codes: ['Need'],
      coder: 'Maya Chen',
    }
    expect(() => locateQuote(docs, missing)).toThrow(SampleCodingError)
    expect(() => locateQuote(docs, missing)).toThrow(/interview-lloyd-sons-heating\.txt.*We never miss a service visit\./)
    const ambiguous: SampleHighlight = { file: 'survey.csv', quote: 'Recurring jobs!!', codes: ['Need'], coder: 'Maya Chen' }
    expect(() => locateQuote(docs, ambiguous)).toThrow(/occurs \d+ times/)
    expect(locateQuote(docs, { ...ambiguous, occurrence: 2 }).documentId).toBeGreaterThan(0)
  })
})
