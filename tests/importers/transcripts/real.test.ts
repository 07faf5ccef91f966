/**
 * Conformance over the real public transcripts in ../shared/data/real/transcripts. The expected
 * numbers were counted in the shell, independently of the importer:
 *   Zoom VTT:    grep -c -- '-->' transcript.vtt = 163 cues; the "Name:" prefixes of the cue
 *                payloads, sorted and counted (uniq -c): 7 speakers, nixo 88, Stefan Starflinger 32,
 *                Pooja Ranjan 18, Dustin 12, Nico Flaig 10, Justin Florentine (Besu) 2, Akash | ECH 1.
 *   Founders MD: grep -cE '^\*\*[^*]+:\*\*' = 207 turns (Adam Stacoviak 104, Michael Grinich 103);
 *                the two other bold lines are "**Break**: \[22:26\]" markers.
 *   Sintel SRT:  grep -c -- '-->' = 26 cues, no speakers.
 *   Knesset TXT: lines "Name:" alone (grep -nE '^[^ ].{0,40}:\s*$'): 23 + 10 + 7 + 4 + 3 + 1 + 1 = 49
 *                turns by 7 speakers after the header block (whose labels such as "סדר היום:"
 *                appear once, before the first turn); line 2 is the mojibake "àåîðéè÷".
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hasRealData, realFile } from '../../helpers/realData'
import { newProject, runImport, storedUtterances, tableCounts } from './helpers'

const T = (...p: string[]) => realFile('transcripts', ...p)

function speakerCounts(db: import('better-sqlite3').Database): Record<string, number> {
  const rows = db.prepare('SELECT speaker, COUNT(*) AS n FROM utterances GROUP BY speaker').all() as { speaker: string; n: number }[]
  return Object.fromEntries(rows.map((r) => [r.speaker, r.n]))
}

describe.skipIf(!hasRealData)('real transcripts', () => {
  it('Zoom VTT of an Ethereum core devs call: 163 cues, 7 speakers with "|" and "(...)" in their names', async () => {
    const { db } = newProject()
    const outcome = await runImport(
      db,
      T('ethereum_pm_acde241_zoom_vtt', 'transcript.vtt'),
      readFileSync(T('ethereum_pm_acde241_zoom_vtt', 'transcript.vtt')),
    )
    expect(outcome).toMatchObject({ rows: 163, utterances: 163, participants: 7, skipped: [] })
    expect(speakerCounts(db)).toEqual({
      nixo: 88,
      'Stefan Starflinger': 32,
      'Pooja Ranjan': 18,
      Dustin: 12,
      'Nico Flaig': 10,
      'Justin Florentine (Besu)': 2,
      'Akash | ECH': 1,
    })
    const doc = db.prepare('SELECT id FROM documents').pluck().get() as number
    const first = storedUtterances(db, doc)[0]
    expect(first).toMatchObject({ speaker: 'Pooja Ranjan', words: 'I think so. Hello, everyone.', timeStartMs: 202710, timeEndMs: 204950 })
  })

  it('Founders Talk markdown: 207 "**Name:**" turns by 2 speakers, continuation paragraphs kept in the turn', async () => {
    const { db } = newProject()
    const file = T('changelog_founders_talk_podcast_md', 'founders-talk-96.md')
    const outcome = await runImport(db, file, readFileSync(file))
    expect(outcome).toMatchObject({ rows: 207, speakers: ['Adam Stacoviak', 'Michael Grinich'] })
    expect(speakerCounts(db)).toEqual({ 'Adam Stacoviak': 104, 'Michael Grinich': 103 })
    const doc = db.prepare('SELECT id FROM documents').pluck().get() as number
    const turns = storedUtterances(db, doc)
    expect(turns.some((t) => t.words.includes('**Break**'))).toBe(false)
    expect(turns.at(-1)).toMatchObject({ speaker: 'Adam Stacoviak', words: 'Thank you, Michael.' })
    expect(turns[5].words).toMatch(/^When I was an undergrad[\s\S]*\n\n/) // a multi-paragraph turn
  })

  it('Sintel SRT: 26 cues, no speakers', async () => {
    const { db } = newProject()
    const file = T('sintel_srt', 'sintel_en.srt')
    const outcome = await runImport(db, file, readFileSync(file))
    expect(outcome).toMatchObject({ rows: 26, speakers: [], participants: 0 })
    const doc = db.prepare('SELECT id FROM documents').pluck().get() as number
    expect(storedUtterances(db, doc)[0]).toMatchObject({ speaker: null, words: 'This blade has a dark past.', timeStartMs: 137250 })
  })

  it('Knesset protocol txt: right-to-left, 49 turns by 7 speakers, header fields not speakers, mojibake on line 2 warned', async () => {
    const { db } = newProject()
    const file = T('hebrew_knesset_committee_protocols_rtl', '20_ptv_317899.txt')
    const outcome = await runImport(db, file, readFileSync(file))
    expect(outcome.rows).toBe(49)
    expect(speakerCounts(db)).toEqual({
      'היו"ר משה גפני': 23,
      'רפאל חדד': 10,
      'קובי בוזו': 7,
      'גיא גולדמן': 4,
      'שאול ששון': 3,
      'שלומית ארליך': 1,
      'טמיר כהן': 1,
    })
    expect(db.prepare('SELECT direction FROM documents').pluck().get()).toBe('rtl')
    expect(outcome.warnings.find((w) => w.includes('line 2') && w.includes('àåîðéè'))).toBeDefined()
    // The text is kept exactly, damage included.
    expect(db.prepare('SELECT text FROM documents').pluck().get()).toBe(readFileSync(file, 'utf8'))
  })

  it('Knesset protocol .doc (Word 97, code page 1255): refused with what to do, project untouched', async () => {
    const { db } = newProject()
    const file = T('hebrew_knesset_committee_protocols_rtl', '20_ptv_317899.doc')
    await expect(runImport(db, file, readFileSync(file))).rejects.toMatchObject({
      code: 'unreadable_file',
      message: expect.stringMatching(
        /^20_ptv_317899\.doc cannot be imported: it is a Word 97-2003 document \(\.doc\).*save it as \.docx or plain text \(\.txt\)/,
      ),
    })
    expect(tableCounts(db)).toMatchObject({ sources: 0, documents: 0, utterances: 0, participants: 0 })
  })
})
