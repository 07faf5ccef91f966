/**
 * The detected project language is kept with the project (project_meta 'language_detected') so that
 * `needle info` and every project.changed do not re-read a text sample of the whole project; it must
 * still follow the content through every kind of write: imports, removing a source, renaming a code,
 * undo and redo. Real transcripts through the real importer, a real SQLite file, dispatch.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectSummary } from '../../src/main/services/project/summary'
import { makeProject, type Project } from '../segments-service/fixture'

const ENGLISH_TURN =
  'Interviewer: How do you plan the deliveries each morning?\nRana: We print the route sheet and call every driver before eight.\n'
const ARABIC_TURN = 'المحاور: كيف تخططون للتوصيل كل صباح؟\nرنا: نطبع ورقة المسار ونتصل بكل سائق قبل الثامنة، ثم نراجع الطلبات المتأخرة.\n'

async function importTranscript(p: Project, name: string, text: string): Promise<number> {
  const path = join(p.dir, name)
  writeFileSync(path, text)
  const { sources } = await p.run('import.run', { jobId: name, files: [{ path, options: { kind: 'interview' } }] })
  return sources[0]!.sourceId
}

const detected = async (p: Project) => (await p.run('project.info')).language.detected

describe('the detected project language, kept with the project', () => {
  it('follows the content: an Arabic interview imported into an English project makes it Arabic, removing it English again', async () => {
    const p = makeProject([])
    await importTranscript(p, 'english.txt', ENGLISH_TURN)
    expect(await detected(p)).toBe('en')
    // Known now, and kept: the next import has to replace it inside its own write.
    const arabic = await importTranscript(p, 'arabic.txt', ARABIC_TURN.repeat(20))
    expect(await detected(p)).toBe('ar')
    await p.run('sources.remove', { id: arabic })
    expect(await detected(p)).toBe('en')
  })

  it('follows a code renamed into Arabic, and its undo and redo (which still work with the language known in between)', async () => {
    const p = makeProject([])
    const code = await p.run('codes.create', { name: 'Late deliveries', kind: 'need' })
    expect(await detected(p)).toBe('en')
    await p.run('codes.update', { id: code.id, name: 'تأخر التوصيل إلى المتاجر في المساء' })
    expect(await detected(p)).toBe('ar')
    await p.run('undo.undo')
    expect(await detected(p)).toBe('en')
    await p.run('undo.redo')
    expect(await detected(p)).toBe('ar')
  })

  it('is no part of an undo step: a new code stays undoable after the language is chosen (a project setting written meanwhile)', async () => {
    const p = makeProject([])
    await importTranscript(p, 'english.txt', ENGLISH_TURN)
    expect(await detected(p)).toBe('en')
    // The new code forgets the kept language; choosing a language writes a setting and announces the
    // project, which keeps the detected language anew. Neither touched the code.
    const code = await p.run('codes.create', { name: 'Route planning', kind: 'need' })
    await p.run('project.setLanguage', { language: 'en' })
    const undone = await p.run('undo.undo')
    expect(undone.canUndo).toBe(false)
    expect((await p.run('codes.list')).map((c) => c.id)).not.toContain(code.id)
    expect((await p.run('project.info')).language).toEqual({ language: 'en', chosen: 'en', detected: 'en' })
  })

  it('is not worked out again for each summary: once known, a summary only counts the content and reads none of it', async () => {
    const p = makeProject([])
    await importTranscript(p, 'english.txt', ENGLISH_TURN)
    await importTranscript(p, 'arabic.txt', ARABIC_TURN.repeat(20))
    await p.run('codes.create', { name: 'Route planning', kind: 'need' })
    expect(await detected(p)).toBe('ar')

    // Every statement the next summary prepares, as SQLite receives it (the real statements still run).
    const project = p.session.project!
    const db = project.db
    const seen: string[] = []
    const prepare = db.prepare.bind(db)
    db.prepare = ((sql: string) => {
      seen.push(sql.replace(/\s+/g, ' '))
      return prepare(sql)
    }) as typeof db.prepare
    try {
      const summary = projectSummary(project)
      expect(summary.language.detected).toBe('ar')
      expect(summary.counts.documents).toBe(2)
    } finally {
      db.prepare = prepare as typeof db.prepare
    }
    const CONTENT = /\bFROM (documents|participant_values|codes|attributes)\b/
    const reads = seen.filter((sql) => CONTENT.test(sql) && !/^SELECT count\(\*\) AS n FROM \w+$/.test(sql.trim()))
    // listSources counts each source's documents in a subquery; nothing else may touch the content tables.
    expect(reads.filter((sql) => !/^SELECT s\.id, s\.kind/.test(sql.trim()))).toEqual([])
  })
})
