/** Rename, merge and split participants through dispatch, each one undoable step (real SQLite project files). */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { tempDir } from '../helpers/tmp'
import { newProject, runImport } from '../importers/transcripts/helpers'

// Two generated calls: "Sara" in the second is another Sara (a namesake), who must be split off.
const CALL_1 =
  'Interviewer: How do you plan routes?\nSara: On paper, every morning.\nInterviewer: And changes?\nSara: We phone the drivers.\n'
const CALL_2 =
  'Moderator: Tell me about your shop.\nSara: I run a bakery in Leeds.\nModerator: Deliveries?\nSara: Twice a week, by van.\nDan: I drive that van.\n'

async function session(): Promise<Session> {
  const s = new Session('desktop', new SettingsStore(join(tempDir(), 'settings.json')))
  s.project = newProject()
  await runImport(s.project.db, 'call-1.txt', Buffer.from(CALL_1))
  await runImport(s.project.db, 'call-2.txt', Buffer.from(CALL_2))
  return s
}

const idOf = (s: Session, label: string) =>
  s.project!.db.prepare('SELECT id FROM participants WHERE label = ?').pluck().get(label) as number
/** Participant name -> words of their turns, as a researcher would check who said what. */
function whoSaid(s: Session): Record<string, string[]> {
  const rows = s
    .project!.db.prepare(
      `SELECT COALESCE(p.display_name, p.label) AS who, substr(d.text, u.start + 1, u.end - u.start) AS words
         FROM utterances u JOIN participants p ON p.id = u.participant_id JOIN documents d ON d.id = u.document_id ORDER BY u.id`,
    )
    .all() as { who: string; words: string }[]
  const out: Record<string, string[]> = {}
  for (const r of rows) (out[r.who] ??= []).push(r.words)
  return out
}

describe('participant edits', () => {
  it('splits the turns of a namesake into a new participant, and undo/redo restore both', async () => {
    const s = await session()
    const sara = idOf(s, 'Sara')
    const turns = await call(s, 'participants.turns', { id: sara })
    expect(turns.documents.map((d) => [d.title, d.turns])).toEqual([
      ['call-1.txt', 2],
      ['call-2.txt', 2],
    ])
    const secondCall = turns.documents[1].id
    const moved = turns.turns.filter((t) => t.documentId === secondCall).map((t) => t.id)
    const before = whoSaid(s)

    const baker = await call(s, 'participants.split', { id: sara, name: 'Sara (baker)', utteranceIds: moved })
    expect(baker).toMatchObject({ label: 'Sara (baker)', utterances: 2, documents: 1 })
    const after = whoSaid(s)
    expect(after['Sara']).toEqual(['On paper, every morning.', 'We phone the drivers.'])
    expect(after['Sara (baker)']).toEqual(['I run a bakery in Leeds.', 'Twice a week, by van.'])
    expect((await call(s, 'undo.state', {})).undoLabel).toBe('Split “Sara (baker)” from “Sara”')

    await call(s, 'undo.undo', {})
    expect(whoSaid(s)).toEqual(before)
    expect(idOf(s, 'Sara (baker)')).toBeUndefined()
    await call(s, 'undo.redo', {})
    expect(whoSaid(s)).toEqual(after)
  })

  it('a split can move whole documents, and refuses turns that are not the participant’s', async () => {
    const s = await session()
    const sara = idOf(s, 'Sara')
    const doc = (await call(s, 'participants.turns', { id: sara })).documents[1].id
    const dan = idOf(s, 'Dan')
    const danTurn = s.project!.db.prepare('SELECT id FROM utterances WHERE participant_id = ?').pluck().get(dan) as number
    await expect(call(s, 'participants.split', { id: sara, name: 'X', utteranceIds: [danTurn] })).rejects.toThrow(
      /is not one of Sara's turns/,
    )
    await expect(call(s, 'participants.split', { id: sara, name: 'X' })).rejects.toThrow(/choose at least one turn or document/)
    const other = await call(s, 'participants.split', { id: sara, name: 'Sara', documentIds: [doc] })
    // The name is taken, so the new participant gets a label of its own.
    expect(other).toMatchObject({ label: 'Sara (2)', utterances: 2 })
  })

  it('merge and rename are undoable: everything goes back, the merged label included', async () => {
    const s = await session()
    const db = s.project!.db
    const sara = idOf(s, 'Sara')
    const dan = idOf(s, 'Dan')
    const before = whoSaid(s)
    await call(s, 'participants.rename', { id: sara, displayName: 'Sara Cohen' })
    expect(whoSaid(s)['Sara Cohen']).toHaveLength(4)
    await call(s, 'participants.merge', { from: [dan], into: sara })
    expect(whoSaid(s)['Sara Cohen']).toHaveLength(5)
    expect((await call(s, 'undo.state', {})).undoLabel).toBe('Merge participants “Dan” into “Sara Cohen”')
    expect(db.prepare("SELECT value FROM project_meta WHERE key = 'participants.aliases'").pluck().get()).toContain('"Dan"')

    await call(s, 'undo.undo', {})
    expect(idOf(s, 'Dan')).toBe(dan)
    expect(whoSaid(s)['Dan']).toEqual(['I drive that van.'])
    // The alias is gone too, so the next import of "Dan" finds Dan again, not Sara.
    expect(db.prepare("SELECT value FROM project_meta WHERE key = 'participants.aliases'").pluck().get() ?? '').not.toContain('"Dan"')
    await call(s, 'undo.undo', {})
    expect(whoSaid(s)).toEqual(before)
    expect((await call(s, 'participants.list', {})).find((p) => p.id === sara)?.displayName).toBeNull()
  })
})
