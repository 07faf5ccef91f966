/**
 * The import service as the app and the CLI use it (through dispatch): several files in one
 * transaction, duplicates asked about, cancel and bad files leave the project as it was.
 */
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import type { EventMap, EventName } from '../../src/shared/contract'
import { tempDir } from '../helpers/tmp'

async function openProject() {
  const dir = tempDir()
  const events: Array<{ event: EventName; payload: unknown }> = []
  const waiting: Array<{ event: EventName; resolve: () => void }> = []
  const session = new Session(
    'browser',
    new SettingsStore(join(dir, 'settings.json')),
    <E extends EventName>(event: E, payload: EventMap[E]) => {
      events.push({ event, payload })
      for (const w of waiting.filter((w) => w.event === event)) w.resolve()
    },
  )
  await call(session, 'project.create', { path: join(dir, 'p.needle') })
  const counts = async () => (await call(session, 'project.info')).counts
  /** Resolves when `event` is next emitted (or at once if it has been already). */
  const next = (event: EventName) =>
    events.some((e) => e.event === event) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ event, resolve }))
  return { dir, session, events, counts, next }
}

const SURVEY =
  'Respondent,Country,What would make planning easier?\nR1,UK,Seeing all vans on one map\nR2,Qatar,أريد تقارير أسبوعية\nR3,UK,\n'
const TRANSCRIPT =
  'Interviewer: What slows you down?\nMaya: We need routes by 7am. The deadline is Friday.\nInterviewer: And then?\nMaya: Then the van broke down.\n'

