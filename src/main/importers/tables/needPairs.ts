/**
 * Importance/satisfaction column pairs: the outcome-driven survey layout where each need
 * is asked twice ("Importance: X" and "Satisfaction: X"). Both halves must be present for a
 * pair to be proposed; a lone importance column is an ordinary Likert or number column.
 */
import { labelKey } from './values'

export type Measure = 'importance' | 'satisfaction'

const IMP = '(?:importance|importancia|أهمية|الأهمية)'
const SAT = '(?:satisfaction|satisfacci[oó]n|رضا|الرضا)'
const SEP = '\\s*[:\\-–—|/]\\s*'

const PATTERNS: Array<{ re: RegExp; measure: Measure }> = [
  // SurveyMonkey matrix questions, as the two-row header is joined (headers.ts): "How important are
  // each of the following to you? — Fast setup", "How satisfied are you with … — Fast setup".
  { re: /^(?=[^—]*(?:important|importance|importancia|أهمية|مهم))[^—]+—\s*(.+)$/i, measure: 'importance' },
  { re: /^(?=[^—]*(?:satisf|رضا|راض))[^—]+—\s*(.+)$/i, measure: 'satisfaction' },
  { re: new RegExp(`^${IMP}${SEP}(.+)$`, 'i'), measure: 'importance' },
  { re: new RegExp(`^${SAT}${SEP}(.+)$`, 'i'), measure: 'satisfaction' },
  { re: new RegExp(`^${IMP}\\s*[\\[(](.+)[\\])]$`, 'i'), measure: 'importance' },
  { re: new RegExp(`^${SAT}\\s*[\\[(](.+)[\\])]$`, 'i'), measure: 'satisfaction' },
  { re: new RegExp(`^(.+?)${SEP}${IMP}$`, 'i'), measure: 'importance' },
  { re: new RegExp(`^(.+?)${SEP}${SAT}$`, 'i'), measure: 'satisfaction' },
  { re: new RegExp(`^(.+?)\\s*\\(${IMP}\\)$`, 'i'), measure: 'importance' },
  { re: new RegExp(`^(.+?)\\s*\\(${SAT}\\)$`, 'i'), measure: 'satisfaction' },
  { re: /^how important (?:is|are) (?:it (?:to you )?(?:that |to )?)?(.+?)(?: to you)?\s*\??$/i, measure: 'importance' },
  { re: /^how satisfied are you with (.+?)\s*\??$/i, measure: 'satisfaction' },
  { re: /^¿?\s*qu[ée] tan importante (?:es|son)(?: para usted)? (.+?)\s*\??$/i, measure: 'importance' },
  { re: /^¿?\s*qu[ée] tan satisfecho(?:\/a)? est[áa] con (.+?)\s*\??$/i, measure: 'satisfaction' },
  { re: /^ما مدى أهمية (.+?)\s*[؟?]?$/, measure: 'importance' },
  { re: /^ما مدى رضاك عن (.+?)\s*[؟?]?$/, measure: 'satisfaction' },
  { re: /^(?:أهمية|الأهمية)\s+(.+)$/, measure: 'importance' },
  { re: /^(?:رضا|الرضا)\s+(?:عن\s+)?(.+)$/, measure: 'satisfaction' },
]

/** "Importance: Fast setup" -> {need: "Fast setup", measure: "importance"}. */
export function needOfHeader(header: string): { need: string; measure: Measure } | null {
  const h = header.trim()
  for (const { re, measure } of PATTERNS) {
    const m = re.exec(h)
    if (m) {
      const need = m[1]
        .trim()
        .replace(/^["'“«]|["'”»]$/g, '')
        .trim()
      if (need) return { need, measure }
    }
  }
  return null
}

export interface NeedPair {
  need: string
  importance: number
  satisfaction: number
}

/** Column pairs (by index) asking importance and satisfaction of the same need. */
export function findNeedPairs(headers: string[]): NeedPair[] {
  const byNeed = new Map<string, { need: string; importance?: number; satisfaction?: number }>()
  headers.forEach((h, i) => {
    const hit = needOfHeader(h)
    if (!hit) return
    const key = labelKey(hit.need).replace(/[?؟.]+$/, '')
    const entry = byNeed.get(key) ?? { need: hit.need }
    if (entry[hit.measure] !== undefined) return
    entry[hit.measure] = i
    // The importance question's wording names the need when both are present.
    if (hit.measure === 'importance') entry.need = hit.need
    byNeed.set(key, entry)
  })
  const pairs: NeedPair[] = []
  for (const e of byNeed.values()) {
    if (e.importance !== undefined && e.satisfaction !== undefined)
      pairs.push({ need: e.need, importance: e.importance, satisfaction: e.satisfaction })
  }
  return pairs
}
