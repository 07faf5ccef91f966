/**
 * Persona cards read survey columns as the questions they are (issue 13, "Read real survey columns
 * right"): a screening/robot-check question, free text and identifiers never become traits; a
 * "select all that apply" question lists its options one by one under its question's words (never
 * "(select all that apply)::" or "A; B"); agreement answers read in words, not as 5 or 2; a single
 * choice whose answers contain commas stays whole; and "Who they are" never repeats "Where they differ".
 * On a generated survey with planted groups (fixed seed), in English and Arabic, and on the real R
 * community survey (skipped with a printed reason when the file is missing).
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { PersonaSection } from '../../src/shared/persona/content'
import { loadAnswers } from '../../src/main/services/segments/answers'
import { traitWords } from '../../src/main/services/segments/traitWords'
import { arabicSurvey } from '../language/arabicSurvey'
import { surveyProject } from '../language/surveyProject'
import { realFile } from '../helpers/realData'
import { makeProject } from '../segments-service/fixture'
import { AGREE, FEATURES, plantedSurvey, SIZES } from '../segments-service/plantedSurvey'

interface Fact {
  question: string
  value: string
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

/** The "question: answer" lines of a drafted list section. */
function facts(section: PersonaSection | undefined): Fact[] {
  return [...(section?.html ?? '').matchAll(/<li><p>(.*?): <strong>(.*?)<\/strong>/g)].map((m) => ({
    question: unescape(m[1]),
    value: unescape(m[2]),
  }))
}

type Project = Awaited<ReturnType<typeof surveyProject>>
/** The segments the last draftCards ran: their names and trait lines. */
let segmentsOfLastRun: { name: string; traits: string[] }[] = []

async function draftCards(p: Project, language: 'en' | 'ar') {
  const run = await p.run('segments.run', { inputs: ['answers'], k: 3, seed: 1, resamples: 0 })
  await p.run('segments.saveRun', { runId: run.runId })
  const personas = await p.run('personas.draftAll', { language })
  segmentsOfLastRun = run.segments.map((x) => ({ name: x.name, traits: x.traits ?? [] }))
  return personas.map((persona) => {
    const section = (kind: string) => persona.content.sections.find((s) => s.kind === kind)
    return { persona, differ: facts(section('differences')), who: facts(section('demographics')) }
  })
}

/** What every card must respect, whatever the survey. */
function expectCleanCard(card: { differ: Fact[]; who: Fact[] }, screening: RegExp) {
  const all = [...card.differ, ...card.who]
  expect(all.length).toBeGreaterThan(0)
  for (const f of all) {
    expect(f.question).not.toMatch(screening)
    expect(f.question).not.toMatch(/all that apply|كل ما ينطبق|:$/i)
    expect(`${f.question}: ${f.value}`).not.toMatch(/::\s/)
    // A multi-select option is one option, never "A; B".
    expect(f.value).not.toContain(';')
  }
  // "Who they are" does not repeat a question "Where they differ" already answers.
  const differing = new Set(card.differ.map((f) => f.question))
  expect(card.who.filter((f) => differing.has(f.question))).toEqual([])
}

describe('segment names from rating questions', () => {
  it('name a 1-5 rating by what it rates, every word kept, and its answer', () => {
    const label = traitWords('en').label({
      kind: 'score',
      question:
        "Please rate how much you enjoy using R on a scale of 1 to 5, where 1 is you don't enjoy it at all, and 5 is that you enjoy it a great deal.",
      options: [],
      more: true,
      a: 4.64,
      b: 4.3,
    })
    expect(label).toBe('How much you enjoy using R: 4.6')
  })
})