describe('import service', () => {
  it('imports a survey and a transcript together and reports what it did', async () => {
    const p = await openProject()
    writeFileSync(join(p.dir, 'survey.csv'), SURVEY)
    writeFileSync(join(p.dir, 'maya.txt'), TRANSCRIPT)
    const { sources } = await call(p.session, 'import.run', {
      jobId: 'j1',
      files: [{ path: join(p.dir, 'survey.csv') }, { path: join(p.dir, 'maya.txt') }],
    })
    expect(sources.map((s) => [s.kind, s.rows, s.documents])).toEqual([
      ['survey', 3, 2],
      ['interview', 4, 1],
    ])
    expect(sources[1].speakers).toEqual(['Interviewer', 'Maya'])
    const summary = await call(p.session, 'project.info')
    expect(summary.counts).toMatchObject({ sources: 2, documents: 3 })
    // The report stays in the project.
    const detail = await call(p.session, 'sources.get', { id: sources[0].sourceId })
    expect(detail.report?.importedFrom).toBe(join(p.dir, 'survey.csv'))
    expect(p.events.some((e) => e.event === 'project.changed')).toBe(true)
  })

  it('codes every survey answer by its question, over the whole answer', async () => {
    const p = await openProject()
    writeFileSync(join(p.dir, 'survey.csv'), SURVEY)
    await call(p.session, 'import.run', { jobId: 'q', files: [{ path: join(p.dir, 'survey.csv') }] })
    const codes = await call(p.session, 'codes.list', {})
    const parent = codes.find((c) => c.name === 'Questions')!
    const question = codes.find((c) => c.name === 'What would make planning easier?')!
    expect([question.kind, question.parentId, question.count]).toEqual(['theme', parent.id, 2])
    const segments = await call(p.session, 'coding.segments', { codeIds: [question.id] })
    expect(segments.map((s) => s.text).sort()).toEqual(['Seeing all vans on one map', 'أريد تقارير أسبوعية'])
  })

  it('imports nothing when one file of a batch cannot be read', async () => {
    const p = await openProject()
    writeFileSync(join(p.dir, 'survey.csv'), SURVEY)
    writeFileSync(join(p.dir, 'broken.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3]))
    const before = await p.counts()
    const result = await dispatch(p.session, 'import.run', {
      jobId: 'j2',
      files: [{ path: join(p.dir, 'survey.csv') }, { path: join(p.dir, 'broken.csv') }],
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('unreadable_file')
    expect(result.error.message).toContain('broken.csv')
    expect(result.error.message).toMatch(/ZIP archive/)
    expect(await p.counts()).toEqual(before)
  })

  it('rolls back a file that fails half-way, keeping earlier files of the batch out too', async () => {
    const p = await openProject()
    writeFileSync(join(p.dir, 'maya.txt'), TRANSCRIPT)
    // A table whose row 3 has too many fields: refused unless skipping bad rows.
    writeFileSync(
      join(p.dir, 'bad.csv'),
      'Respondent,What would you change?\nR1,The map is slow when we add urgent jobs in the afternoon\nR2,"one","two","three"\nR3,I would like proof of delivery photos attached to each stop\n',
    )
    const before = await p.counts()
    const result = await dispatch(p.session, 'import.run', {
      jobId: 'j3',
      files: [{ path: join(p.dir, 'maya.txt') }, { path: join(p.dir, 'bad.csv') }],
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('bad_rows')
      expect(result.error.message).toMatch(/bad\.csv/)
    }
    expect(await p.counts()).toEqual(before)
    const again = await call(p.session, 'import.run', {
      jobId: 'j4',
      files: [{ path: join(p.dir, 'bad.csv'), options: { skipBadRows: true } }],
    })
    expect(again.sources[0].skipped.map((s) => s.row)).toEqual([3])
    expect(again.sources[0].documents).toBe(2)
  })

  it('asks before importing the same bytes twice, and imports them when told to', async () => {
    const p = await openProject()
    writeFileSync(join(p.dir, 'maya.txt'), TRANSCRIPT)
    copyFileSync(join(p.dir, 'maya.txt'), join(p.dir, 'maya-copy.txt'))
    await call(p.session, 'import.run', { jobId: 'a', files: [{ path: join(p.dir, 'maya.txt') }] })
    const preview = await call(p.session, 'import.preview', { path: join(p.dir, 'maya-copy.txt') })
    expect(preview.earlier?.name).toBe('maya')
    const twice = await dispatch(p.session, 'import.run', { jobId: 'b', files: [{ path: join(p.dir, 'maya-copy.txt') }] })
    expect(twice.ok ? null : twice.error.code).toBe('duplicate_import')
    expect((await p.counts()).sources).toBe(1)
    await call(p.session, 'import.run', { jobId: 'c', files: [{ path: join(p.dir, 'maya-copy.txt'), options: { allowDuplicate: true } }] })
    expect((await p.counts()).sources).toBe(2)
  })

  it('cancels a running import with nothing written, and reports progress while it runs', async () => {
    const p = await openProject()
    const rows = ['Respondent,Country,Comment']
    for (let i = 1; i <= 60000; i++) rows.push(`R${i},UK,"Route ${i} was late again, we need earlier planning"`)
    writeFileSync(join(p.dir, 'big.csv'), rows.join('\n'))
    const before = await p.counts()
    const running = dispatch(p.session, 'import.run', { jobId: 'big', files: [{ path: join(p.dir, 'big.csv') }] })
    // Cancelled once rows are being written (its first progress report), not after a fixed wait
    // that a loaded machine (still hashing the file) or an idle one (already done) could lose.
    await p.next('import.progress')
    // Other writes are refused while the import holds the project.
    const blocked = await dispatch(p.session, 'sources.remove', { id: 1 })
    expect(blocked.ok ? null : blocked.error.code).toBe('conflict')
    expect(await call(p.session, 'import.cancel', { jobId: 'big' })).toEqual({ cancelled: true })
    const result = await running
    expect(result.ok ? null : result.error.code).toBe('cancelled')
    expect(p.events.some((e) => e.event === 'import.progress')).toBe(true)
    expect(await p.counts()).toEqual(before)
    // The project is usable again afterwards.
    const done = await call(p.session, 'import.run', { jobId: 'big2', files: [{ path: join(p.dir, 'big.csv') }] })
    expect(done.sources[0].rows).toBe(60000)
  })

  it('previews a table with its inferred mapping, and reuses the mapping for the next export', async () => {
    const p = await openProject()
    writeFileSync(join(p.dir, 'survey.csv'), SURVEY)
    const first = await call(p.session, 'import.preview', { path: join(p.dir, 'survey.csv') })
    expect(first.table?.headers).toEqual(['Respondent', 'Country', 'What would make planning easier?'])
    expect(first.reusedMappingFrom).toBeNull()
    const mapping = first.table!.mapping
    // The researcher decides Country should be ignored.
    const edited = {
      ...mapping,
      columns: mapping.columns.map((c) => (c.header === 'Country' ? { header: c.header, index: c.index, role: 'ignore' } : c)),
    }
    await call(p.session, 'import.run', { jobId: 'm', files: [{ path: join(p.dir, 'survey.csv'), options: { mapping: edited } }] })
    writeFileSync(join(p.dir, 'survey-wave2.csv'), SURVEY.replace('R1,UK', 'R9,UK'))
    const second = await call(p.session, 'import.preview', { path: join(p.dir, 'survey-wave2.csv') })
    expect(second.reusedMappingFrom).toBe('survey.csv')
    expect(second.table?.mapping.columns.find((c) => c.header === 'Country')?.role).toBe('ignore')
  })

  it('previews a transcript: speakers, interviewer, first turns', async () => {
    const p = await openProject()
    writeFileSync(join(p.dir, 'maya.txt'), TRANSCRIPT)
    const preview = await call(p.session, 'import.preview', { path: join(p.dir, 'maya.txt') })
    expect(preview.kind).toBe('interview')
    expect(preview.transcript?.speakers).toEqual([
      { name: 'Interviewer', turns: 2, interviewer: true },
      { name: 'Maya', turns: 2, interviewer: false },
    ])
    expect(preview.transcript?.turns[1]).toMatchObject({ speaker: 'Maya', text: 'We need routes by 7am. The deadline is Friday.' })
  })
})
