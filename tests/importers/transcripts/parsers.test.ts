import { describe, expect, it } from 'vitest'
import { decodeBytes } from '../../../src/main/importers/decode'
import { parseTranscriptText, transcriptFormat } from '../../../src/main/importers/transcripts/parse'
import type { ParsedTranscript } from '../../../src/main/importers/transcripts/types'
import { fixture } from './helpers'

function parseFixture(name: string): ParsedTranscript {
  const { text } = decodeBytes(fixture(name), name)
  return parseTranscriptText(text, transcriptFormat(name, text) as 'txt' | 'md' | 'vtt' | 'srt')
}

/** Each turn as "Speaker|words", the way a researcher reads the transcript view. */
function turns(p: ParsedTranscript): string[] {
  return p.utterances.map((u) => `${u.speaker ?? '-'}|${p.text.slice(u.start, u.end)}`)
}

describe('WebVTT', () => {
  it('reads voice tags, short timestamps, cue ids and settings, and skips STYLE and NOTE blocks', () => {
    const p = parseFixture('teams-voices.vtt')
    expect(turns(p)).toEqual([
      'Interviewer|How do you plan the weekly shop?',
      'Maya Cohen|Mostly on Sunday & always on my phone.',
      'Interviewer|What goes wrong?',
      'Maya Cohen|The app forgets my list.',
    ])
    expect(p.speakers).toEqual(['Interviewer', 'Maya Cohen'])
    expect(p.utterances.map((u) => [u.timeStartMs, u.timeEndMs])).toEqual([
      [1000, 4500],
      [5000, 9250],
      [9500, 12000],
      [3612000, 3615000],
    ])
    // One line per cue, so the document reads like a transcript.
    expect(p.text.split('\n')[1]).toBe('Maya Cohen: Mostly on Sunday & always on my phone.')
    expect(p.skipped).toEqual([])
  })

  it('takes Zoom "Name: text" cue prefixes as speakers, even a speaker who talks once, with CRLF lines', () => {
    const p = parseFixture('zoom-names.vtt')
    expect(p.speakers).toEqual(['Moderator', 'Lena Park (Acme)', 'Sam'])
    expect(turns(p)[3]).toBe('Lena Park (Acme)|A spreadsheet. Note: it broke every month.')
    expect(p.text).not.toContain('\r')
    expect(p.text).not.toContain('Exported from Zoom')
    expect(p.utterances[0].timeStartMs).toBe(1200)
  })

  it('does not take a lone "Note:" cue for a speaker', () => {
    const p = parseTranscriptText(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nNote: the mic was off.\n\n00:03.000 --> 00:04.000\nHello again.\n',
      'vtt',
    )
    expect(p.speakers).toEqual([])
    expect(turns(p)).toEqual(['-|Note: the mic was off.', '-|Hello again.'])
  })

  it('lists a cue whose timing cannot be read, with its line', () => {
    const p = parseTranscriptText('WEBVTT\n\n1\n00:01.000 --> 00:02.000\nFine.\n\n2\n00:0x.000 --> 00:04.000\nBroken.\n', 'vtt')
    expect(turns(p)).toEqual(['-|Fine.'])
    expect(p.skipped).toHaveLength(1)
    expect(p.skipped[0].row).toBe(8)
    expect(p.skipped[0].reason).toContain('00:0x.000')
  })
})

describe('SRT', () => {
  it('reads CRLF cues without speakers, joins two-line cues, drops italics tags', () => {
    const p = parseFixture('film.srt')
    expect(turns(p)).toEqual(['-|Where are you going?', '-|To the market, before it closes.', '-|Hurry.'])
    expect(p.speakers).toEqual([])
    expect(p.utterances[1]).toMatchObject({ timeStartMs: 4000, timeEndMs: 7250 })
  })

  it('is recognised when saved with a .txt extension', () => {
    const { text } = decodeBytes(fixture('film.srt'), 'film.txt')
    expect(transcriptFormat('film.txt', text)).toBe('srt')
  })
})

