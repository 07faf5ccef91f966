/**
 * Survey respondents as a researcher meets them: one participant per imported row (unless the
 * id column links rows), named by their respondent id or, without one, by when they answered;
 * listed in natural order; their answers readable question by question; and the overview's
 * per-source count equal to the rows imported. Generated surveys (fixed seed, planted answers)
 * always run; the real exports in ../shared/data/real run when present.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { needle } from '../cli/run'
import { hasRealData, realFile } from '../helpers/realData'
import { tempDir } from '../helpers/tmp'

/** A small deterministic generator (mulberry32), so the survey is the same on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ROWS = 120
const ROLES = ['Analyst', 'Engineer', 'Manager', 'Student']
const WHY = [
  'Deadlines slip when the data is late',
  'I need a faster way to share charts',
  'Onboarding took weeks',
  'Reports break every quarter',
]

/**
 * A Qualtrics-like export: ResponseId, a role, a 1-5 rating, and a free-text answer that only
 * some respondents wrote. Planted: row 12 has a blank id, row 50 repeats row 7's id, and
 * respondent R_0033 wrote the planted answer "Our invoices arrive after the month closes".
 */
function idSurvey(): string {
  const rnd = random(14)
  const lines = ['ResponseId,Your role,How satisfied are you with reporting? (1-5),Why do you say that?']
  for (let row = 1; row <= ROWS; row++) {
    let id = `R_${String(row).padStart(4, '0')}`
    if (row === 12) id = ''
    if (row === 50) id = 'R_0007'
    const role = ROLES[Math.floor(rnd() * ROLES.length)]
    const score = 1 + Math.floor(rnd() * 5)
    // About a third write nothing: they are respondents all the same.
    let why = rnd() < 0.35 ? '' : `${WHY[Math.floor(rnd() * WHY.length)]} (${row})`
    if (row === 33) why = 'Our invoices arrive after the month closes'
    lines.push(`${id},${role},${score},"${why}"`)
  }
  return lines.join('\n') + '\n'
}

/** A Google Forms export: no respondent id, a Timestamp, answers. Row 2 was sent 2024-03-05 09:07:00. */
function formsSurvey(): string {
  const lines = ['Timestamp,How often do you plan routes?,What would help most?']
  for (let row = 1; row <= 12; row++) {
    const minute = String(row * 7 - 7).padStart(2, '0')
    lines.push(
      `3/5/2024 ${9 + Math.floor((row * 7 - 7) / 60)}:${String(Number(minute) % 60).padStart(2, '0')}:00,Weekly,${row % 3 ? '' : `Live traffic ${row}`}`,
    )
  }
  return lines.join('\n') + '\n'
}

function setup() {
  const dir = tempDir()
  const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
  return { dir, session }
}

async function openNew(session: Session, dir: string, name = 'p.needle') {
  await call(session, 'project.create', { path: join(dir, name) })
}

async function importFile(session: Session, path: string) {
  return call(session, 'import.run', { jobId: 'survey-import', files: [{ path, options: {} }] })
}

