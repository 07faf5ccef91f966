/**
 * Conformance over the real exports in ../shared/data/real. Expected counts were established
 * outside Needle: python3's csv module (quote-aware, strict=False) for the quoted files,
 * awk -F'\t' for the unquoted ASTD tweets, counting records minus header rows, and the
 * answers per text column with "", "NA" and "-" as no answer. Never taken from the importer.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { hasRealData, realFile } from '../../helpers/realData'
import { count, newProject, runImport } from './harness'

interface Expectation {
  file: string
  rows: number
  headerRows: number
  delimiter: string
  participants: number
  /** question -> documents, for text columns whose answers were counted independently. */
  answers?: Record<string, number>
  documents?: number
  /** For files whose extension does not say they are a table. */
  kind?: 'survey' | 'feedback'
}

const EXPECTED: Expectation[] = [
  // SurveyMonkey, 2 header rows, not UTF-8 (0x8C 0xE6 in the header); 1,186 unique RespondentIDs.
  {
    file: 'surveys/fivethirtyeight_surveymonkey_exports/star-wars-survey__StarWars.csv',
    rows: 1186,
    headerRows: 2,
    delimiter: ',',
    participants: 1186,
  },
  {
    file: 'surveys/fivethirtyeight_surveymonkey_exports/region-survey__MIDWEST.csv',
    rows: 2778,
    headerRows: 2,
    delimiter: ',',
    participants: 2778,
  },
  {
    file: 'surveys/fivethirtyeight_surveymonkey_exports/thanksgiving-2015__thanksgiving-2015-poll-data.csv',
    rows: 1058,
    headerRows: 1,
    delimiter: ',',
    participants: 1058,
  },
  // 163 comments are not "NA"; one of them is "-".
  {
    file: 'surveys/osmi_mental_health_tech_2014/survey.csv',
    rows: 1259,
    headerRows: 1,
    delimiter: ',',
    participants: 1259,
    answers: { comments: 162 },
  },
  {
    file: 'surveys/qualtrics_export_samples_qualtRics/sample.csv',
    rows: 1,
    headerRows: 3,
    delimiter: ',',
    participants: 1,
    answers: { 'This is a free text question.': 1 },
  },
  {
    file: 'surveys/qualtrics_export_samples_qualtRics/sample_legacy.csv',
    rows: 1,
    headerRows: 2,
    delimiter: ',',
    participants: 1,
    answers: { 'This is a free text question.': 1 },
  },
  {
    file: 'surveys/rstudio_r_community_survey/2019 English R Community Survey Responses.csv',
    rows: 1838,
    headerRows: 1,
    delimiter: ',',
    participants: 1838,
  },
  {
    file: 'surveys/rstudio_r_community_survey/2019 Spanish R Community Survey Responses.csv',
    rows: 338,
    headerRows: 1,
    delimiter: ',',
    participants: 338,
  },
  {
    file: 'surveys/rstudio_r_community_survey/Learning R Internet Survey - Form Responses 1 (2018).tsv',
    rows: 3062,
    headerRows: 1,
    delimiter: '\t',
    participants: 3062,
  },
  // 4,000 records = header + 3,999 complaints; 141 narratives; Complaint_ID unique.
  {
    file: 'feedback/cfpb_consumer_complaints_2023_subset/Consumer_Complaints.csv',
    rows: 3999,
    headerRows: 1,
    delimiter: ',',
    participants: 3999,
    answers: { Consumer_complaint_narrative: 141 },
  },
  {
    file: 'feedback/hotel_reviews_europe_semicolon/Hotel_Reviews.csv',
    rows: 1261,
    headerRows: 1,
    delimiter: ';',
    participants: 1261,
    answers: { Negative_Review: 1260, Positive_Review: 1261 },
  },
  // No header, stray quotes: 10,006 lines, each one tweet. A .txt is a transcript unless told (CLI: --kind feedback).
  {
    file: 'feedback/arabic_ASTD_tweets_rtl/Tweets.txt',
    kind: 'feedback',
    rows: 10006,
    headerRows: 0,
    delimiter: '\t',
    participants: 10006,
    documents: 10006,
  },
]

describe.skipIf(!hasRealData)('real exports import with independently counted rows', () => {
  for (const e of EXPECTED) {
    test(e.file, async () => {
      const p = newProject()
      const path = realFile(e.file)
      const out = await runImport(p, path, readFileSync(path), e.kind ? { kind: e.kind } : {})
      expect(out.rows).toBe(e.rows)
      expect(out.skipped).toEqual([])
      expect(out.participants).toBe(e.participants)
      const source = p.db.prepare('SELECT row_count AS rows, report FROM sources').get() as { rows: number; report: string }
      expect(source.rows).toBe(e.rows)
      const report = JSON.parse(source.report)
      expect(report.headerRows).toBe(e.headerRows)
      expect(report.delimiter).toBe(e.delimiter)
      for (const [question, n] of Object.entries(e.answers ?? {})) {
        expect(count(p, 'SELECT count(*) FROM documents WHERE question = ?', question), question).toBe(n)
      }
      if (e.documents !== undefined) expect(out.documents).toBe(e.documents)
      // No merged rows: no document spans more text than a real answer could.
      expect(count(p, 'SELECT count(*) FROM documents WHERE length(text) > 20000')).toBe(0)
    })
  }

  test('ASTD tweets are right-to-left documents and keep their stray quotes', async () => {
    const p = newProject()
    const path = realFile('feedback/arabic_ASTD_tweets_rtl/Tweets.txt')
    await runImport(p, path, readFileSync(path), { kind: 'feedback' })
    expect(count(p, "SELECT count(*) FROM documents WHERE direction = 'rtl'")).toBeGreaterThan(9000)
    // Line 124 of the file starts with a quote that is never closed.
    const line124 = p.db.prepare('SELECT text FROM documents WHERE row_number = 124').pluck().get() as string
    expect(line124.startsWith('"_: خاف #النظام')).toBe(true)
  })
})
