/**
 * Coded-segment exports say who said each interview highlight: the speaker of the turn it
 * covers. A group interview has no single participant for its document, so reading the
 * document's participant leaves every interview highlight without a speaker.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { tempDir } from '../helpers/tmp'
import { project } from '../coding/fixture'
import { runImport } from '../importers/transcripts/helpers'
import { unzipOne } from './helpers'

// A generated group interview (fixed text): an interviewer and two customers of one company.
const CALL = [
  'Interviewer: What slows your deliveries down?',
  'Dana Levi: The proof of delivery photos upload far too slowly on rural routes.',
  'Omar Said: For us it is rerouting when a van breaks down mid-shift.',
  'Interviewer: And deadlines?',
  'Dana Levi: The pharmacy audit is on March 31 and we need signed records by then.',
].join('\n')

function rows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
}

async function codedGroupInterview() {
  const f = project([{ text: 'Faster exports, please.', kind: 'survey', participant: 'R-17' }])
  const db = f.session.project!.db
  await runImport(db, 'group-call.txt', Buffer.from(CALL))
  const doc = db.prepare("SELECT id FROM documents WHERE title = 'group-call.txt'").pluck().get() as number
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(doc) as string
  const need = (await f.run('codes.create', { name: 'Upload speed', kind: 'need' })).id
  const reroute = (await f.run('codes.create', { name: 'Rerouting', kind: 'need' })).id
  const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length })
  await f.run('highlights.create', { documentId: doc, ...at('photos upload far too slowly'), codeIds: [need] })
  await f.run('highlights.create', { documentId: doc, ...at('rerouting when a van breaks down'), codeIds: [reroute] })
  await f.run('highlights.create', { documentId: doc, ...at('signed records by then'), codeIds: [need] })
  await f.run('highlights.create', { documentId: f.docs[0], start: 0, end: 14, codeIds: [need] })
  return { f, doc }
}

describe('speakers in coded-segment exports', () => {
  it('the codings CSV names the speaker of every interview highlight', async () => {
    const { f } = await codedGroupInterview()
    const out = join(tempDir(), 'codings.csv')
    await f.run('interop.exportCsv', { path: out, table: 'codings' })
    const byText = Object.fromEntries(rows(readFileSync(out, 'utf8')).map((r) => [r.text, r.participant]))
    expect(byText).toEqual({
      'photos upload far too slowly': 'Dana Levi',
      'rerouting when a van breaks down': 'Omar Said',
      'signed records by then': 'Dana Levi',
      'Faster exports': 'R-17',
    })
  })

  it('the participants × codes matrix counts interview highlights under their speakers, none under "(no participant)"', async () => {
    const { f } = await codedGroupInterview()
    const out = join(tempDir(), 'matrix.csv')
    await f.run('interop.exportCsv', { path: out, table: 'matrix' })
    const matrix = Object.fromEntries(rows(readFileSync(out, 'utf8')).map((r) => [r.participant, r]))
    expect(matrix['(no participant)']).toBeUndefined()
    expect(matrix['Dana Levi']).toMatchObject({ 'Upload speed': '2', Rerouting: '0' })
    expect(matrix['Omar Said']).toMatchObject({ 'Upload speed': '0', Rerouting: '1' })
    expect(matrix['Interviewer (group-call)']).toMatchObject({ 'Upload speed': '0', Rerouting: '0' })
    expect(matrix['R-17']).toMatchObject({ 'Upload speed': '1' })
  })

  it('a renamed participant is exported under the new name', async () => {
    const { f } = await codedGroupInterview()
    const db = f.session.project!.db
    const omar = db.prepare("SELECT id FROM participants WHERE label = 'Omar Said'").pluck().get() as number
    await call(f.session, 'participants.rename', { id: omar, displayName: 'Omar S. (fleet lead)' })
    const out = join(tempDir(), 'codings.csv')
    await f.run('interop.exportCsv', { path: out, table: 'codings' })
    expect(rows(readFileSync(out, 'utf8')).find((r) => r.text.startsWith('rerouting'))?.participant).toBe('Omar S. (fleet lead)')
  })

  it('REFI-QDA: each speaker’s Case refers to the selections they said', async () => {
    const { f } = await codedGroupInterview()
    const out = join(tempDir(), 'group.qdpx')
    await f.run('interop.exportQdpx', { path: out })
    const xml = unzipOne(out, 'project.qde').toString('utf8')
    const selectionName = (guid: string) => new RegExp(`<PlainTextSelection guid="${guid}" name="([^"]*)"`).exec(xml)?.[1]
    const saidBy = (name: string) => {
      const c = new RegExp(`<Case guid="[^"]+" name="${name}">(.*?)</Case>`).exec(xml)?.[1] ?? ''
      return [...c.matchAll(/<SelectionRef targetGUID="([^"]+)"\/>/g)].map((m) => selectionName(m[1]))
    }
    expect(saidBy('Dana Levi').sort()).toEqual(['photos upload far too slowly', 'signed records by then'])
    expect(saidBy('Omar Said')).toEqual(['rerouting when a van breaks down'])
  })
})
