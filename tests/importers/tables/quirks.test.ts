/** Each quirk of real survey exports, as a small fixture imported into a real project. */
import iconv from 'iconv-lite'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { previewTable } from '../../../src/main/importers/tables'
import { attributeValues, count, fixture, FIXTURES, newProject, runImport } from './harness'

const path = (name: string) => join(FIXTURES, name)

function docs(project: ReturnType<typeof newProject>) {
  return project.db
    .prepare(
      `SELECT d.title, d.text, d.question, d.row_number AS row, d.direction, d.occurred_at AS occurredAt, p.label
       FROM documents d LEFT JOIN participants p ON p.id = d.participant_id ORDER BY d.id`,
    )
    .all() as Array<{
    title: string
    text: string
    question: string
    row: number
    direction: string
    occurredAt: string | null
    label: string
  }>
}

describe('reading survey exports', () => {
  test('quoted line breaks and doubled quotes stay inside one answer, text kept exactly', async () => {
    const p = newProject()
    const out = await runImport(p, path('quoted-newlines.csv'), fixture('quoted-newlines.csv'))
    expect(out.rows).toBe(4)
    expect(out.participants).toBe(4)
    expect(out.documents).toBe(3)
    const d = docs(p)
    expect(d.map((x) => x.text)).toEqual([
      'Faster export.\nAnd a dark mode.',
      'Line one\r\nLine two\r\nLine three',
      'He said "ship it", then left',
    ])
    expect(d[1]).toMatchObject({ question: 'What would you change?', label: 'r2', row: 2, title: 'What would you change? — r2' })
    expect(count(p, 'SELECT row_count FROM sources')).toBe(4)
  })

  test('a UTF-8 BOM does not leak into the first header; Likert labels become ordered numbers', async () => {
    const p = newProject()
    const preview = await previewTable(fixture('bom-likert.csv'), path('bom-likert.csv'))
    expect(preview.encoding).toBe('UTF-8 (BOM)')
    expect(preview.headers[0]).toBe('id')
    const likert = preview.mapping.columns.find((c) => c.header === 'The tool saves me time')
    expect(likert?.role).toBe('likert')
    await runImport(p, path('bom-likert.csv'), fixture('bom-likert.csv'))
    expect(attributeValues(p, 'The tool saves me time')).toEqual({ a1: '5', a2: '4', a3: '3', a4: '1', a5: '2' })
    expect(attributeValues(p, 'Team size')).toMatchObject({ a2: '12', a5: '40' })
  })

  test('a windows-1256 Arabic CSV is decoded, and its answers are right-to-left documents', async () => {
    const p = newProject()
    const utf8 = fixture('arabic-survey.csv')
    const bytes = iconv.encode(Buffer.from(utf8).toString('utf8'), 'windows-1256')
    const out = await runImport(p, path('arabic-survey.csv'), new Uint8Array(bytes))
    expect(out.rows).toBe(3)
    const d = docs(p)
    expect(d.map((x) => x.text)).toEqual([
      'التأخير في التوصيل كل أسبوع',
      'خدمة العملاء لا ترد على الهاتف',
      'الأسعار ارتفعت كثيرا هذا العام',
    ])
    expect(d.every((x) => x.direction === 'rtl')).toBe(true)
    expect(d[0].question).toBe('ما الذي يزعجك في الخدمة؟')
    expect(attributeValues(p, 'المدينة')).toEqual({ '1': 'القاهرة', '2': 'الرياض', '3': 'القاهرة' })
    expect(p.db.prepare('SELECT encoding FROM sources').pluck().get()).toMatch(/1256|8859-6/)
  })

  test('semicolon-delimited CRLF file without quotes: no carriage returns left in the last column', async () => {
    const p = newProject()
    const preview = await previewTable(fixture('semicolon-crlf.csv'), path('semicolon-crlf.csv'))
    expect(preview.delimiter).toBe(';')
    const out = await runImport(p, path('semicolon-crlf.csv'), fixture('semicolon-crlf.csv'))
    expect(out.rows).toBe(3)
    expect(docs(p).map((x) => x.text)).toEqual([
      'Room was small but clean and quiet at night',
      'Great breakfast and friendly staff at the desk',
      'Noisy street and the air conditioning broke twice',
    ])
    expect(attributeValues(p, 'Score')).toEqual({
      'semicolon-crlf row 1': '7.5',
      'semicolon-crlf row 2': '9.1',
      'semicolon-crlf row 3': '4',
    })
  })

  test('TSV: tab delimiter, NPS column, respondent ids', async () => {
    const p = newProject()
    const preview = await previewTable(fixture('tabs.tsv'), path('tabs.tsv'))
    expect(preview.delimiter).toBe('\t')
    expect(preview.mapping.columns.map((c) => c.role)).toEqual(['respondent_id', 'number', 'nps', 'text'])
    const out = await runImport(p, path('tabs.tsv'), fixture('tabs.tsv'))
    expect(out).toMatchObject({ rows: 4, participants: 4, documents: 3 })
    expect(attributeValues(p, 'How likely are you to recommend us?')).toEqual({ p1: '9', p2: '3', p3: '10', p4: '0' })
  })

  test('blank and repeated headers are named, shown, and reported', async () => {
    const preview = await previewTable(fixture('blank-dup-headers.csv'), path('blank-dup-headers.csv'))
    expect(preview.headers).toEqual(['id', 'Q', 'Q (2)', 'Column 4', 'Comment'])
    expect(preview.warnings.join('\n')).toMatch(/Column 4 has no header/)
    expect(preview.warnings.join('\n')).toMatch(/repeats the header "Q"; it is named "Q \(2\)"/)
    const p = newProject()
    const out = await runImport(p, path('blank-dup-headers.csv'), fixture('blank-dup-headers.csv'))
    expect(out.rows).toBe(2)
    expect(attributeValues(p, 'Q (2)')).toEqual({ '1': 'b', '2': 'd' })
    expect(attributeValues(p, 'Column 4')).toEqual({ '1': 'x', '2': 'y' })
  })

  test('SurveyMonkey: question row + sub-answer row combine into one name per column', async () => {
    const preview = await previewTable(fixture('surveymonkey.csv'), path('surveymonkey.csv'))
    expect(preview.headerRows).toBe(2)
    expect(preview.headers).toEqual([
      'RespondentID',
      'Which tools do you use? — Excel',
      'Which tools do you use? — Notion',
      'Which tools do you use? — Other (please specify)',
      'Overall satisfaction',
      'Gender',
    ])
    expect(preview.rows[0][0]).toBe('1001')
    const p = newProject()
    const out = await runImport(p, path('surveymonkey.csv'), fixture('surveymonkey.csv'))
    expect(out).toMatchObject({ rows: 3, participants: 3, documents: 1 })
    expect(docs(p)[0]).toMatchObject({ text: 'Airtable for planning', label: '1001' })
    expect(attributeValues(p, 'Overall satisfaction')).toEqual({ '1001': '5', '1002': '4', '1003': '1' })
  })

  test('Qualtrics: three header rows, the ImportId row skipped, names from the question row', async () => {
    const preview = await previewTable(fixture('qualtrics.csv'), path('qualtrics.csv'))
    expect(preview.headerRows).toBe(3)
    expect(preview.headers).toEqual(['Start Date', 'Response ID', 'How satisfied are you with support?', 'What should we improve?'])
    const p = newProject()
    const out = await runImport(p, path('qualtrics.csv'), fixture('qualtrics.csv'))
    expect(out.rows).toBe(2)
    const d = docs(p)
    expect(d.map((x) => [x.label, x.text, x.occurredAt])).toEqual([
      ['R_abc1', 'Nothing; it works well for our team', '2024-03-01T10:00:00'],
      ['R_abc2', 'The reports take ages to load, please fix', '2024-03-02T11:30:00'],
    ])
  })

  test('trailing delimiters do not create an empty extra column or bad rows', async () => {
    const preview = await previewTable(fixture('trailing-delimiters.csv'), path('trailing-delimiters.csv'))
    expect(preview.headers).toEqual(['id', 'Segment', 'Notes'])
    expect(preview.badRows).toEqual([])
    const p = newProject()
    const out = await runImport(p, path('trailing-delimiters.csv'), fixture('trailing-delimiters.csv'))
    expect(out).toMatchObject({ rows: 3, documents: 2, skipped: [] })
    expect(count(p, "SELECT count(*) FROM attributes WHERE name LIKE 'Column%'")).toBe(0)
  })

  test('a file without a header row: detected, and the "first row is a header" switch overrides it', async () => {
    const auto = await previewTable(fixture('no-header.tsv'), path('no-header.tsv'))
    expect(auto.headerRows).toBe(0)
    expect(auto.headers).toEqual(['Column 1', 'Column 2'])
    const p = newProject()
    const out = await runImport(p, path('no-header.tsv'), fixture('no-header.tsv'))
    expect(out).toMatchObject({ rows: 5, documents: 5 })
    expect(docs(p).map((d) => d.direction)).toEqual(['rtl', 'rtl', 'ltr', 'rtl', 'ltr'])

    const forced = await previewTable(fixture('no-header.tsv'), path('no-header.tsv'), { header: true })
    expect(forced.headerRows).toBe(1)
    expect(forced.headers).toEqual(['التطبيق ممتاز وسريع جدا', 'POS'])
    const q = newProject()
    expect((await runImport(q, path('no-header.tsv'), fixture('no-header.tsv'), { header: true })).rows).toBe(4)
  })

  test('stray quotes: detected, read without quoting so no rows merge, quotes kept in the text', async () => {
    const preview = await previewTable(fixture('stray-quotes.tsv'), path('stray-quotes.tsv'))
    expect(preview.quoteProblem?.suspected).toBe(true)
    expect(preview.quoting).toBe(false)
    expect(preview.warnings.join('\n')).toMatch(/without quote handling/)
    const p = newProject()
    const out = await runImport(p, path('stray-quotes.tsv'), fixture('stray-quotes.tsv'))
    expect(out.rows).toBe(6)
    expect(docs(p)[0].text).toBe('"quoted start but no end')
  })

  test('stray quotes read with quoting forced on are refused as bad rows that name the quote', async () => {
    const p = newProject()
    const preview = await previewTable(fixture('stray-quotes.tsv'), path('stray-quotes.tsv'))
    const mapping = { ...preview.mapping, quoting: true }
    await expect(runImport(p, path('stray-quotes.tsv'), fixture('stray-quotes.tsv'), { mapping })).rejects.toMatchObject({
      code: 'bad_rows',
      message: expect.stringMatching(/stray-quotes\.tsv.*quote/),
    })
  })
})
