/**
 * A .txt file is a transcript unless its lines say it is a table: labelled tweets or reviews saved as
 * "text<TAB>label", one per line, no header (the ASTD Arabic tweets are exactly this). Read as a
 * transcript, every line that happened to open with "someone: " became a speaker and the other
 * thousands of lines were glued onto their turns: 44 "speakers", 357 "turns" from 10,006 tweets.
 * A transcript with tab-separated timestamps stays a transcript.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { mulberry32 } from '../../src/main/services/segments/math/random'
import { project } from '../coding/fixture'
import { tempDir } from '../helpers/tmp'

const OPENINGS = ['عاجل: ', 'د علاء الأسواني يكتب: ', '', '', '', 'شاهد - آخر كلام: ', '']
const BODIES = [
  'الحكومة تعلن خطة جديدة للنقل العام',
  'المرور متوقف تماما على الطريق الدائري',
  'أسعار الكهرباء ترتفع مرة أخرى هذا الشهر',
  'مباراة رائعة الليلة #الأهلي',
]
const LABELS = ['OBJ', 'NEG', 'POS', 'NEUTRAL']

function labelledTweets(n: number, seed = 9): string {
  const rand = mulberry32(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const lines: string[] = []
  for (let i = 0; i < n; i++) lines.push(`${pick(OPENINGS)}${pick(BODIES)} ${i}\t${pick(LABELS)}`)
  return lines.join('\n') + '\n'
}

describe('a .txt table is a table', () => {
  it('imports labelled tweets (text<TAB>label, no header) as one row each, not as a transcript', async () => {
    const f = project([])
    const file = join(tempDir(), 'Tweets.txt')
    writeFileSync(file, labelledTweets(400))
    const preview = await f.run('import.preview', { path: file })
    expect(preview.kind).not.toBe('interview')
    const { sources } = await call(f.session, 'import.run', { jobId: 't', files: [{ path: file }] })
    expect(sources[0].kind).not.toBe('interview')
    expect(sources[0].rows).toBe(400)
    const info = await f.run('project.info')
    expect(info.counts.documents).toBe(400)
  })

  it('keeps a transcript with tab-separated timestamps and speakers a transcript', async () => {
    const f = project([])
    const file = join(tempDir(), 'call.txt')
    const turns = Array.from(
      { length: 30 },
      (_, i) => `00:${String(i).padStart(2, '0')}:10\t${i % 2 ? 'Maya' : 'Interviewer'}\tWe talked about routes and vans, part ${i}.`,
    )
    writeFileSync(file, turns.join('\n') + '\n')
    const { sources } = await call(f.session, 'import.run', { jobId: 't', files: [{ path: file }] })
    expect(sources[0].kind).toBe('interview')
  })
})
