import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { NeedleError } from '../../../src/shared/errors'
import { makeDocx } from './docx'
import { fixture, newProject, runImport, storedUtterances, tableCounts } from './helpers'

function participants(db: import('better-sqlite3').Database) {
  return db.prepare('SELECT label, is_interviewer AS interviewer FROM participants ORDER BY id').all()
}

function onlyDocument(db: import('better-sqlite3').Database) {
  return db.prepare('SELECT id, title, direction, participant_id AS participantId, text FROM documents').get() as {
    id: number
    title: string
    direction: string
    participantId: number | null
    text: string
  }
}

describe('importTranscript', () => {
  it('imports a Teams VTT as one source, one document, utterances with times, speakers as participants', async () => {
    const { db } = newProject()
    const outcome = await runImport(db, '/data/teams-voices.vtt', fixture('teams-voices.vtt'))
    expect(outcome).toMatchObject({
      kind: 'interview',
      rows: 4,
      documents: 1,
      participants: 2,
      utterances: 4,
      speakers: ['Interviewer', 'Maya Cohen'],
      skipped: [],
    })
    const source = db.prepare('SELECT kind, name, file_name, encoding, row_count, checksum, report FROM sources').get() as Record<
      string,
      string
    >
    expect(source).toMatchObject({
      kind: 'interview',
      name: 'teams-voices',
      file_name: 'teams-voices.vtt',
      encoding: 'UTF-8',
      row_count: 4,
    })
    expect(source.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.parse(source.report)).toMatchObject({
      format: 'vtt',
      turns: 4,
      speakers: ['Interviewer', 'Maya Cohen'],
      interviewers: ['Interviewer'],
    })
    const doc = onlyDocument(db)
    expect(doc).toMatchObject({ title: 'teams-voices.vtt', direction: 'ltr' })
    expect(participants(db)).toEqual([
      // A generic role is a person of this interview only (issue 12), so it carries the file's name.
      { label: 'Interviewer (teams-voices)', interviewer: 1 },
      { label: 'Maya Cohen', interviewer: 0 },
    ])
    // A one-on-one interview is filed under the interviewee.
    const maya = db.prepare("SELECT id FROM participants WHERE label = 'Maya Cohen'").pluck().get()
    expect(doc.participantId).toBe(maya)
    expect(storedUtterances(db, doc.id)[3]).toEqual({
      seq: 3,
      speaker: 'Maya Cohen',
      participant: 'Maya Cohen',
      words: 'The app forgets my list.',
      timeStartMs: 3612000,
      timeEndMs: 3615000,
    })
    // The text is searchable as soon as it is imported.
    expect(db.prepare("SELECT rowid FROM document_fts WHERE document_fts MATCH 'forgets'").pluck().all()).toEqual([doc.id])
  })

  it('marks Moderator, المحاور and מראיין as interviewers, and detects right-to-left documents', async () => {
    const { db } = newProject()
    await runImport(db, 'zoom-names.vtt', fixture('zoom-names.vtt'))
    await runImport(db, 'arabic.txt', fixture('arabic.txt'))
    await runImport(db, 'hebrew.txt', fixture('hebrew.txt'))
    expect(participants(db)).toEqual([
      { label: 'Moderator (zoom-names)', interviewer: 1 },
      { label: 'Lena Park (Acme)', interviewer: 0 },
      { label: 'Sam', interviewer: 0 },
      { label: 'المحاور (arabic)', interviewer: 1 },
      { label: 'سارة', interviewer: 0 },
      { label: 'מראיין (hebrew)', interviewer: 1 },
      { label: 'רותי לוי', interviewer: 0 },
    ])
    const docs = db.prepare('SELECT title, direction FROM documents ORDER BY id').all()
    expect(docs).toEqual([
      { title: 'zoom-names.vtt', direction: 'ltr' },
      { title: 'arabic.txt', direction: 'rtl' },
      { title: 'hebrew.txt', direction: 'rtl' },
    ])
    // Two interviewees in the Zoom call: the document belongs to no single participant.
    expect(db.prepare("SELECT participant_id FROM documents WHERE title = 'zoom-names.vtt'").pluck().get()).toBeNull()
  })

  it('keeps txt text exactly as decoded (CRLF included) and emoji offsets exact', async () => {
    const { db } = newProject()
    const bytes = fixture('hebrew.txt')
    await runImport(db, 'hebrew.txt', bytes)
    expect(onlyDocument(db).text).toBe(Buffer.from(bytes).toString('utf8'))
    await runImport(db, 'emoji.txt', fixture('emoji.txt'))
    const emoji = db.prepare("SELECT id FROM documents WHERE title = 'emoji.txt'").pluck().get() as number
    expect(storedUtterances(db, emoji).map((u) => u.words)).toEqual([
      'Did the new app help? 🙂',
      'Yes 👍🏽 it saves me an hour a day.',
      'Anything you miss?',
      'The old export 😅 - see https://example.org for the file.',
    ])
  })

  it('reads UTF-16 LE with BOM, Arabic windows-1256 and Hebrew windows-1255 files', async () => {
    const { db } = newProject()
    const arabic = fixture('arabic.txt').toString()
    const hebrew = fixture('hebrew.txt').toString()
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(arabic, 'utf-16le')])
    expect((await runImport(db, 'utf16.txt', utf16)).speakers).toEqual(['المحاور', 'سارة'])
    expect((await runImport(db, 'cp1256.txt', iconv.encode(arabic.replace('٤', '4'), 'windows-1256'))).speakers).toEqual([
      'المحاور',
      'سارة',
    ])
    expect((await runImport(db, 'cp1255.txt', iconv.encode(hebrew, 'windows-1255'))).speakers).toEqual(['מראיין', 'רותי לוי'])
    const rows = db.prepare('SELECT name, encoding FROM sources ORDER BY id').all()
    expect(rows).toEqual([
      { name: 'utf16', encoding: 'UTF-16 LE' },
      { name: 'cp1256', encoding: 'windows-1256' },
      { name: 'cp1255', encoding: 'windows-1255' },
    ])
    const texts = db.prepare('SELECT text FROM documents ORDER BY id').pluck().all()
    expect(texts[0]).toBe(arabic)
    expect(texts[2]).toBe(hebrew)
  })

  it('picks windows-1255 over windows-1256 for a short Hebrew file and the reverse for Arabic', async () => {
    const { db } = newProject()
    const shortHebrew = 'מראיין: מה שלומך?\nדנה: טוב מאוד, תודה.\nמראיין: ספרי לי.\nדנה: אין מה לספר.\n'
    const shortArabic = 'المحاور: كيف حالك؟\nليلى: بخير شكرا.\nالمحاور: احكي لي.\nليلى: لا شيء.\n'
    await runImport(db, 'he.txt', iconv.encode(shortHebrew, 'windows-1255'))
    await runImport(db, 'ar.txt', iconv.encode(shortArabic, 'windows-1256'))
    // chardet alone calls these ISO-8859-6 and ISO-8859-7 (Greek).
    await runImport(db, 'ar2.txt', iconv.encode('سارة: نعم', 'windows-1256'))
    await runImport(db, 'ar3.txt', iconv.encode('علي: لا', 'windows-1256'))
    expect(db.prepare('SELECT text FROM documents ORDER BY id').pluck().all()).toEqual([shortHebrew, shortArabic, 'سارة: نعم', 'علي: لا'])
    expect(db.prepare('SELECT encoding FROM sources ORDER BY id').pluck().all()).toEqual([
      'windows-1255',
      'windows-1256',
      'windows-1256',
      'windows-1256',
    ])
  })

  it('imports a .docx through mammoth with the text turn rules', async () => {
    const { db } = newProject()
    const docx = makeDocx([
      'Interview 2',
      'Interviewer: What do you need by Friday?',
      'Noa Gold: The invoices, all of them.',
      'Interviewer: Why Friday?',
      'Noa Gold: Payroll runs on Monday.',
    ])
    const outcome = await runImport(db, 'interview.docx', docx)
    expect(outcome.speakers).toEqual(['Interviewer', 'Noa Gold'])
    const doc = onlyDocument(db)
    expect(storedUtterances(db, doc.id).map((u) => `${u.speaker}|${u.words}`)).toEqual([
      'Interviewer|What do you need by Friday?',
      'Noa Gold|The invoices, all of them.',
      'Interviewer|Why Friday?',
      'Noa Gold|Payroll runs on Monday.',
    ])
    expect(db.prepare('SELECT encoding FROM sources').pluck().get()).toBe('UTF-8 (Word .docx)')
  })

  it('refuses a Word 97 .doc, a damaged .docx and an empty file with a message naming the file and what to do', async () => {
    const { db } = newProject()
    const ole = new Uint8Array(512)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await expect(runImport(db, '/x/protocol.doc', ole)).rejects.toThrow(
      /protocol\.doc cannot be imported: it is a Word 97-2003 document.*save it as \.docx or plain text/,
    )
    const broken = makeDocx(['Interviewer: hello']).slice(0, 60)
    await expect(runImport(db, '/x/broken.docx', broken)).rejects.toMatchObject({
      code: 'unreadable_file',
      message: expect.stringMatching(/^broken\.docx cannot be imported/),
    })
    await expect(runImport(db, '/x/empty.vtt', new Uint8Array())).rejects.toMatchObject({
      code: 'unreadable_file',
      message: expect.stringContaining('empty.vtt'),
    })
    expect(tableCounts(db)).toMatchObject({ sources: 0, documents: 0, utterances: 0, participants: 0 })
  })

  it('refuses a VTT with an unreadable cue unless asked to skip it, naming the line', async () => {
    const { db } = newProject()
    const bytes = Buffer.from(
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi.\n\n00:03.000 -> 00:04.000\n<v Ann>Lost.\n\n00:05.000 --> 00:06.000\n<v Bo>Bye.\n',
    )
    const err = await runImport(db, 'calls/x.vtt', bytes).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NeedleError)
    expect(err).toMatchObject({ code: 'bad_rows', message: expect.stringMatching(/^x\.vtt line 6: .*--skip-bad-rows.* other 2 cues/) })
    expect(tableCounts(db)).toMatchObject({ sources: 0, utterances: 0 })
    const outcome = await runImport(db, 'calls/x.vtt', bytes, { options: { skipBadRows: true } })
    expect(outcome).toMatchObject({ rows: 2, speakers: ['Ann', 'Bo'], skipped: [{ row: 6 }] })
    expect(JSON.parse(db.prepare('SELECT report FROM sources').pluck().get() as string).skipped).toHaveLength(1)
  })

  it('stops with "cancelled" when the researcher cancels, and the transaction leaves nothing behind', async () => {
    const { db } = newProject()
    const controller = new AbortController()
    const lines = ['WEBVTT', '']
    for (let i = 0; i < 1000; i++)
      lines.push(
        `00:${String(i % 60).padStart(2, '0')}.000 --> 00:${String(i % 60).padStart(2, '0')}.500`,
        `<v P${i % 3}>Line ${i}</v>`,
        '',
      )
    let seen = 0
    const run = runImport(db, 'long.vtt', Buffer.from(lines.join('\n')), {
      signal: controller.signal,
      onProgress: (rows) => {
        if (rows !== undefined && rows >= 400) controller.abort()
        seen = Math.max(seen, rows ?? 0)
      },
    })
    await expect(run).rejects.toMatchObject({ code: 'cancelled', message: expect.stringContaining('long.vtt') })
    expect(seen).toBeGreaterThanOrEqual(400)
    expect(tableCounts(db)).toMatchObject({ sources: 0, documents: 0, utterances: 0, participants: 0 })
  })

  it('warns when a file has no speaker turns, and still imports its text', async () => {
    const { db } = newProject()
    const outcome = await runImport(db, 'memo.txt', Buffer.from('Call notes\n\nThey want the export by March.\n'))
    expect(outcome).toMatchObject({ rows: 0, utterances: 0, participants: 0, speakers: [] })
    expect(outcome.warnings.join(' ')).toContain('No speaker turns')
    expect(onlyDocument(db).text).toBe('Call notes\n\nThey want the export by March.\n')
  })
})
