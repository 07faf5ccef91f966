/**
 * Speaker turns in running text (.txt, .md, and the text mammoth extracts from .docx).
 * The text is kept exactly as decoded; turns are offsets into it.
 *
 * Turn headers recognised, one per line:
 *   Otter:     "Jane Doe  0:03"           (name, two spaces, time; words on the next lines)
 *   bracketed: "[00:01:02] Jane:", "(01:02) Jane: words", "00:01:02<TAB>Jane:<TAB>words"
 *   bold:      "**Jane:** words", "**Jane**: words"
 *   heading:   "### Jane"                  (markdown only; words on the next lines)
 *   plain:     "Jane: words", or "Jane:" alone with the words on the next lines
 * The first three are distinctive layouts; a document that uses them is read by them alone.
 * Headings and plain labels are believed when the label repeats or is a role ("Interviewer");
 * labels that appear once count only after the turns have begun (header fields such as
 * "Agenda:" come before), and then only on a line of their own or as a full personal name.
 */
import { splitLines, trimSpan, type Line } from './lines'
import { isNotSpeaker, isRoleLabel, looksLikePersonName, looksLikeSpeaker } from './speakers'
import { parseTimestamp, TIME } from './timestamps'
import type { ParsedTranscript, ParsedUtterance } from './types'

type Kind = 'otter' | 'bracketed' | 'bold' | 'heading' | 'plain'
const STRONG: Kind[] = ['otter', 'bracketed', 'bold']

interface Header {
  line: number
  kind: Kind
  name: string
  /** Where the turn's words begin on the header line, or null when they start on the next line. */
  rest: number | null
  timeMs: number | null
  /** A label that is no speaker ("**Break**:") but still ends the turn before it. */
  marker: boolean
}

const OTTER = new RegExp(String.raw`^(\S.*?) {2,}(${TIME})\s*$`)
const BRACKETED = new RegExp(String.raw`^\s*(?:\\?\[(${TIME})\\?\]|\((${TIME})\)|(${TIME})(?=\t))[ \t]*([^:\t]{1,60}?)[ \t]*[:：][ \t]*`)
const BOLD = /^\*\*([^*\n]{1,60}?)\s*(:?)\*\*\s*(:?)[ \t]*/
const HEADING = /^#{1,6}[ \t]+(.{1,60}?)[ \t]*#*[ \t]*$/
const PLAIN = /^[ \t]*([^:：\n]{1,60}?)[ \t]*[:：][ \t]*/
const LEADING_TIME = new RegExp(String.raw`^\\?[[(](${TIME})\\?[\])][ \t]*`)

function candidate(line: Line, index: number, markdown: boolean): Header | null {
  const t = line.text
  let m = OTTER.exec(t)
  if (m) return { line: index, kind: 'otter', name: m[1].trim(), rest: null, timeMs: parseTimestamp(m[2]), marker: false }
  m = BRACKETED.exec(t)
  if (m) {
    const rest = t.length > m[0].length ? line.start + m[0].length : null
    return { line: index, kind: 'bracketed', name: m[4].trim(), rest, timeMs: parseTimestamp(m[1] ?? m[2] ?? m[3]), marker: false }
  }
  m = BOLD.exec(t)
  if (m && (m[2] || m[3])) {
    const rest = t.length > m[0].length ? line.start + m[0].length : null
    return { line: index, kind: 'bold', name: m[1].trim(), rest, timeMs: null, marker: false }
  }
  if (markdown) {
    m = HEADING.exec(t)
    if (m) return { line: index, kind: 'heading', name: m[1].trim(), rest: null, timeMs: null, marker: false }
  }
  m = PLAIN.exec(t)
  if (m) {
    const after = t.slice(m[0].length)
    if (after.startsWith('//')) return null // "https://..."
    return {
      line: index,
      kind: 'plain',
      name: m[1].trim(),
      rest: after.trim() ? line.start + m[0].length : null,
      timeMs: null,
      marker: false,
    }
  }
  return null
}

/** Picks the headers that really are turns (see the file comment for the rules). */
function acceptHeaders(all: Header[]): Header[] {
  const strong = all.filter((h) => STRONG.includes(h.kind))
  const strongNamed = strong.filter((h) => looksLikeSpeaker(h.name))
  if (strongNamed.length >= 2) {
    return strong.flatMap((h) => {
      if (looksLikeSpeaker(h.name)) return [h]
      // A bold or bracketed label that is no name still interrupts the turn before it.
      return isNotSpeaker(h.name) || h.kind === 'bold' ? [{ ...h, marker: true }] : []
    })
  }
  const weak = new Set(all.filter((h) => (h.kind === 'plain' || h.kind === 'heading') && looksLikeSpeaker(h.name)))
  const counts = new Map<string, number>()
  for (const h of weak) counts.set(h.name, (counts.get(h.name) ?? 0) + 1)
  const accepted: Header[] = []
  let begun = false
  for (const h of all) {
    if (h.kind === 'heading' && !looksLikeSpeaker(h.name)) {
      if (begun) accepted.push({ ...h, marker: true })
      continue
    }
    if (!weak.has(h)) continue
    const sure = (counts.get(h.name) ?? 0) >= 2 || isRoleLabel(h.name)
    const oneOff = begun && h.kind === 'plain' && (h.rest === null || looksLikePersonName(h.name))
    if (sure || oneOff) {
      accepted.push(h)
      begun = true
    } else if (begun && h.kind === 'heading') {
      accepted.push({ ...h, marker: true })
    }
  }
  return accepted
}

export function parseTextTranscript(text: string, opts: { markdown?: boolean } = {}): ParsedTranscript {
  const lines = splitLines(text)
  const all: Header[] = []
  lines.forEach((line, i) => {
    const h = candidate(line, i, opts.markdown ?? false)
    if (h) all.push(h)
  })
  const headers = acceptHeaders(all)
  const utterances: ParsedUtterance[] = []
  const speakers: string[] = []
  headers.forEach((h, i) => {
    if (h.marker) return
    const from = h.rest ?? lines[h.line + 1]?.start ?? text.length
    const to = i + 1 < headers.length ? lines[headers[i + 1].line].start : text.length
    let [start, end] = trimSpan(text, Math.min(from, to), to)
    let timeMs = h.timeMs
    // "**Adam:** \[11:53\] Yeah." - the time belongs to the turn, not to its words.
    const lead = LEADING_TIME.exec(text.slice(start, end))
    if (lead) {
      timeMs ??= parseTimestamp(lead[1])
      ;[start, end] = trimSpan(text, start + lead[0].length, end)
    }
    if (end <= start) return // a label with no words after it
    if (!speakers.includes(h.name)) speakers.push(h.name)
    utterances.push({ speaker: h.name, start, end, ...(timeMs !== null ? { timeStartMs: timeMs } : {}) })
  })
  const warnings: string[] = []
  if (utterances.length === 0) {
    warnings.push(
      'No speaker turns were recognised (such as "Name: text" lines), so the text was imported as one document without speakers.',
    )
  }
  return { text, utterances, speakers, warnings, skipped: [] }
}
