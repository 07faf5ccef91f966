/**
 * Names the text mentions that Needle does not know as participants, attribute values or
 * files: a neighbour, a driver, a supplier ("we switched from Onfleet after Dan at Parcelwise
 * left"). They cannot be told from ordinary words with certainty, so they are only candidates
 * that the researcher confirms before an anonymised copy is written.
 *
 * English (and other cased scripts): runs of capitalised words, believed when a run has
 * several words or appears at least once in mid-sentence, and its words never appear in lower
 * case elsewhere. Arabic and Hebrew have no capitals: a name is the word(s) after a title or a
 * company word ("السيد", "شركة", "صيدلية", "מר", "חברת").
 */
import { EMAIL, PHONE } from './anonymiseText'

export interface NameCandidate {
  text: string
  kind: 'name' | 'email' | 'phone'
  /** How often it appears across the texts looked at. */
  count: number
  /** A few words around its first appearance, so the researcher can judge it. */
  context: string
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$/u
const CONNECTORS = new Set(['&', 'of', 'de', 'da', 'van', 'von', 'bin', 'al', 'el'])
// Words that are capitalised for grammar or calendar reasons, never names by themselves.
const NEVER = new Set(
  `i i'm i've i'd i'll ok okay mr mrs ms dr prof monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today tomorrow yesterday yes no oh ah um uh hmm yeah yep nope hi hello thanks thank please sorry well so and but or the a an we you they he she it this that there then what when where why how who which our my your their its if as at in on of for to from by with not just also maybe`.split(
    ' ',
  ),
)
const TITLE_BEFORE =
  /(?:^|[\s(«"“])(?:السيد|السيدة|الأستاذ|الأستاذة|أستاذ|أستاذة|الدكتور|الدكتورة|د\.|المهندس|المهندسة|اسمي|شركة|مؤسسة|صيدلية|مطعم|محل|مجموعة|מר|גב'|גברת|ד"ר|חברת|קבוצת|שמי)\s+([\p{L}]{2,}(?:\s+[\p{L}]{2,})?)/gu

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 30)))
  const to = text.indexOf(' ', Math.min(text.length, end + 30))
  return `${from > 0 ? '…' : ''}${text.slice(from, to === -1 ? text.length : to).trim()}${to === -1 ? '' : '…'}`
}

/** Whether the word at `start` opens a sentence, a line or a speaker's turn ("Dana: Thanks…"). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start)
  return start === 0 || /(?:[.!?:;"“(\n]|—|–)\s*$/u.test(before) || /^\s*$/.test(before)
}

interface Tally {
  count: number
  midSentence: boolean
  context: string
}

/**
 * Candidates in `texts`, most frequent first; `known` are the lower-cased words and phrases
 * that are replaced anyway (participants, attribute values, files), which are left out.
 */
export function detectNames(texts: Iterable<string>, known: ReadonlySet<string>): NameCandidate[] {
  const all = [...texts]
  const lowerWords = new Set<string>()
  for (const t of all) for (const m of t.matchAll(WORD)) if (!/\p{Lu}/u.test(m[0])) lowerWords.add(m[0])
  // Capitalised words seen in mid-sentence somewhere: "Ask" opening a sentence is not, "Omar" is.
  const midCaps = new Set<string>()
  for (const t of all) for (const m of t.matchAll(WORD)) if (CAPITALISED.test(m[0]) && !opensSentence(t, m.index!)) midCaps.add(m[0])
  const ordinary = (w: string) => NEVER.has(w.toLowerCase()) || lowerWords.has(w.toLowerCase())
  const tallies = new Map<string, Tally & { kind: NameCandidate['kind'] }>()
  const note = (text: string, kind: NameCandidate['kind'], source: string, start: number, end: number, mid: boolean) => {
    const t = tallies.get(text)
    if (t) {
      t.count++
      t.midSentence ||= mid
    } else tallies.set(text, { kind, count: 1, midSentence: mid, context: contextOf(source, start, end) })
  }

  for (const text of all) {
    // "Carol's" is Carol: the possessive is left outside the word.
    const words = [...text.matchAll(WORD)].map((m) => {
      const w = m[0].replace(/['’]s$/u, '')
      return { w, start: m.index!, end: m.index! + w.length }
    })
    for (let i = 0; i < words.length; i++) {
      if (!CAPITALISED.test(words[i].w)) continue
      // A run: capitalised words, joined by nothing but spaces or a connector ("Lloyd & Sons", "Bank of Ireland").
      let j = i
      while (j + 1 < words.length) {
        const gap = text.slice(words[j].end, words[j + 1].start)
        const next = words[j + 1]
        if (/^[ \t]+(?:&[ \t]+)?$/.test(gap) && CAPITALISED.test(next.w)) j++
        else if (/^[ \t]+$/.test(gap) && CONNECTORS.has(next.w) && j + 2 < words.length && CAPITALISED.test(words[j + 2].w)) j += 2
        else break
      }
      let first = i
      // "Yesterday Dana called": a sentence-opening ordinary word is not part of the name.
      while (first <= j && ordinary(words[first].w)) first++
      if (first === i && first < j && opensSentence(text, words[i].start) && !midCaps.has(words[i].w)) first++
      const end = j
      i = j
      if (first > end) continue
      while (first <= end && CONNECTORS.has(words[first].w)) first++
      const phrase = text.slice(words[first].start, words[end].end)
      const parts = phrase.split(/\s+/)
      if (parts.length === 1 && ordinary(phrase)) continue
      if (known.has(phrase.toLowerCase()) || parts.every((p) => known.has(p.toLowerCase()) || CONNECTORS.has(p))) continue
      note(phrase, 'name', text, words[first].start, words[end].end, parts.length > 1 || !opensSentence(text, words[first].start))
    }
    for (const m of text.matchAll(TITLE_BEFORE)) {
      const name = m[1]
      if (known.has(name.toLowerCase())) continue
      const start = m.index! + m[0].length - name.length
      note(name, 'name', text, start, start + name.length, true)
    }
    for (const m of text.matchAll(EMAIL)) note(m[0], 'email', text, m.index!, m.index! + m[0].length, true)
    for (const m of text.matchAll(PHONE)) {
      if (/^\d{4}-\d{2}-\d{2}/.test(m[0].trim())) continue
      note(m[0].trim(), 'phone', text, m.index!, m.index! + m[0].length, true)
    }
  }
  return [...tallies.entries()]
    .filter(([, t]) => t.kind !== 'name' || t.midSentence)
    .map(([text, t]) => ({ text, kind: t.kind, count: t.count, context: t.context }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
}
