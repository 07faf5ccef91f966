/**
 * Timed cues (WebVTT, SRT) into one transcript text, one line per cue, with speakers from
 * voice tags (<v Jane>) or from a "Jane: words" prefix as Zoom writes it.
 */
import { looksLikeSpeaker } from './speakers'
import type { ParsedTranscript, ParsedUtterance } from './types'
import type { SkippedRow } from '../../../shared/import/types'

export interface RawCue {
  /** 1-based line of the cue's timing line, for messages. */
  line: number
  startMs: number
  endMs: number
  payload: string[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00A0', lrm: '\u200E', rlm: '\u200F', quot: '"', apos: "'" }

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** The cue's words without markup, and the voice tag's speaker if it has one. */
function readPayload(lines: string[]): { voice: string | null; words: string } {
  const joined = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
  const voice = /<v(?:\.[^\s>]*)?[ \t]+([^>]+)>/.exec(joined)?.[1]?.trim() ?? null
  const words = decodeEntities(joined.replace(/<[^>]*>/g, ''))
    .replace(/[ \t]{2,}/g, ' ')
    .trim()
  return { voice: voice ? decodeEntities(voice) : null, words }
}

const PREFIX = /^([^:：]{1,60}?)[ \t]*[:：][ \t]+(?=\S)/

export function buildFromCues(cues: RawCue[], skipped: SkippedRow[], warnings: string[]): ParsedTranscript {
  const read = cues.map((c) => ({ cue: c, ...readPayload(c.payload) })).filter((c) => c.words !== '')
  // Zoom puts "Name: " before every cue; a prefix counts as a speaker when it repeats, or when
  // most cues carry one (a one-time speaker in a Zoom call), never for a lone "Note: ...".
  const prefixes = read.map((c) => {
    if (c.voice) return null
    const m = PREFIX.exec(c.words)
    return m && looksLikeSpeaker(m[1], 5) && !c.words.slice(m[0].length).startsWith('//') ? m : null
  })
  const counts = new Map<string, number>()
  for (const m of prefixes) if (m) counts.set(m[1].trim(), (counts.get(m[1].trim()) ?? 0) + 1)
  const mostHavePrefixes = prefixes.filter(Boolean).length >= read.length / 2
  let text = ''
  const utterances: ParsedUtterance[] = []
  const speakers: string[] = []
  read.forEach((c, i) => {
    const m = prefixes[i]
    const prefixName = m && (mostHavePrefixes || (counts.get(m[1].trim()) ?? 0) >= 2) ? m[1].trim() : null
    const speaker = c.voice ?? prefixName
    const words = prefixName && m ? c.words.slice(m[0].length) : c.words
    if (text !== '') text += '\n'
    if (speaker) text += `${speaker}: `
    const start = text.length
    text += words
    if (speaker && !speakers.includes(speaker)) speakers.push(speaker)
    utterances.push({ speaker, start, end: text.length, timeStartMs: c.cue.startMs, timeEndMs: c.cue.endMs })
  })
  if (utterances.length === 0 && skipped.length === 0) warnings.push('The file holds no cues with words.')
  return { text, utterances, speakers, warnings, skipped }
}
