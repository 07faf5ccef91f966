/**
 * Personas from real survey exports nobody has coded (../shared/data/real/surveys): segmented on
 * their answers, saved and drafted, every card must speak in its own members' words wherever those
 * members wrote any, never repeat itself, carry a name of its own and a role free of column wording.
 * Each file skips with a printed reason when it is not there.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jaccard, NEAR_DUPLICATE, shingles } from '../../src/main/services/personas/openQuotes'
import { realFile } from '../helpers/realData'
import { makeProject } from '../segments-service/fixture'

/**
 * hasRoles: the survey asks what people do (job title, kind of work), so every card has a role line.
 * selfRole: a consumer poll asks who people consider themselves to be; the segment of those who say yes has it as its role.
 */
const SURVEYS: { name: string; path: string[]; hasRoles?: boolean; selfRole?: string }[] = [
  {
    name: 'R community survey 2019 (English)',
    path: ['surveys', 'rstudio_r_community_survey', '2019 English R Community Survey Responses.csv'],
    hasRoles: true,
  },
  {
    name: 'R community survey 2019 (Spanish)',
    path: ['surveys', 'rstudio_r_community_survey', '2019 Spanish R Community Survey Responses.csv'],
    // "¿Qué categoría describe mejor el trabajo que haces?", "¿Cuál es el nombre de tu cargo laboral?"
    hasRoles: true,
  },
  { name: 'OSMI mental health in tech 2014', path: ['surveys', 'osmi_mental_health_tech_2014', 'survey.csv'] },
  {
    name: 'Star Wars (SurveyMonkey)',
    path: ['surveys', 'fivethirtyeight_surveymonkey_exports', 'star-wars-survey__StarWars.csv'],
    // "Do you consider yourself to be a fan of the Star Wars film franchise?"
    selfRole: 'Fan of the Star Wars film franchise',
  },
]

describe('personas from real surveys, before any coding', () => {
  for (const survey of SURVEYS) {
    const file = realFile(...survey.path)
    it(`${survey.name}: own members' words, no near-duplicates, distinct names, clean roles`, async () => {
      if (!existsSync(file)) {
        console.log(`[needle tests] skipping "${survey.name}": ${file} does not exist (CI provides ../shared/data/real).`)
        return
      }
      const p = makeProject([])
      await p.run('import.run', { jobId: 'r', files: [{ path: file, options: { kind: 'survey' } }] })
      const run = await p.run('segments.run', { inputs: ['answers'], k: 3, seed: 1, resamples: 0 })
      await p.run('segments.saveRun', { runId: run.runId })
      const t = Date.now()
      const personas = await p.run('personas.draftAll', { language: 'en' })
      const ms = Date.now() - t
      const db = p.session.project!.db
      // Members who wrote anything a card could quote (an open answer, a note, a turn of 30+ characters).
      const writers = new Set(
        db
          .prepare('SELECT DISTINCT participant_id FROM documents WHERE participant_id IS NOT NULL AND length(trim(text)) >= 30')
          .pluck()
          .all() as number[],
      )
      const names = personas.map((x) => x.name)
      expect(new Set(names).size).toBe(names.length)
      const counts: number[] = []
      for (const persona of personas) {
        const members = new Set(
          db.prepare('SELECT participant_id FROM segment_members WHERE segment_id = ?').pluck().all(persona.segmentId) as number[],
        )
        const uncoded = persona.content.uncoded
        counts.push(uncoded.length)
        const voices = [...members].filter((m) => writers.has(m)).length
        if (voices >= 2) expect(uncoded.length).toBeGreaterThanOrEqual(2)
        for (const q of uncoded) {
          expect(members.has(q.participantId)).toBe(true)
          const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(q.documentId) as string
          expect(text.slice(q.start, q.end)).toBe(q.text)
        }
        for (let i = 0; i < uncoded.length; i++)
          for (let j = i + 1; j < uncoded.length; j++)
            expect(jaccard(shingles(uncoded[i].text), shingles(uncoded[j].text))).toBeLessThan(NEAR_DUPLICATE)
        expect(persona.content.role).not.toMatch(/::|select all|check all|\(|\?/i)
        if (survey.hasRoles) expect(persona.content.role, persona.name).not.toBe('')
      }
      if (survey.selfRole) expect(personas.map((x) => x.content.role)).toContain(survey.selfRole)
      console.log(
        `[personas ${survey.name}] ${personas.length} cards drafted in ${ms} ms; uncoded quotes per card: ${counts.join(', ')}; ` +
          `names: ${names.join(', ')}; roles: ${personas.map((x) => x.content.role || '–').join(' | ')}`,
      )
    }, 300_000)
  }
})