describe('text turns', () => {
  it("reads Otter's 'Name  MM:SS' lines with the words on the following lines, keeping CR/LF exactly", () => {
    const p = parseFixture('otter.txt')
    expect(turns(p)).toEqual([
      'Interviewer|So tell me about the last time you missed a deadline.',
      'Priya Shah|It was the quarterly report. The data came in late,\nand I had two days.',
      'Interviewer|What would have helped?',
      'Priya Shah|A reminder a week before.',
    ])
    expect(p.utterances.map((u) => u.timeStartMs)).toEqual([3000, 9000, 3735000, 3740000])
  })

  it('reads "[00:01:02] Name:" turns and leaves URLs and times inside the turn', () => {
    const p = parseFixture('bracketed.txt')
    expect(p.speakers).toEqual(['Interviewer', 'Omar'])
    expect(turns(p)).toEqual([
      'Interviewer|Welcome. Please introduce yourself.',
      'Omar|I run a bakery with four staff.',
      'Interviewer|How do you order flour?',
      'Omar|By phone, every Friday at 10:30.\nSee https://example.com/orders for the form.',
    ])
    expect(p.utterances[2].timeStartMs).toBe(62000)
  })

  it('reads markdown "**Name:**" turns across paragraphs; "**Break**:" ends a turn but is no speaker', () => {
    const p = parseFixture('bold.md')
    expect(p.speakers).toEqual(['Interviewer', 'Dana Levi'])
    expect(turns(p)).toEqual([
      'Interviewer|What is the hardest part of your week?',
      'Dana Levi|Monday mornings. Every truck needs a check before 7.\n\nThen the drivers call in sick.',
      'Interviewer|And after that?',
      'Dana Levi|Paperwork.',
    ])
    expect(p.utterances[1].timeStartMs).toBe(130000)
  })

  it('reads markdown "### Name" headings as turns, and other headings as no speaker', () => {
    const p = parseFixture('headings.md')
    expect(p.speakers).toEqual(['Interviewer', 'Jonas'])
    expect(turns(p)).toEqual([
      'Interviewer|Which tools do you use daily?',
      'Jonas|Email, a shared calendar,\nand a notebook.',
      'Interviewer|Why the notebook?',
      'Jonas|It never needs a login.',
    ])
  })

  it('reads Arabic "سارة: ..." turns', () => {
    const p = parseFixture('arabic.txt')
    expect(p.speakers).toEqual(['المحاور', 'سارة'])
    expect(turns(p)[1]).toBe('سارة|نحتاج إلى طريقة أسرع لتتبع الطلبات قبل نهاية الشهر.')
  })

  it('reads Hebrew "Name:" lines with the words below, in a CRLF file', () => {
    const p = parseFixture('hebrew.txt')
    expect(p.speakers).toEqual(['מראיין', 'רותי לוי'])
    expect(turns(p)).toEqual([
      'מראיין|מה הכי קשה לך בשבוע?',
      'רותי לוי|ההזמנות מהספקים מגיעות באיחור.',
      'מראיין|ומה את עושה אז?',
      'רותי לוי|מתקשרת לכל ספק בנפרד.',
    ])
    expect(p.text).toContain('\r\n') // kept exactly as decoded
  })

  it('does not take "Note:", "Agenda:", "10:30" or "https:" for speakers, and keeps emoji offsets exact', () => {
    const p = parseFixture('emoji.txt')
    expect(p.speakers).toEqual(['Interviewer', 'Kim'])
    expect(turns(p)).toEqual([
      'Interviewer|Did the new app help? 🙂',
      'Kim|Yes 👍🏽 it saves me an hour a day.',
      'Interviewer|Anything you miss?',
      'Kim|The old export 😅 - see https://example.org for the file.',
    ])
  })

  it('says so when no turns are found', () => {
    const p = parseTranscriptText('Just some notes.\nNo speakers here.\n', 'txt')
    expect(p.utterances).toEqual([])
    expect(p.warnings[0]).toContain('No speaker turns')
  })

  it('does not take a one-off "he says:" sentence inside a turn for a speaker', () => {
    const text = 'Anna: I called them.\nShe said: the order is lost.\nBen: And then?\nAnna: Nothing.\n'
    const p = parseTranscriptText(text, 'txt')
    expect(p.speakers).toEqual(['Anna', 'Ben'])
    expect(turns(p)[0]).toBe('Anna|I called them.\nShe said: the order is lost.')
  })
})
