/** Speaker management through dispatch, as the app and the CLI call it. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../../src/main/dispatch'
import { Session } from '../../../src/main/session'
import { SettingsStore } from '../../../src/main/services/settings/store'
import { SourceStore } from '../../../src/main/services/sources/store'
import { tempDir } from '../../helpers/tmp'
import { fixture, newProject, runImport } from './helpers'

async function sessionWithInterviews(): Promise<Session> {
  const session = new Session('desktop', new SettingsStore(join(tempDir(), 'settings.json')))
  session.project = newProject()
  const db = session.project.db
  await runImport(db, 'teams-voices.vtt', fixture('teams-voices.vtt'))
  // The same person under another spelling, in a second interview.
  await runImport(
    db,
    'second.vtt',
    Buffer.from(
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Moderator>Again?\n\n00:03.000 --> 00:05.000\n<v Maya C.>Yes, the list vanished again.\n',
    ),
  )
  return session
}

function idOf(session: Session, label: string): number {
  return session.project!.db.prepare('SELECT id FROM participants WHERE label = ?').pluck().get(label) as number
}

describe('participants channels', () => {
  it('lists speakers with their documents, utterances and interviewer flag', async () => {
    const session = await sessionWithInterviews()
    const list = await call(session, 'participants.list')
    expect(list.map((p) => [p.label, p.isInterviewer, p.documents, p.utterances])).toEqual([
      ['Interviewer (teams-voices)', true, 1, 2],
      ['Maya C.', false, 1, 1],
      ['Maya Cohen', false, 1, 2],
      ['Moderator (second)', true, 1, 1],
    ])
  })

  it('merges a speaker into an existing participant in one step, and the next import of that speaker lands there too', async () => {
    const session = await sessionWithInterviews()
    const db = session.project!.db
    const maya = idOf(session, 'Maya Cohen')
    const short = idOf(session, 'Maya C.')
    const store = new SourceStore(db)
    const [city, role] = [store.attribute('city', 'category'), store.attribute('role', 'category')]
    store.setAttribute(maya, city, 'Haifa')
    store.setAttributes(short, [city, role], ['Tel Aviv', 'owner'])
    db.prepare("INSERT INTO segments (name, method, definition, created_at) VALUES ('busy', 'manual', '{}', 'now')").run()
    db.prepare('INSERT INTO segment_members (segment_id, participant_id) VALUES (1, ?), (1, ?)').run(maya, short)
    db.prepare(
      "INSERT INTO memos (target_kind, target_id, text, created_at, updated_at) VALUES ('participant', ?, 'called twice', 'now', 'now')",
    ).run(short)

    const merged = await call(session, 'participants.merge', { from: [short], into: maya })
    expect(merged).toMatchObject({
      id: maya,
      label: 'Maya Cohen',
      documents: 2,
      utterances: 3,
      attributes: { city: 'Haifa', role: 'owner' },
    })
    expect(db.prepare('SELECT COUNT(*) FROM participants WHERE id = ?').pluck().get(short)).toBe(0)
    expect(db.prepare('SELECT participant_id FROM segment_members').pluck().all()).toEqual([maya])
    expect(db.prepare("SELECT target_id FROM memos WHERE target_kind = 'participant'").pluck().get()).toBe(maya)
    expect(db.prepare("SELECT DISTINCT participant_id FROM utterances WHERE speaker IN ('Maya C.', 'Maya Cohen')").pluck().all()).toEqual([
      maya,
    ])

    await runImport(db, 'third.vtt', Buffer.from('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Maya C.>Still here.\n'))
    expect(db.prepare("SELECT participant_id FROM utterances WHERE speaker = 'Maya C.' ORDER BY id DESC").pluck().get()).toBe(maya)
    expect(db.prepare("SELECT COUNT(*) FROM participants WHERE label = 'Maya C.'").pluck().get()).toBe(0)
  })

  it('leaves everything as it was when a merge names a participant that does not exist', async () => {
    const session = await sessionWithInterviews()
    const db = session.project!.db
    const before = db.prepare('SELECT id, participant_id FROM utterances ORDER BY id').all()
    const result = await dispatch(session, 'participants.merge', {
      from: [idOf(session, 'Maya C.'), 999],
      into: idOf(session, 'Maya Cohen'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('999') } })
    expect(db.prepare('SELECT id, participant_id FROM utterances ORDER BY id').all()).toEqual(before)
    expect(db.prepare('SELECT COUNT(*) FROM participants').pluck().get()).toBe(4)
    const self = await dispatch(session, 'participants.merge', { from: [1], into: 1 })
    expect(self).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('itself') } })
  })

  it('renames and marks interviewers', async () => {
    const session = await sessionWithInterviews()
    const maya = idOf(session, 'Maya Cohen')
    expect(await call(session, 'participants.rename', { id: maya, displayName: '  Maya (bakery)  ' })).toMatchObject({
      label: 'Maya Cohen',
      displayName: 'Maya (bakery)',
    })
    expect(await call(session, 'participants.rename', { id: maya, displayName: '' })).toMatchObject({ displayName: null })
    expect(await call(session, 'participants.setInterviewer', { id: maya, interviewer: true })).toMatchObject({ isInterviewer: true })
    const mod = idOf(session, 'Moderator (second)')
    expect(await call(session, 'participants.setInterviewer', { id: mod, interviewer: false })).toMatchObject({ isInterviewer: false })
    // A researcher's choice survives the next import of a transcript with that speaker.
    await runImport(session.project!.db, 'again.vtt', Buffer.from('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Moderator>Hello.\n'))
    expect((await call(session, 'participants.list')).find((p) => p.id === mod)?.isInterviewer).toBe(false)
  })
})
