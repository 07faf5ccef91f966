/** Merging a teammate's copy: the union once, twice changes nothing, conflicts reported, their file untouched. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openProject } from '../../src/main/db/open'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { SourceStore } from '../../src/main/services/sources/store'
import { tempDir } from '../helpers/tmp'
import { code, codedProject, counts, TEXTS } from './helpers'

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex')

/** The teammate: the same project saved as a copy, opened in their own session, coded further. */
async function teammateCopy() {
  const a = await codedProject()
  const dir = tempDir()
  const copy = join(dir, 'ben.needle')
  await a.run('project.saveCopy', { path: copy })
  const settings = new SettingsStore(join(dir, 'settings.json'))
  settings.update({ coderName: 'Ben' })
  const ben = new Session('desktop', settings)
  ben.project = openProject(copy)
  const db = ben.project.db
  const docs = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]
  const speed = db.prepare("SELECT id FROM codes WHERE name = 'Speed'").pluck().get() as number
  // Ben recodes, adds a code, recolours one, adds a source and a participant attribute.
  const churn = (await call(ben, 'codes.create', { name: 'Churn risk', kind: 'emergency' })).id
  await call(ben, 'codes.update', { id: speed, color: '#000000' })
  await code({ session: ben, docs, run: (c, i) => call(ben, c, i ?? {}) as never }, 'Ben', docs[0], TEXTS.emoji, 'the client walks', [
    churn,
  ])
  db.transaction(() => {
    const store = new SourceStore(db)
    const sid = store.addSource({
      kind: 'feedback',
      name: 'Support tickets',
      fileName: 'tickets.csv',
      checksum: 'feedbeef',
      encoding: 'utf-8',
      rowCount: 1,
    })
    store.addDocument({
      sourceId: sid,
      participantId: store.participant('Lina'),
      title: 'Ticket 1',
      text: 'Export keeps failing.',
      direction: 'ltr',
    })
    store.setAttribute(store.participant('Nadia'), store.attribute('plan', 'category'), 'Enterprise')
  })()
  ben.closeProject()
  return { a, copy }
}

describe('project.merge', () => {
  it("adds a teammate's work once; merging the same copy again changes nothing", async () => {
    const { a, copy } = await teammateCopy()
    const theirs = sha(copy)
    const before = counts(a.session.project!.db)
    const first = await a.run('project.merge', { path: copy })
    expect(first.added).toEqual({ sources: 1, documents: 1, codes: 1, highlights: 1, participants: 1, memos: 0, events: 0 })
    expect(first.skipped).toMatchObject({ sources: 2, documents: 5, codes: 5, highlights: 6, participants: 5, memos: 4, events: 0 })
    expect(first.conflicts).toEqual(
      expect.arrayContaining([
        { kind: 'code', name: 'Speed', field: 'colour', ours: '#4c9f70', theirs: '#000000' },
        { kind: 'participant', name: 'Nadia', field: 'plan', ours: 'Pro', theirs: 'Enterprise' },
      ]),
    )
    const once = counts(a.session.project!.db)
    expect(once).toMatchObject({ highlights: before.highlights + 1, sources: before.sources + 1, codes: before.codes + 1 })
    const second = await a.run('project.merge', { path: copy })
    expect(second.added).toEqual({ sources: 0, documents: 0, codes: 0, highlights: 0, participants: 0, memos: 0, events: 0 })
    expect(counts(a.session.project!.db)).toEqual(once)
    // Ours kept, theirs untouched.
    expect(a.session.project!.db.prepare("SELECT color FROM codes WHERE name = 'Speed'").pluck().get()).toBe('#4c9f70')
    expect(sha(copy)).toBe(theirs)
  })

  it('refuses a file with a trigger, and the project is left as it was', async () => {
    const { a, copy } = await teammateCopy()
    const raw = new Database(copy)
    raw.exec('CREATE TRIGGER wipe AFTER INSERT ON highlights BEGIN DELETE FROM codes; END')
    raw.close()
    const before = counts(a.session.project!.db)
    await expect(a.run('project.merge', { path: copy })).rejects.toThrow(/ben\.needle is not safe to open: it contains trigger "wipe"/)
    expect(counts(a.session.project!.db)).toEqual(before)
  })

  it('refuses to merge the project into itself', async () => {
    const a = await codedProject()
    await expect(a.run('project.merge', { path: a.session.project!.path })).rejects.toThrow(/the open project itself/)
  })
})
