/**
 * Who said it: a generic label ("Speaker 1", "S1", "Unknown speaker", "المتحدث 1", "דובר 2") is a
 * different person in every interview, while a real name links interviews together.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
import { isGenericSpeakerLabel } from '../../../src/main/importers/transcripts/genericSpeakers'
import { hasRealData, realFile } from '../../helpers/realData'
import { newProject, runImport } from './helpers'

const enc = (s: string) => Buffer.from(s, 'utf8')

/** Participant label -> the files (source names) they speak in. */
function speakersByParticipant(db: Database.Database): Record<string, string[]> {
  const rows = db
    .prepare(
      `SELECT p.label, s.name FROM utterances u JOIN participants p ON p.id = u.participant_id
         JOIN documents d ON d.id = u.document_id JOIN sources s ON s.id = d.source_id
        GROUP BY p.id, s.id ORDER BY p.label, s.name`,
    )
    .all() as { label: string; name: string }[]
  const out: Record<string, string[]> = {}
  for (const r of rows) (out[r.label] ??= []).push(r.name)
  return out
}

// Two calls of each format, both with generic labels for the interviewee and one named person.
const vtt = (who: string) =>
  `WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Speaker 1>How do you plan routes?\n\n00:00:04.000 --> 00:00:08.000\n<v Speaker 2>${who} plans them on paper.\n\n00:00:09.000 --> 00:00:12.000\n<v Maya Cohen>Thanks, that helps.\n`
const srt = (who: string) =>
  `1\n00:00:01,000 --> 00:00:03,000\nS1: How do you plan routes?\n\n2\n00:00:04,000 --> 00:00:08,000\nS2: ${who} plans them on paper.\n\n3\n00:00:09,000 --> 00:00:12,000\nS1: And on busy days?\n\n4\n00:00:13,000 --> 00:00:15,000\nS2: We call each driver.\n`
const txt = (who: string) =>
  `Unknown speaker: Tell me about last Friday.\nSpeaker A: ${who} had forty stops left.\nUnknown speaker: What happened next?\nSpeaker A: We split them by hand.\nMaya Cohen: Thank you.\n`
const md = (who: string) =>
  `# Call\n\n**Interviewer:** What slows you down?\n\n**Participant:** ${who} waits for the proof of delivery.\n\n**Interviewer:** Every day?\n\n**Participant:** Most days.\n`
const arabic = (who: string) =>
  `المتحدث 1: كيف تخططون للمسارات؟\nمتحدث ٢: ${who} يخطط لها على الورق.\nالمتحدث 1: وفي الأيام المزدحمة؟\nمتحدث ٢: نتصل بكل سائق.\n`
const hebrew = (who: string) =>
  `דובר 1: איך אתם מתכננים מסלולים?\nדובר 2: ${who} מתכנן על נייר.\nדובר 1: ובימים עמוסים?\nדובר 2: מתקשרים לכל נהג.\n`

