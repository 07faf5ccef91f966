/**
 * Importance/satisfaction asked as SurveyMonkey matrix questions: the question in the first header
 * row, one need per column in the second, joined as "Question — Need". They are rating pairs, so a
 * survey in that layout can be segmented on its ratings.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { findNeedPairs } from '../../../src/main/importers/tables'
import { makeProject } from '../../segments-service/fixture'

describe('matrix-layout need pairs', () => {
  test('"How important are each of the following to you? — X" pairs with "How satisfied … — X" (English and Arabic)', () => {
    expect(
      findNeedPairs([
        'Respondent ID',
        'How important are each of the following to you? — Fast setup',
        'How important are each of the following to you? — Live tracking',
        'How satisfied are you with each of the following? — Fast setup',
        'How satisfied are you with each of the following? — Live tracking',
        'ما مدى أهمية كل مما يلي بالنسبة لك؟ — سرعة التوصيل',
        'ما مدى رضاك عن كل مما يلي؟ — سرعة التوصيل',
        'Which of these do you use? — Maps',
      ]),
    ).toEqual([
      { need: 'Fast setup', importance: 1, satisfaction: 3 },
      { need: 'Live tracking', importance: 2, satisfaction: 4 },
      { need: 'سرعة التوصيل', importance: 5, satisfaction: 6 },
    ])
  })

  test('a SurveyMonkey export with matrix questions imports ratings and segments on them', async () => {
    const p = makeProject([])
    const rows = [
      [
        'Respondent ID',
        'How important are each of the following to you?',
        '',
        'How satisfied are you with each of the following?',
        '',
        'What is your role?',
      ],
      ['', 'Fast setup', 'Live tracking', 'Fast setup', 'Live tracking', 'Response'],
    ]
    for (let i = 0; i < 24; i++) rows.push([`R${i + 1}`, ...(i % 2 ? ['5', '1', '1', '5', 'Dispatcher'] : ['1', '5', '5', '1', 'Driver'])])
    const file = join(p.dir, 'monkey.csv')
    writeFileSync(file, rows.map((r) => r.join(',')).join('\n') + '\n')
    await p.run('import.run', { jobId: 'm', files: [{ path: file, options: { kind: 'survey' } }] })
    const run = await p.run('segments.run', { inputs: ['ratings'], resamples: 0 })
    expect(run.participants).toBe(24)
    expect(run.columns).toEqual(expect.arrayContaining(['importance: Fast setup', 'satisfaction: Live tracking']))
    expect(run.k).toBe(2)
  })
})
