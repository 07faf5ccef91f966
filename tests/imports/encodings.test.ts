/**
 * Encodings: the reading that gives plausible text for the language the file's letters form
 * wins, the mapping step shows it with a preview, and the researcher can name another (app:
 * the preview/import option; CLI: --encoding). Checked on the real fivethirtyeight Star Wars
 * survey (English, Windows-1252, which was read as Hebrew) and on generated surveys written
 * with iconv-lite in windows-1252, windows-1255, windows-1256 and UTF-8.
 */
import iconv from 'iconv-lite'
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import type { TableMapping } from '../../src/shared/import/mapping'
import { needle } from '../cli/run'
import { hasRealData, realFile } from '../helpers/realData'
import { tempDir } from '../helpers/tmp'

const STAR_WARS = realFile('surveys', 'fivethirtyeight_surveymonkey_exports', 'star-wars-survey__StarWars.csv')

async function openProject() {
  const dir = tempDir()
  const session = new Session('browser', new SettingsStore(join(dir, 'settings.json')), () => {})
  await call(session, 'project.create', { path: join(dir, 'p.needle') })
  return { dir, session }
}

const answers = (session: Session) => session.project!.db.prepare('SELECT text FROM documents ORDER BY id').pluck().all() as string[]

describe.skipIf(!hasRealData)('the real Star Wars survey (English, Windows-1252)', () => {
  it('is previewed and imported as windows-1252, not Hebrew, and --encoding overrides it', async () => {
    const p = await openProject()
    const preview = await call(p.session, 'import.preview', { path: STAR_WARS })
    expect(preview.table!.encoding).toBe('windows-1252')
    const headerText = preview.table!.headers.join(' ')
    expect(headerText).not.toMatch(/\p{Script=Hebrew}/u)
    expect(headerText).toContain('Expanded Universe?Œæ')

    const dir = tempDir()
    const d = { cwd: dir, home: join(dir, 'home') }
    copyFileSync(STAR_WARS, join(dir, 'starwars.csv'))
    expect(needle(['new', 'p.needle'], d).code).toBe(0)
    const out = needle(['import', 'p.needle', 'starwars.csv', '--json'], d)
    expect(out.stderr).toBe('')
    expect(JSON.parse(out.stdout).sources[0].encoding).toBe('windows-1252')
    expect(needle(['new', 'q.needle'], d).code).toBe(0)
    const chosen = needle(['import', 'q.needle', 'starwars.csv', '--encoding', 'windows-1255'], d)
    expect(chosen.stdout).toMatch(/encoding windows-1255 \(chosen\)/)
  }, 120_000)
})

// Generated surveys: the same questions, answers in the language of each code page.
const SURVEYS: { encoding: string; answers: string[] }[] = [
  {
    encoding: 'windows-1252',
    answers: [
      'Le café était fermé, déjà à midi',
      'Die Lieferung für Müller kam zu spät',
      'Necesitamos más señales en el menú',
      'Ça coûte trop cher – “toujours”',
      'Große Probleme mit der Übersicht',
      'Naïve question: où est le reçu?',
    ],
  },
  {
    encoding: 'windows-1255',
    answers: [
      'אנחנו צריכים משלוח מהיר',
      'התמיכה איטית מאוד',
      'הדוח השבועי חסר',
      'צריך כניסה אחת לכל המערכות',
      'המועד הוא סוף החודש',
      'שלום',
    ],
  },
  {
    encoding: 'windows-1256',
    answers: ['نحتاج إلى تسليم سريع', 'الدعم بطيء جداً', 'التقرير الأسبوعي ناقص', 'نريد دخولاً واحداً', 'الموعد نهاية الشهر', 'شكراً'],
  },
  {
    encoding: 'utf-8',
    answers: ['Café 🚀 déjà', 'نحتاج إلى تسليم سريع', 'אנחנו צריכים משלוח', 'Müller – “late”', 'Plain answer', 'Ещё один ответ'],
  },
]

/** The preview's mapping with the answer column read as open text (six short answers look like a category). */
function asText(mapping: TableMapping): TableMapping {
  return {
    ...mapping,
    columns: mapping.columns.map((c) => (c.index === 1 ? { header: c.header, index: c.index, role: 'text', textKind: 'answer' } : c)),
  } as TableMapping
}

function csv(answersList: string[]): string {
  return ['Respondent,What would help most?', ...answersList.map((a, i) => `R${i + 1},"${a}"`)].join('\r\n') + '\r\n'
}

describe('generated surveys in each code page', () => {
  for (const s of SURVEYS) {
    it(`reads a ${s.encoding} survey back exactly and names the encoding`, async () => {
      const p = await openProject()
      const path = join(p.dir, `survey-${s.encoding}.csv`)
      writeFileSync(path, iconv.encode(csv(s.answers), s.encoding))
      const preview = await call(p.session, 'import.preview', { path })
      expect(preview.table!.encoding.toLowerCase()).toBe(s.encoding === 'utf-8' ? 'utf-8' : s.encoding)
      expect(preview.table!.rows.map((r) => r[1])).toEqual(s.answers)
      const { sources } = await call(p.session, 'import.run', {
        jobId: 'j',
        files: [{ path, options: { mapping: asText(preview.table!.mapping) } }],
      })
      expect(sources[0].encoding?.toLowerCase()).toBe(s.encoding)
      expect(answers(p.session)).toEqual(s.answers)
    })
  }

  it('reads a file in the encoding the researcher names, and refuses a name it does not know', async () => {
    const p = await openProject()
    const path = join(p.dir, 'arabic.csv')
    writeFileSync(path, iconv.encode(csv(SURVEYS[2].answers), 'windows-1256'))
    const forced = await call(p.session, 'import.preview', { path, options: { encoding: 'windows-1252' } })
    expect(forced.table!.encoding).toBe('windows-1252 (chosen)')
    expect(forced.table!.rows[0][1]).toBe(iconv.decode(iconv.encode(SURVEYS[2].answers[0], 'windows-1256'), 'windows-1252'))
    await expect(call(p.session, 'import.preview', { path, options: { encoding: 'klingon-8' } })).rejects.toThrow(
      /arabic\.csv: "klingon-8" is not an encoding Needle knows.*windows-1256/,
    )
    const detected = await call(p.session, 'import.preview', { path })
    const { sources } = await call(p.session, 'import.run', {
      jobId: 'j',
      files: [{ path, options: { encoding: 'cp1256', mapping: asText(detected.table!.mapping) } }],
    })
    expect(sources[0].encoding).toBe('windows-1256 (chosen)')
    expect(answers(p.session)).toEqual(SURVEYS[2].answers)
  })
})
