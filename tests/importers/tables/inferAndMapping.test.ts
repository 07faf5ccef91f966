/** Role inference and the mapping schema, as the mapping step and the CLI use them. */
import { describe, expect, test } from 'vitest'
import { findNeedPairs, inferMapping, readTable } from '../../../src/main/importers/tables'
import { matchSavedMapping, parseMapping, tableMappingSchema } from '../../../src/shared/import/mapping'

describe('inferMapping', () => {
  const headers = ['Respondent ID', 'Submitted', 'Country', 'Score', 'Tools used', 'Ease of setup', 'Anything else?']
  const rows = Array.from({ length: 30 }, (_, i) => [
    `R${i + 1}`,
    `2024-05-${String((i % 28) + 1).padStart(2, '0')}`,
    ['Egypt', 'Spain', 'UK'][i % 3],
    String(i % 7),
    ['Excel, Notion', 'Excel', 'Notion, Airtable', 'Airtable, Excel, Notion'][i % 4],
    ['Very easy', 'Somewhat easy', 'Very difficult', 'Somewhat difficult'][i % 4],
    i % 2 ? `Free text answer number ${i} about what I would like changed` : '',
  ])

  test('proposes a role per column from header and values', () => {
    const m = inferMapping(headers, rows)
    expect(m.kind).toBe('survey')
    expect(m.columns.map((c) => c.role)).toEqual(['respondent_id', 'date', 'category', 'number', 'multi_select', 'likert', 'text'])
    const ease = m.columns[5]
    expect(ease.role === 'likert' && ease.levels.map((l) => [l.label, l.value])).toEqual([
      ['Very difficult', 1],
      ['Somewhat difficult', 2],
      ['Neither easy nor difficult', 3],
      ['Somewhat easy', 4],
      ['Very easy', 5],
    ])
    expect(m.columns[4]).toMatchObject({ separator: ',' })
    expect(tableMappingSchema.safeParse(m).success).toBe(true)
  })

  test('a repeated id is not a respondent id in a survey', () => {
    const m = inferMapping(
      ['id', 'x'],
      [
        ['1', 'a'],
        ['1', 'b'],
        ['2', 'c'],
      ],
    )
    expect(m.columns[0].role).not.toBe('respondent_id')
  })

  test('importance/satisfaction pairs in English, Spanish and Arabic; lone halves are not pairs', () => {
    expect(
      findNeedPairs([
        'Importance: Fast setup',
        'Satisfaction: Fast setup',
        'Offline access - importance',
        'Offline access - satisfaction',
        'How important is data export?',
        'How satisfied are you with data export?',
        'Importancia: Precio',
        'Satisfacción: Precio',
        'أهمية: سرعة التوصيل',
        'رضا: سرعة التوصيل',
        'Importance: Only half',
      ]),
    ).toEqual([
      { need: 'Fast setup', importance: 0, satisfaction: 1 },
      { need: 'Offline access', importance: 2, satisfaction: 3 },
      { need: 'data export', importance: 4, satisfaction: 5 },
      { need: 'Precio', importance: 6, satisfaction: 7 },
      { need: 'سرعة التوصيل', importance: 8, satisfaction: 9 },
    ])
  })
})

describe('mapping schema', () => {
  test('defaults are filled and a hand-written mapping validates', () => {
    const r = parseMapping({
      kind: 'feedback',
      headerRows: 1,
      delimiter: ';',
      columns: [
        { header: 'Notes', role: 'text' },
        { header: 'When', role: 'date' },
      ],
    })
    expect(r.ok && r.mapping).toMatchObject({
      version: 1,
      quoting: true,
      headerStyle: 'single',
      columns: [{ textKind: 'answer' }, { order: 'ymd' }],
    })
  })

  test('problems name the column: a missing need name, two id columns', () => {
    const noNeed = parseMapping({
      kind: 'survey',
      headerRows: 1,
      delimiter: ',',
      columns: [{ header: 'c', role: 'need_rating', measure: 'importance' }],
    })
    expect(!noNeed.ok && noNeed.problems.join('\n')).toMatch(/columns\.0\.need/)
    const twoIds = parseMapping({
      kind: 'survey',
      headerRows: 1,
      delimiter: ',',
      columns: [
        { header: 'a', role: 'respondent_id' },
        { header: 'b', role: 'respondent_id' },
      ],
    })
    expect(!twoIds.ok && twoIds.problems.join('\n')).toMatch(/only one id column.*"a", "b"/)
  })

  test('a saved mapping is matched to a new export by header, whatever the order', () => {
    const saved = inferMapping(
      ['id', 'Country', 'Comment'],
      [
        ['1', 'UK', 'A long enough comment for text'],
        ['2', 'UK', 'Another long comment for text'],
      ],
    )
    const { mapping, missing, added } = matchSavedMapping(saved, ['Comment', 'country', 'id', 'New question'])
    expect(mapping.columns.map((c) => [c.header, c.role, c.index])).toEqual([
      ['Comment', 'text', 0],
      ['country', 'category', 1],
      ['id', 'respondent_id', 2],
      ['New question', 'ignore', 3],
    ])
    expect(missing).toEqual([])
    expect(added).toEqual(['New question'])
  })
})

describe('readTable', () => {
  const text = 'id,comment\r\n1,"two\nlines"\r\n\r\n2,plain\r\n3,"x ""q"" y"\r\n'
  test.each([1, 2, 5, 7, 1000])('gives the same records and file line numbers at chunk size %i', async (chunkSize) => {
    const out = []
    for await (const r of readTable(text, { delimiter: ',', newline: '\r\n', quoting: true, chunkSize })) out.push([r.line, ...r.fields])
    expect(out).toEqual([
      [1, 'id', 'comment'],
      [2, '1', 'two\nlines'],
      [5, '2', 'plain'],
      [6, '3', 'x "q" y'],
    ])
  })

  test('reads an async iterable of pieces (how the import service hands over large files)', async () => {
    async function* pieces() {
      yield 'a\tb\n1\t'
      yield 'x\n2\ty'
    }
    const out = []
    for await (const r of readTable(pieces(), { delimiter: '\t', newline: '\n', quoting: false })) out.push(r.fields)
    expect(out).toEqual([
      ['a', 'b'],
      ['1', 'x'],
      ['2', 'y'],
    ])
  })
})