describe('survey respondents', () => {
  it('makes every row one participant, names them by respondent id, and the overview counts agree with the import', async () => {
    const { dir, session } = setup()
    await openNew(session, dir)
    const file = join(dir, 'reporting survey.csv')
    writeFileSync(file, idSurvey())
    const { sources: outcome } = await importFile(session, file)
    expect(outcome[0]).toMatchObject({ rows: ROWS, participants: ROWS })
    // The repeated id is said, with the row, and kept as a second person until the researcher merges.
    expect(outcome[0].warnings.join(' ')).toMatch(/1 row repeats a respondent id .*R_0007 \(line 51\).*merge them/)

    const people = await call(session, 'participants.list', {})
    expect(people).toHaveLength(ROWS)
    const labels = people.map((p) => p.label)
    expect(labels).toContain('R_0033')
    expect(labels).toContain('R_0007')
    expect(labels).toContain('R_0007 (row 50)')
    expect(labels).toContain('reporting survey row 12')

    // The overview: the project and the source both count every imported row.
    const summary = await call(session, 'project.info', {})
    expect(summary.counts.participants).toBe(ROWS)
    expect(summary.sources[0]).toMatchObject({ rows: ROWS, participants: ROWS })
    // Fewer wrote free text than answered: the documents do not decide who is a participant.
    expect(summary.sources[0].documents).toBeLessThan(ROWS)

    // Their answers, question by question: the closed ones and what they wrote.
    const r33 = people.find((p) => p.label === 'R_0033')!
    const { answers } = await call(session, 'participants.answers', { id: r33.id })
    expect(answers.map((a) => a.question)).toEqual(['Your role', 'How satisfied are you with reporting? (1-5)', 'Why do you say that?'])
    expect(answers.at(-1)).toMatchObject({
      answer: 'Our invoices arrive after the month closes',
      kind: 'text',
      source: 'reporting survey.csv',
    })
  })

  it('keeps respondents who wrote no free text when another source is removed', async () => {
    const { dir, session } = setup()
    await openNew(session, dir)
    const file = join(dir, 'reporting survey.csv')
    writeFileSync(file, idSurvey())
    await importFile(session, file)
    const notes = join(dir, 'notes.txt')
    writeFileSync(notes, 'Interviewer: Tell me about reports.\nAmal: They arrive late.\n')
    const { sources } = await importFile(session, notes)
    await call(session, 'sources.remove', { id: sources[0].sourceId })
    expect((await call(session, 'project.info', {})).counts.participants).toBe(ROWS)
  })

  it('names a response without an id by when it was sent, lists naturally, and never merges rows of two files', async () => {
    const { dir, session } = setup()
    await openNew(session, dir)
    const a = join(dir, 'forms.csv')
    writeFileSync(a, formsSurvey())
    await importFile(session, a)
    // A second export with the same file name from another folder: its rows are other people.
    const otherDir = tempDir()
    const b = join(otherDir, 'forms.csv')
    writeFileSync(b, formsSurvey().replace(/Weekly/g, 'Daily'))
    await importFile(session, b)

    const people = await call(session, 'participants.list', {})
    expect(people).toHaveLength(24)
    const summary = await call(session, 'project.info', {})
    expect(summary.sources.map((s) => s.participants)).toEqual([12, 12])
    const names = people.map((p) => p.displayName ?? p.label)
    expect(names).toContain('2024-03-05 09:07:00 · row 2')
    // Natural order: row 2 before row 10 (as text, "row 10" sorts first).
    const labels = people.map((p) => p.label).filter((l) => !l.endsWith(')'))
    expect(labels.indexOf('forms row 2')).toBeLessThan(labels.indexOf('forms row 10'))
    const second = people.filter((p) => p.label.endsWith('(2)'))
    expect(second).toHaveLength(12)
    const answers = await call(session, 'participants.answers', { id: second[0].id })
    expect(answers.answers.find((x) => x.question === 'How often do you plan routes?')?.answer).toBe('Daily')
  })

  it('the CLI lists respondents in natural order, prints their answers, and counts in the singular', () => {
    const d = { cwd: tempDir(), home: tempDir() }
    const lines = ['id,Team,Comments']
    for (let row = 1; row <= 11; row++) lines.push(`P${row},${row % 2 ? 'North' : 'South'},${row === 9 ? 'Maps are out of date' : ''}`)
    writeFileSync(join(d.cwd, 'teams.csv'), lines.join('\n') + '\n')
    needle(['new', 'p'], d)
    const imported = needle(['import', 'p.needle', 'teams.csv'], d)
    expect(imported.code).toBe(0)
    expect(imported.stdout).toMatch(/^teams\.csv \(survey\): 11 rows, 1 document, 11 participants,/)
    const list = needle(['participants', 'p.needle', 'list'], d).stdout.split('\n').filter(Boolean)
    const order = list.map((l) => /^#\d+ (\S+):/.exec(l)![1])
    expect(order).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11'])
    expect(list[8]).toMatch(/P9: 1 document, 0 turns$/)
    const p9 = /^#(\d+)/.exec(list[8])![1]
    expect(needle(['participants', 'p.needle', 'answers', p9], d).stdout).toBe('Team: North\nComments: Maps are out of date\n')
    const info = needle(['info', 'p.needle'], d).stdout
    expect(info).toMatch(/Contents: 1 source, 1 document, 11 participants/)
    expect(info).toMatch(/teams\.csv.*: 11 rows, 1 document, 11 participants/)
  })
})

describe.skipIf(!hasRealData)('real survey exports: respondent ids and counts', () => {
  const cases = [
    { file: 'surveys/qualtrics_export_samples_qualtRics/sample.csv', id: 'R_2YPOQ602ER1jkf1' },
    { file: 'surveys/fivethirtyeight_surveymonkey_exports/star-wars-survey__StarWars.csv', id: '3292879998' },
  ]
  it.each(cases)('$file: participants are named by the respondent id column', async ({ file, id }) => {
    const { dir, session } = setup()
    await openNew(session, dir)
    await importFile(session, realFile(file))
    const people = await call(session, 'participants.list', {})
    expect(people.map((p) => p.label)).toContain(id)
    expect(people.some((p) => / row \d+$/.test(p.label))).toBe(false)
  })

  it('the 2019 R community survey: 1,838 rows imported, 1,838 participants in the project and in its source', async () => {
    const { dir, session } = setup()
    await openNew(session, dir)
    const [outcome] = (
      await importFile(session, realFile('surveys/rstudio_r_community_survey/2019 English R Community Survey Responses.csv'))
    ).sources
    expect(outcome.rows).toBe(1838)
    const summary = await call(session, 'project.info', {})
    expect(summary.counts.participants).toBe(1838)
    expect(summary.sources[0]).toMatchObject({ rows: 1838, participants: 1838 })
    // Google Forms has no respondent id: each response is named by its timestamp and row.
    const people = await call(session, 'participants.list', {})
    expect(people[0].displayName).toBe('2019-12-13 09:50:30 · row 1')
  }, 60_000)
})
