/**
 * Year questions ("What year did you start using R?", answers like 2012) are read as years (issue 13):
 * a segment's profile says its median year and its name a side of a year ("2016 or later"), and a
 * persona's "Who they are" the members' middle half of years ("2009–2012"), never an average year
 * such as "2011.6". On a generated survey with two planted groups (fixed seed), in English and Arabic.
 */
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../src/main/services/segments/math/random'
import { loadAnswers } from '../../src/main/services/segments/answers'
import { traitWords } from '../../src/main/services/segments/traitWords'
import { surveyProject } from '../language/surveyProject'

const QUESTIONS = {
  en: {
    year: 'What year did you start using R?',
    born: 'Birth',
    tool: 'Which editor do you use most?',
    tools: ['RStudio', 'VS Code', 'Emacs'],
    enjoy: 'How much do you enjoy R (1-5)?',
  },
  ar: {
    year: 'في أي عام بدأت استخدام البرنامج؟',
    born: 'الميلاد',
    tool: 'أي محرر تستخدم أكثر؟',
    tools: ['آر ستوديو', 'في إس كود', 'إيماكس'],
    enjoy: 'ما مدى استمتاعك بالبرنامج (1-5)؟',
  },
}

/** Group 0 started 2006-2012 and was born in the 1970s; group 1 started 2016-2020, born in the 1990s. */
function yearSurvey(language: 'en' | 'ar', seed: number) {
  const q = QUESTIONS[language]
  const rand = mulberry32(seed)
  const pick = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
  const truth = new Map<string, number>()
  const lines = [['id', q.year, q.born, q.tool, q.enjoy].join(',')]
  for (let i = 1; i <= 160; i++) {
    const g = i % 2
    const id = `P${i}`
    truth.set(id, g)
    const started = g ? pick(2016, 2020) : pick(2006, 2012)
    const born = g ? pick(1990, 1999) : pick(1970, 1979)
    const tool = rand() < 0.8 ? q.tools[g] : q.tools[2]
    const enjoy = g ? pick(4, 5) : pick(1, 3)
    lines.push([id, started, born, tool, enjoy].join(','))
  }
  return { csv: lines.join('\n') + '\n', truth, q }
}

const FRACTIONAL_YEAR = /\b(19|20)\d\d\.\d/

describe('year questions read as years', () => {
  it('a year trait says medians and a side of a whole year, in English and Arabic', () => {
    const fact = {
      kind: 'year' as const,
      question: 'What year did you first start learning R?',
      options: [],
      more: true,
      a: 2016,
      b: 2012,
      span: [2015, 2018] as [number, number],
    }
    expect(traitWords('en').text(fact)).toBe('What year did you first start learning R: median 2016 vs 2012 overall')
    expect(traitWords('en').label(fact)).toBe('First start learning R: 2015 or later')
    expect(traitWords('en').label({ ...fact, question: 'What year were you born?', more: false })).toBe('Born: 2018 or earlier')
    expect(traitWords('ar').label({ ...fact, question: 'في أي عام بدأت استخدام البرنامج؟' })).toBe('بدأت استخدام البرنامج: 2015 أو بعد ذلك')
  })

  for (const language of ['en', 'ar'] as const) {
    it(`profiles and personas say years, never an average year (${language})`, async () => {
      const survey = yearSurvey(language, 11)
      const p = await surveyProject(survey.csv)
      const db = p.session.project!.db
      await p.run('project.setLanguage', { language })
      const ids = db.prepare('SELECT id FROM participants WHERE is_interviewer = 0 ORDER BY id').pluck().all() as number[]
      const columns = loadAnswers(db, ids)
      // A year question by its words, and a column whose every answer is a year by its answers.
      expect(columns.find((c) => c.name === survey.q.year)).toMatchObject({ kind: 'scale', years: true })
      expect(columns.find((c) => c.name === survey.q.born)).toMatchObject({ kind: 'scale', years: true })
      expect(columns.find((c) => c.name === survey.q.enjoy)?.years).toBeUndefined()

      const run = await p.run('segments.run', { inputs: ['answers'], k: 2, seed: 1, resamples: 0 })
      expect(run.segments).toHaveLength(2)
      const lines = run.segments.flatMap((s) => [s.name, ...(s.traits ?? [])])
      for (const line of lines) expect(line).not.toMatch(FRACTIONAL_YEAR)
      expect(new Set(run.segments.map((s) => s.name)).size).toBe(2)
      // Each segment's year trait: its median against everyone's, and its side of a year in its name words.
      const later = language === 'ar' ? 'أو بعد ذلك' : 'or later'
      const earlier = language === 'ar' ? 'أو قبل ذلك' : 'or earlier'
      const median = language === 'ar' ? /الوسيط (\d{4}) مقابل (\d{4})/ : /median (\d{4}) vs (\d{4}) overall/
      const started = run.segments.map((s) => (s.traits ?? []).map((t) => median.exec(t)).find((m) => m && t0(m, survey.q.year, s.traits!)))
      for (const m of started) expect(m).toBeTruthy()
      const medians = started.map((m) => Number(m![1])).sort()
      expect(medians[0]).toBeGreaterThanOrEqual(2006)
      expect(medians[0]).toBeLessThanOrEqual(2012)
      expect(medians[1]).toBeGreaterThanOrEqual(2016)
      expect(medians[1]).toBeLessThanOrEqual(2020)
      // A name that speaks of the year gives a side of a whole year.
      const names = run.segments.map((s) => s.name).join(' | ')
      console.log(`[years ${language}] ${names} || ${run.segments.map((s) => s.traits!.join('; ')).join(' || ')}`)
      expect(names).toMatch(new RegExp(`\\d{4} (${later}|${earlier})`))

      await p.run('segments.saveRun', { runId: run.runId })
      const personas = await p.run('personas.draftAll', { language })
      const who = personas.flatMap((persona) => {
        const html = persona.content.sections.find((s) => s.kind === 'demographics')?.html ?? ''
        return [...html.matchAll(/<li><p>(.*?): <strong>(.*?)<\/strong>/g)].map((m) => ({ question: m[1], value: m[2] }))
      })
      const yearFacts = who.filter((f) => f.question.includes(language === 'ar' ? 'عام' : 'year') || f.question === survey.q.born)
      expect(yearFacts.length).toBeGreaterThan(0)
      for (const f of yearFacts) expect(f.value).toMatch(/^\d{4}(–\d{4})?$/)
      for (const persona of personas) expect(JSON.stringify(persona.content)).not.toMatch(FRACTIONAL_YEAR)
    }, 120_000)
  }
})

/** The trait line is about this question. */
function t0(m: RegExpExecArray, question: string, traits: string[]): boolean {
  const line = traits.find((t) => t.includes(m[0]))!
  return line.includes(question.replace(/[?؟]$/, '').slice(0, 20))
}