describe('persona cards read the survey columns right', () => {
  it('planted survey (en): no robot check, options one by one, agreement in words, commas kept in a single choice, no repeats', async () => {
    const planted = plantedSurvey({ roles: true, seed: 7 })
    // The R survey's layout: the instruction in brackets and a trailing colon after the question.
    const csv = planted.csv.replace('Which features do you use? (select all that apply)', 'Features I use (select all that apply):')
    const p = await surveyProject(csv)
    const db = p.session.project!.db
    const ids = db.prepare('SELECT id FROM participants WHERE is_interviewer = 0 ORDER BY id').pluck().all() as number[]
    const size = loadAnswers(db, ids).find((c) => c.name === 'How big is your company?')!
    // The single choice stays whole although every answer contains a comma.
    expect(size.kind).toBe('choice')
    expect([...size.options].sort()).toEqual([...SIZES].sort())

    const cards = await draftCards(p, 'en')
    expect(cards).toHaveLength(3)
    const label = new Map(
      (db.prepare('SELECT id, label FROM participants').all() as { id: number; label: string }[]).map((r) => [r.id, r.label]),
    )
    for (const card of cards) {
      expectCleanCard(card, /robot|type the number/i)
      const all = [...card.differ, ...card.who]
      // Agreement statements read in words ("Strongly agree"), never as the numbers they are stored as.
      const statements = all.filter((f) => planted.statements.includes(f.question))
      expect(statements.length).toBeGreaterThan(0)
      for (const f of statements) expect(AGREE.en).toContain(f.value)
      for (const f of all.filter((x) => x.question === 'How big is your company?')) expect(SIZES).toContain(f.value)
      for (const f of all.filter((x) => x.question === 'Features I use')) expect(FEATURES).toContain(f.value)

      // The planted answer comes back: the card's members are mostly one planted group, and it differs in that group's size.
      const members = db
        .prepare('SELECT participant_id FROM segment_members WHERE segment_id = ?')
        .pluck()
        .all(card.persona.segmentId) as number[]
      const groups = [0, 0, 0]
      for (const m of members) groups[planted.truth.get(label.get(m)!)!]++
      const group = groups.indexOf(Math.max(...groups))
      expect(card.differ).toContainEqual({ question: 'How big is your company?', value: SIZES[group] })
      // The Segments screen's "what sets it apart" leaves the robot check out too.
      expect(card.persona.segmentId).not.toBeNull()
      const explained = await p.run('segments.explain', { segmentId: card.persona.segmentId! })
      expect(explained.attributes.map((a) => a.attribute).filter((a) => /robot/i.test(a))).toEqual([])
    }
  }, 120_000)

  it('planted survey (ar): no Arabic robot check or instruction, agreement in Arabic words, no repeats', async () => {
    const survey = arabicSurvey({ seed: 7 })
    const cards = await draftCards(await surveyProject(survey.csv), 'ar')
    expect(cards).toHaveLength(3)
    for (const card of cards) {
      expectCleanCard(card, /روبوت|اكتب الرقم/)
      const statements = [...card.differ, ...card.who].filter((f) => survey.statements.includes(f.question))
      expect(statements.length).toBeGreaterThan(0)
      for (const f of statements) expect(AGREE.ar).toContain(f.value)
    }
  }, 120_000)

  const file = realFile('surveys', 'rstudio_r_community_survey', '2019 English R Community Survey Responses.csv')
  it('the real R community survey (1,838 rows): columns read right and cards clean', async () => {
    if (!existsSync(file)) {
      console.log(`[needle tests] skipping the R community survey columns test: ${file} does not exist (CI provides ../shared/data/real).`)
      return
    }
    const p = makeProject([])
    await p.run('import.run', { jobId: 'r', files: [{ path: file, options: { kind: 'survey' } }] })
    const db = p.session.project!.db
    const ids = db.prepare('SELECT id FROM participants WHERE is_interviewer = 0 ORDER BY id').pluck().all() as number[]
    expect(ids).toHaveLength(1838)
    const columns = loadAnswers(db, ids)
    const column = (start: string) => columns.find((c) => c.name.startsWith(start))!
    // A single choice whose answers contain commas is one choice, not split on its commas.
    const degree = column('What is the highest degree')
    expect(degree.kind).toBe('choice')
    expect(degree.options).toContain('Master’s degree (e.g. MA, MS, MEd)')
    expect(column('How did you learn R?').options).toContain('Online course (e.g., Coursera, edX, Datacamp)')
    // A multi-select keeps an option whole when its commas are inside brackets.
    const tools = column('Which tools do you use with your R applications?')
    expect(tools.kind).toBe('multi')
    expect(tools.options).toContain('R Command Line (i.e., the native R terminal interface)')
    expect(column('Which of the following events have you attended').options).toContain(
      'R Ladies meetups (local, regional, national, or international)',
    )
    // Free-text job titles are not categories; the robot check is a screening question.
    expect(column('What is your job title').kind).toBeNull()
    expect(column('To help us ensure that you are not a robot').used).toBe(false)

    const cards = await draftCards(p, 'en')
    // Segment names and their trait lines speak of the question, not its instructions, and keep a rating's words.
    for (const seg of segmentsOfLastRun)
      for (const line of [seg.name, ...seg.traits]) {
        expect(line).not.toMatch(/all that apply|please rate|choose the statement|robot|\b(High|Low) (what|which|how)\b/i)
        expect(line).not.toMatch(/\? \w[^:]*…/) // never a question clipped into its instruction ("…completed? I…")
      }
    for (const card of cards) {
      expectCleanCard(card, /robot|job title/i)
      // A 1-5 rating says its scale ("4 / 5"), never a bare number.
      for (const f of [...card.differ, ...card.who].filter((x) => /on a scale of 1 to 5/.test(x.question)))
        expect(f.value).toMatch(/^\d+(\.\d)? \/ 5$/)
    }
    console.log(
      `[R survey cards] ${cards.map((c) => `${c.persona.name}: ${c.differ.length} differ, ${c.who.length} who; e.g. ${c.who[0]?.question}: ${c.who[0]?.value}`).join(' | ')}`,
    )
  }, 300_000)
})
