/**
 * A transcript has a date: read where the file says it (Otter/Zoom/Teams header lines, VTT/SRT
 * NOTE lines, .docx document properties, a "Date:" line, Arabic "التاريخ:"), or given at import
 * (dialog / --date); shown and editable (documents.setDate, `needle date`). Relative deadlines
 * resolve against it, never against the import day.
 */
import { strToU8, unzipSync, zipSync } from 'fflate'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { needle } from '../cli/run'
import { tempDir } from '../helpers/tmp'
import { makeDocx } from '../importers/transcripts/docx'

async function openProject() {
  const dir = tempDir()
  const session = new Session('browser', new SettingsStore(join(dir, 'settings.json')), () => {})
  await call(session, 'project.create', { path: join(dir, 'p.needle') })
  return { dir, session }
}

function withCoreXml(docx: Uint8Array, created: string): Uint8Array {
  const parts = unzipSync(docx)
  parts['docProps/core.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
  )
  return zipSync(parts)
}

const TURN = 'We need the new routes by Friday.'
const FILES: { name: string; bytes: string | Uint8Array; date: string | null }[] = [
  {
    name: 'otter.txt',
    bytes: `Weekly sync with Maya\nWed, Mar 05, 2025 2:03PM • 48:13\n\nMaya: ${TURN}\nInterviewer: Thanks.\n`,
    date: '2025-03-05',
  },
  { name: 'zoom.txt', bytes: `Zoom meeting transcript\nMarch 3, 2025, 10:00AM\n\nMaya: ${TURN}\n`, date: '2025-03-03' },
  {
    name: 'teams.vtt',
    bytes: `WEBVTT\n\nNOTE recorded 2025-03-04\n\n00:00:01.000 --> 00:00:04.000\n<v Maya>${TURN}</v>\n`,
    date: '2025-03-04',
  },
  {
    name: 'labelled.vtt',
    bytes: `WEBVTT\n\nNOTE Date: 12 February 2026\n\n00:00:01.000 --> 00:00:04.000\n<v Maya>${TURN}</v>\n`,
    date: '2026-02-12',
  },
  { name: 'date-line.txt', bytes: `Interview with Maya\nDate: 3 November 2026\n\nMaya: ${TURN}\n`, date: '2026-11-03' },
  { name: 'arabic.txt', bytes: `مقابلة مع سارة\nالتاريخ: ٣ مارس ٢٠٢٥\n\nسارة: نحتاج التقرير بحلول يوم الخميس.\n`, date: '2025-03-03' },
  {
    name: 'word.docx',
    bytes: withCoreXml(makeDocx(['Maya: ' + TURN, 'Interviewer: Thanks.']), '2025-01-20T09:30:00Z'),
    date: '2025-01-20',
  },
  { name: 'teams.docx', bytes: makeDocx(['Customer call', 'March 6, 2025, 3:00PM', 'Maya: ' + TURN]), date: '2025-03-06' },
  // A date inside a spoken turn is not the interview's date.
  { name: 'undated.txt', bytes: `Maya: On 4 March 2025 we lost a day. ${TURN}\nInterviewer: Thanks.\n`, date: null },
]

describe('interview dates', () => {
  for (const f of FILES) {
    it(`reads ${f.date ?? 'no date'} from ${f.name}, shows it in the preview and stores it`, async () => {
      const p = await openProject()
      const path = join(p.dir, f.name)
      writeFileSync(path, f.bytes)
      const preview = await call(p.session, 'import.preview', { path })
      expect(preview.transcript!.date).toBe(f.date)
      const { sources } = await call(p.session, 'import.run', { jobId: 'j', files: [{ path }] })
      expect(sources[0].date).toBe(f.date)
      const docId = (await call(p.session, 'sources.documents', { id: sources[0].sourceId }))[0].id
      expect((await call(p.session, 'documents.get', { id: docId })).occurredAt).toBe(f.date)
    })
  }

  it('resolves relative deadlines against the interview date, and follows the date when the researcher changes it', async () => {
    const p = await openProject()
    const path = join(p.dir, 'otter.txt')
    writeFileSync(path, FILES[0].bytes)
    await call(p.session, 'import.run', { jobId: 'j', files: [{ path }] })
    await call(p.session, 'autocode.run', {})
    const due = async () =>
      (await call(p.session, 'autocode.list', {})).suggestions.flatMap((s) =>
        s.codes.filter((c) => c.kind === 'deadline').map((c) => c.due),
      )
    // Wednesday 5 March 2025: "by Friday" is Friday 7 March 2025 (not a Friday after the import day).
    expect(await due()).toEqual(['2025-03-07'])
    const doc = (await call(p.session, 'documents.dates', {}))[0]
    expect(doc.occurredAt).toBe('2025-03-05')
    await call(p.session, 'documents.setDate', { id: doc.id, date: '2026-11-03' })
    expect((await call(p.session, 'dates.parse', { text: 'by Friday', documentId: doc.id })).date).toBe('2026-11-06')
    await expect(call(p.session, 'documents.setDate', { id: doc.id, date: '2026-02-30' })).rejects.toThrow(/not a real day/)
  })

  it('takes the date given at import over the file (CLI --date), and `needle date` lists and sets it', () => {
    const dir = tempDir()
    const d = { cwd: dir, home: join(dir, 'home') }
    writeFileSync(join(dir, 'otter.txt'), FILES[0].bytes as string)
    writeFileSync(join(dir, 'undated.txt'), FILES[FILES.length - 1].bytes as string)
    expect(needle(['new', 'p.needle'], d).code).toBe(0)
    const first = needle(['import', 'p.needle', 'otter.txt', '--date', '2025-06-30', '--json'], d)
    expect(first.stderr).toBe('')
    expect(JSON.parse(first.stdout).sources[0].date).toBe('2025-06-30')
    expect(needle(['import', 'p.needle', 'undated.txt'], d).stdout).toMatch(/no interview date/)
    const bad = needle(['import', 'p.needle', 'undated.txt', '--date', '30/06/2025'], d)
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/YYYY-MM-DD/)
    const list = JSON.parse(needle(['date', 'p.needle', '--json'], d).stdout).documents as { id: number; date: string | null }[]
    expect(list.map((x) => x.date)).toEqual(['2025-06-30', null])
    expect(needle(['date', 'p.needle', String(list[1].id), '2025-07-01'], d).stdout).toMatch(/interview date 2025-07-01/)
    expect(needle(['date', 'p.needle'], d).stdout).toMatch(/undated: 2025-07-01/)
  }, 120_000)
})
