/**
 * `needle import` over every real file in ../shared/data/real, as a researcher's batch job
 * would run it. Expected counts were established outside Needle (grep for transcript cues
 * and turns, python3's csv module / awk for tables); see tests/importers/* for how.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasRealData, realFile } from '../helpers/realData'
import { needle } from './run'

const TABLES: Array<[string, number]> = [
  ['surveys/fivethirtyeight_surveymonkey_exports/star-wars-survey__StarWars.csv', 1186],
  ['surveys/fivethirtyeight_surveymonkey_exports/region-survey__MIDWEST.csv', 2778],
  ['surveys/fivethirtyeight_surveymonkey_exports/thanksgiving-2015__thanksgiving-2015-poll-data.csv', 1058],
  ['surveys/osmi_mental_health_tech_2014/survey.csv', 1259],
  ['surveys/qualtrics_export_samples_qualtRics/sample.csv', 1],
  ['surveys/qualtrics_export_samples_qualtRics/sample_legacy.csv', 1],
  ['surveys/rstudio_r_community_survey/2019 English R Community Survey Responses.csv', 1838],
  ['surveys/rstudio_r_community_survey/2019 Spanish R Community Survey Responses.csv', 338],
  ['surveys/rstudio_r_community_survey/Learning R Internet Survey - Form Responses 1 (2018).tsv', 3062],
  ['feedback/cfpb_consumer_complaints_2023_subset/Consumer_Complaints.csv', 3999],
  ['feedback/hotel_reviews_europe_semicolon/Hotel_Reviews.csv', 1261],
]

const TRANSCRIPTS: Array<[string, { rows: number; speakers: number }]> = [
  ['transcripts/ethereum_pm_acde241_zoom_vtt/transcript.vtt', { rows: 163, speakers: 7 }],
  ['transcripts/changelog_founders_talk_podcast_md/founders-talk-96.md', { rows: 207, speakers: 2 }],
  ['transcripts/sintel_srt/sintel_en.srt', { rows: 26, speakers: 0 }],
  ['transcripts/hebrew_knesset_committee_protocols_rtl/20_ptv_317899.txt', { rows: 49, speakers: 7 }],
]

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'needle-real-'))
  const home = join(dir, 'home')
  expect(needle(['new', 'p.needle'], { cwd: dir, home }).code).toBe(0)
  return { dir, home }
}

type Imported = { file: string; kind: string; rows: number; speakers: string[]; skipped: number }

describe.skipIf(!hasRealData)('needle import on every real file', () => {
  it('imports every survey and feedback table in one batch with the counted rows', () => {
    const { dir, home } = setup()
    const r = needle(['import', 'p.needle', ...TABLES.map(([f]) => realFile(f)), '--json'], { cwd: dir, home })
    expect(r.errLines).toEqual([])
    expect(r.code).toBe(0)
    const { sources } = JSON.parse(r.stdout) as { sources: Imported[] }
    expect(sources.map((s) => [s.file, s.rows, s.skipped])).toEqual(TABLES.map(([f, rows]) => [realFile(f), rows, 0]))
    const info = JSON.parse(needle(['info', 'p.needle', '--json'], { cwd: dir, home }).stdout)
    expect(info.sources).toBe(TABLES.length)
  }, 120_000)

  it('imports the header-less Arabic tweets as feedback without merging rows', () => {
    const { dir, home } = setup()
    const r = needle(['import', 'p.needle', realFile('feedback/arabic_ASTD_tweets_rtl/Tweets.txt'), '--kind', 'feedback', '--json'], {
      cwd: dir,
      home,
    })
    expect(r.code).toBe(0)
    const [s] = JSON.parse(r.stdout).sources as Imported[]
    expect([s.kind, s.rows, s.skipped]).toEqual(['feedback', 10006, 0])
  }, 60_000)

  it('imports the transcripts with their turns and speakers', () => {
    const { dir, home } = setup()
    const r = needle(['import', 'p.needle', ...TRANSCRIPTS.map(([f]) => realFile(f)), '--json'], { cwd: dir, home })
    expect(r.code).toBe(0)
    const { sources } = JSON.parse(r.stdout) as { sources: Imported[] }
    expect(sources.map((s) => [s.kind, s.rows, s.speakers.length])).toEqual(TRANSCRIPTS.map(([, e]) => ['interview', e.rows, e.speakers]))
  }, 60_000)

  it('refuses the Word 97 transcript with one clear line and leaves the project as it was', () => {
    const { dir, home } = setup()
    const r = needle(['import', 'p.needle', realFile('transcripts/hebrew_knesset_committee_protocols_rtl/20_ptv_317899.doc')], {
      cwd: dir,
      home,
    })
    expect(r.code).toBe(1)
    expect(r.errLines).toHaveLength(1)
    expect(r.errLines[0]).toMatch(/20_ptv_317899\.doc.*\.docx/)
    expect(JSON.parse(needle(['info', 'p.needle', '--json'], { cwd: dir, home }).stdout).sources).toBe(0)
  })
})