describe('generic speaker labels', () => {
  it('recognises generic labels in English, Arabic and Hebrew, and leaves names alone', () => {
    for (const l of ['Speaker 1', 'Speaker A', 'S1', 'Unknown speaker', 'Interviewer', 'Participant', 'المتحدث 1', 'متحدث ٢', 'דובר 2'])
      expect(isGenericSpeakerLabel(l), l).toBe(true)
    for (const l of ['Maya Cohen', 'Sara', 'Al', 'Moderator Sam', 'Adam Stacoviak', 'خالد المنصوري', 'רפאל חדד'])
      expect(isGenericSpeakerLabel(l), l).toBe(false)
  })

  it('two calls with the same generic labels give different participants; a named speaker links both (vtt, srt, txt, md, Arabic, Hebrew)', async () => {
    const { db } = newProject()
    const files: [string, string][] = [
      ['otter-call-1.vtt', vtt('Ben')],
      ['otter-call-2.vtt', vtt('Dina')],
      ['zoom-1.srt', srt('Ben')],
      ['zoom-2.srt', srt('Dina')],
      ['notes-1.txt', txt('Ben')],
      ['notes-2.txt', txt('Dina')],
      ['call-1.md', md('Ben')],
      ['call-2.md', md('Dina')],
      ['ar-1.txt', arabic('سعد')],
      ['ar-2.txt', arabic('خالد')],
      ['he-1.txt', hebrew('יוסי')],
      ['he-2.txt', hebrew('דנה')],
    ]
    for (const [name, text] of files) await runImport(db, name, enc(text))
    const by = speakersByParticipant(db)
    // Each generic label is one participant per file, named after the file.
    expect(by['Speaker 1 (otter-call-1)']).toEqual(['otter-call-1'])
    expect(by['Speaker 1 (otter-call-2)']).toEqual(['otter-call-2'])
    expect(by['Speaker 2 (otter-call-1)']).toEqual(['otter-call-1'])
    expect(by['S2 (zoom-1)']).toEqual(['zoom-1'])
    expect(by['S2 (zoom-2)']).toEqual(['zoom-2'])
    expect(by['Speaker A (notes-1)']).toEqual(['notes-1'])
    expect(by['Unknown speaker (notes-2)']).toEqual(['notes-2'])
    expect(by['Participant (call-1)']).toEqual(['call-1'])
    expect(by['Interviewer (call-2)']).toEqual(['call-2'])
    expect(by['المتحدث 1 (ar-1)']).toEqual(['ar-1'])
    expect(by['متحدث ٢ (ar-2)']).toEqual(['ar-2'])
    expect(by['דובר 2 (he-1)']).toEqual(['he-1'])
    expect(by['דובר 2 (he-2)']).toEqual(['he-2'])
    // No participant carries a bare generic label that would pool people across interviews.
    expect(Object.keys(by).filter((l) => isGenericSpeakerLabel(l))).toEqual([])
    // The named researcher is one person across the vtt and txt calls.
    expect(by['Maya Cohen']).toEqual(['notes-1', 'notes-2', 'otter-call-1', 'otter-call-2'])
    // The utterances keep the label as the file wrote it.
    expect(db.prepare("SELECT count(*) FROM utterances WHERE speaker = 'Speaker 1'").pluck().get()).toBe(2)
  })
})

describe.skipIf(!hasRealData)('generic speaker labels on real transcripts', () => {
  const zoom = () => readFileSync(realFile('transcripts', 'ethereum_pm_acde241_zoom_vtt', 'transcript.vtt'), 'utf8')
  const founders = () => readFileSync(realFile('transcripts', 'changelog_founders_talk_podcast_md', 'founders-talk-96.md'), 'utf8')

  it('the real Zoom call with its speakers renamed "Speaker N" (as Otter exports unknown voices), imported as two calls, gives two sets of people', async () => {
    const { db } = newProject()
    const original = zoom()
    const names = ['nixo', 'Stefan Starflinger', 'Pooja Ranjan', 'Dustin', 'Nico Flaig', 'Justin Florentine (Besu)', 'Akash | ECH']
    let generic = original
    names.forEach((n, i) => (generic = generic.split(`${n}:`).join(`Speaker ${i + 1}:`)))
    await runImport(db, 'acde-call-a.vtt', enc(generic))
    await runImport(db, 'acde-call-b.vtt', enc(generic.replace('WEBVTT', 'WEBVTT\n\nNOTE second recording')))
    const by = speakersByParticipant(db)
    expect(Object.keys(by).length).toBe(14)
    expect(by['Speaker 1 (acde-call-a)']).toEqual(['acde-call-a'])
    expect(by['Speaker 1 (acde-call-b)']).toEqual(['acde-call-b'])
  })

  it('real named speakers keep their names and link across interviews (founders podcast + a follow-up note)', async () => {
    const { db } = newProject()
    await runImport(db, 'founders-talk-96.md', enc(founders()))
    await runImport(db, 'follow-up.txt', enc('Adam Stacoviak: One more question.\nSpeaker 1: Sure.\nAdam Stacoviak: Thanks.\n'))
    const by = speakersByParticipant(db)
    expect(by['Adam Stacoviak']).toEqual(['follow-up', 'founders-talk-96'])
    expect(by['Michael Grinich']).toEqual(['founders-talk-96'])
    expect(by['Speaker 1 (follow-up)']).toEqual(['follow-up'])
  })
})
