/**
 * Options with commas (issue 13, "Read real survey columns right"): a separator is a separator only
 * if splitting gives a small set of recurring options. A multi-select whose options contain commas
 * ("Your personal network, such as colleagues and professors") is split by its learnt options, never
 * on every comma; a single choice whose answers contain commas ("Yes, always", "No, always") stays
 * whole. What the import learnt is kept in its mapping, so segments and profiles read the column the
 * same way. On a generated survey with planted answers (fixed seed) and on the real R community survey.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { learnOptions, splitByOptions } from '../../../src/shared/import/options'
import { mulberry32 } from '../../../src/main/services/segments/math/random'
import { loadAnswers } from '../../../src/main/services/segments/answers'
import { surveyProject } from '../../language/surveyProject'
import { makeProject } from '../../segments-service/fixture'
import { realFile } from '../../helpers/realData'

const SOURCES = [
  'General search websites such as Google and Yahoo',
  'Social media such as blogs, R-bloggers, Twitter, Slack, or GitHub contacts',
  'Your personal network, such as colleagues and professors',
  'Conferences, meet-ups, or seminars',
  'Books, textbooks, or journal articles (JSS, JOSS, R-Journal)',
  'CRAN Task Views',
]
/** A single choice whose parts recur across answers: the parts do not make options of their own. */
const HABITS = ['Yes, always', 'Yes, sometimes', 'No, never', 'No, not yet']

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** 300 respondents: each picks 1-4 sources (some only one, in the form's order) and one habit. */
function commaSurvey(seed: number) {
  const rand = mulberry32(seed)
  const chosen = new Map<string, string[]>()
  const habit = new Map<string, string>()
  const lines = ['Respondent ID,How do you discover new packages?,Do you write tests for your code?']
  for (let i = 1; i <= 300; i++) {
    const id = `R${i}`
    // Every option is chosen alone by someone except "Conferences, meet-ups, or seminars", which only ever comes with others.
    const pick = SOURCES.filter((_, k) => rand() < (k === 3 ? 0.35 : 0.3))
    if (pick.length === 0) pick.push(SOURCES[Math.floor(rand() * 3)])
    if (pick.length === 1 && pick[0] === SOURCES[3]) pick.unshift(SOURCES[0])
    chosen.set(id, pick)
    habit.set(id, HABITS[Math.floor(rand() * HABITS.length)])
    lines.push([id, pick.join(', '), habit.get(id)!].map(csvCell).join(','))
  }
  return { csv: lines.join('\n') + '\n', chosen, habit }
}

describe('learning a question’s options from its answers', () => {
  it('splits a multi-select by its learnt options, longest first, and keeps a single choice with commas whole', () => {
    const survey = commaSurvey(3)
    const answers = survey.csv
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => [...survey.chosen.get(l.slice(0, l.indexOf(',')))!].join(', '))
    const learnt = learnOptions(answers, ',')
    expect(learnt.single).toBe(false)
    expect([...learnt.options].sort()).toEqual([...SOURCES].sort())
    const habits = learnOptions([...survey.habit.values()], ',')
    expect(habits.single).toBe(true)
    expect([...habits.options].sort()).toEqual([...HABITS].sort())
    // The importer's split with what was learnt: known options whole, anything else on the separator.
    expect(splitByOptions(`${SOURCES[2]}, Reddit, ${SOURCES[1]}`, ',', learnt.options)).toEqual([SOURCES[2], 'Reddit', SOURCES[1]])
  })

  it('a generated survey: the import keeps the options in its mapping and every respondent’s choices come back whole', async () => {
    const survey = commaSurvey(3)
    const p = await surveyProject(survey.csv)
    const db = p.session.project!.db
    const mapping = JSON.parse(db.prepare('SELECT mapping FROM sources WHERE mapping IS NOT NULL').pluck().get() as string) as {
      columns: { header: string; role: string; options?: string[] }[]
    }
    const sources = mapping.columns.find((c) => c.header === 'How do you discover new packages?')!
    expect(sources.role).toBe('multi_select')
    expect([...sources.options!].sort()).toEqual([...SOURCES].sort())
    expect(mapping.columns.find((c) => c.header === 'Do you write tests for your code?')!.role).toBe('category')

    const people = db.prepare('SELECT id, label FROM participants WHERE is_interviewer = 0 ORDER BY id').all() as {
      id: number
      label: string
    }[]
    const columns = loadAnswers(
      db,
      people.map((x) => x.id),
    )
    const col = columns.find((c) => c.name === 'How do you discover new packages?')!
    expect(col.kind).toBe('multi')
    expect([...col.options].sort()).toEqual([...SOURCES].sort())
    people.forEach((person, r) => {
      expect(col.sets![r]!.map((o) => col.options[o]).sort()).toEqual([...survey.chosen.get(person.label)!].sort())
    })
    const habits = columns.find((c) => c.name === 'Do you write tests for your code?')!
    expect(habits.kind).toBe('choice')
    expect([...habits.options].sort()).toEqual([...HABITS].sort())
  }, 60_000)

  const file = realFile('surveys', 'rstudio_r_community_survey', '2019 English R Community Survey Responses.csv')
  it('the real R community survey: the package-discovery options stay whole', async () => {
    if (!existsSync(file)) {
      console.log(`[needle tests] skipping the R survey options test: ${file} does not exist (CI provides ../shared/data/real).`)
      return
    }
    const p = makeProject([])
    await p.run('import.run', { jobId: 'r', files: [{ path: file, options: { kind: 'survey' } }] })
    const db = p.session.project!.db
    const ids = db.prepare('SELECT id FROM participants WHERE is_interviewer = 0 ORDER BY id').pluck().all() as number[]
    const columns = loadAnswers(db, ids)
    const column = (start: string) => columns.find((c) => c.name.startsWith(start))!
    const discover = column('How do you discover new packages')
    expect(discover.kind).toBe('multi')
    for (const option of [
      'Social media such as blogs, R-bloggers, Twitter, Slack, or GitHub contacts',
      'Your personal network, such as colleagues and professors',
      'Conferences, meet-ups, or seminars',
      'Books, textbooks, or journal articles (JSS, JOSS, R-Journal)',
      'Email lists such as r-help, r-packages, or r-pkg-devel',
      'General search websites such as Google and Yahoo',
    ])
      expect(discover.options).toContain(option)
    // No piece of an option is an option of its own.
    for (const piece of ['Twitter', 'R-bloggers', 'or GitHub contacts', 'such as colleagues and professors', 'meet-ups', 'textbooks'])
      expect(discover.options).not.toContain(piece)
    expect(column('When you have problems in R').options).toContain('Your personal network, such as colleagues and professors')
    // A single choice with commas outside brackets stays whole.
    expect(column('How often do you currently use Shiny').options).toContain(
      "Rarely -- I know how to use Shiny, but it's not part of my regular work",
    )
    expect(column('What is the highest degree').options).toContain('One or more graduate courses, no graduate degree')
  }, 240_000)
})
