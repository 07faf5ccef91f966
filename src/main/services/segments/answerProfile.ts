/**
 * What sets a segment apart in the survey's own terms: for each answer column used, the answer the
 * segment gives far more (or less) often than everyone, or its mean score against the overall mean.
 * "agrees with 'Cost matters more than features': 92% vs 31% overall", "recommend score 3.1 vs 6.2".
 * Written in the project language (traitWords.ts holds the words of each language).
 */
import type { ProjectLanguage } from '../../../shared/project/language'
import type { AnswerColumn } from './answers'
import { LABEL_CHARS, traitWords, type TraitFact } from './traitWords'

export interface Trait {
  text: string
  /** Short words for a segment name, in the project language. */
  label: string
  /** How far apart (share difference, or mean difference in robust ranges): ranks the traits. */
  strength: number
  /** An attitude (agreement, a scale, a score) or who they are (an option they chose, a year). */
  aspect: 'attitude' | 'choice'
}

const AGREEMENT = /(agree|acuerdo|موافق|أوافق)/i

function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / (xs.length || 1)
}

/** The q-quantile of sorted numbers, a value one of them has (a year stays a whole year). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

function facts(columns: readonly AnswerColumn[], all: readonly number[], members: readonly number[]): (TraitFact & { strength: number })[] {
  const out: (TraitFact & { strength: number })[] = []
  for (const col of columns) {
    if (!col.used) continue
    if (col.kind === 'scale') {
      const seen = (rows: readonly number[]) => rows.map((r) => col.numbers![r]).filter((v) => !Number.isNaN(v))
      const everyone = seen(all)
      const mine = seen(members)
      if (mine.length < 2 || everyone.length < 2) continue
      if (col.years) {
        // Years are said as years: the medians and the segment's middle half, never a mean ("2011.6").
        const sorted = [...everyone].sort((x, y) => x - y)
        const spread = quantile(sorted, 0.9) - quantile(sorted, 0.1) || 1
        const own = [...mine].sort((x, y) => x - y)
        const a = quantile(own, 0.5)
        const b = quantile(sorted, 0.5)
        const span: [number, number] = [quantile(own, 0.25), quantile(own, 0.75)]
        out.push({
          kind: 'year',
          question: col.name,
          options: [],
          more: a >= b,
          a,
          b,
          span,
          strength: Math.min(1, Math.abs(a - b) / spread),
        })
      } else if (col.options.length >= 4) {
        // A scale in words: the share in its top two steps ("Agree", "Strongly agree").
        const top = col.options.length - 1
        const agree = (xs: number[]) => xs.filter((v) => v >= top).length / xs.length
        const a = agree(mine)
        const b = agree(everyone)
        const kind = AGREEMENT.test(col.options[col.options.length - 1]) ? 'agreement' : 'levels'
        out.push({ kind, question: col.name, options: col.options.slice(-2), more: a >= b, a, b, strength: Math.abs(a - b) })
      } else {
        const sorted = [...everyone].sort((x, y) => x - y)
        const spread = sorted[Math.floor(sorted.length * 0.9)] - sorted[Math.floor(sorted.length * 0.1)] || 1
        const a = mean(mine)
        const b = mean(everyone)
        out.push({ kind: 'score', question: col.name, options: [], more: a >= b, a, b, strength: Math.min(1, Math.abs(a - b) / spread) })
      }
    } else if (col.kind === 'choice' || col.kind === 'multi') {
      const has = (r: number, o: number) => (col.kind === 'choice' ? col.choice![r] === o : (col.sets![r]?.includes(o) ?? false))
      const answered = (r: number) => (col.kind === 'choice' ? col.choice![r] >= 0 : col.sets![r] != null)
      const everyone = all.filter(answered)
      const mine = members.filter(answered)
      if (mine.length < 2 || !everyone.length) continue
      let best: (TraitFact & { strength: number }) | null = null
      col.options.forEach((o, i) => {
        const a = mine.filter((r) => has(r, i)).length / mine.length
        const b = everyone.filter((r) => has(r, i)).length / everyone.length
        if (a <= b) return
        if (!best || a - b > best.strength) best = { kind: 'option', question: col.name, options: [o], more: true, a, b, strength: a - b }
      })
      if (best) out.push(best)
    }
  }
  return out
}

export function segmentTraits(
  columns: readonly AnswerColumn[],
  all: readonly number[],
  members: readonly number[],
  limit = 5,
  language: ProjectLanguage = 'en',
): Trait[] {
  const words = traitWords(language)
  // A difference of a few points (28% vs 26%) is noise to a reader: listed only when nothing stronger is.
  const found = facts(columns, all, members).sort((x, y) => y.strength - x.strength)
  return found
    .filter((f, i) => i === 0 || f.strength >= MIN_STRENGTH)
    .slice(0, limit)
    .map((f) => ({
      text: words.text(f),
      label: words.label(f),
      strength: f.strength,
      aspect: f.kind === 'option' || f.kind === 'year' ? 'choice' : 'attitude',
    }))
}

/** A share difference (or a robust mean difference) below this is not worth a line of a profile. */
const MIN_STRENGTH = 0.05

/** A trait weaker than this does not name a segment when a stronger one of the other aspect exists. */
const NAMING_STRENGTH = 0.2

/** Clipped to a name part's length (LABEL_CHARS, traitWords.ts), with an ellipsis when clipped. */
function clip(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 3).trimEnd()}…` : label
}

/**
 * Segment names as a strategist puts them, best first: what they think (their strongest attitude) and
 * who they are (their most telling choice), "Cost matters more than features · Small team, under 10";
 * the two strongest traits when one aspect has nothing strong. Then other names from the traits, so
 * two segments never need to share one.
 */
export function traitNames(traits: readonly Trait[]): string[] {
  // Two traits that read the same ("I expect it to increase" for R and for Shiny) are one trait to a reader.
  const distinct = traits.filter((t, i) => traits.findIndex((u) => u.label === t.label) === i)
  const strong = distinct.filter((t) => t.strength >= NAMING_STRENGTH)
  const attitude = strong.find((t) => t.aspect === 'attitude')
  const choice = strong.find((t) => t.aspect === 'choice')
  const picked = attitude && choice ? [attitude, choice] : distinct.slice(0, 2)
  const out: string[] = []
  const add = (name: string) => {
    if (name && !out.includes(name)) out.push(name)
  }
  add(picked.map((t) => clip(t.label)).join(' · '))
  for (const t of distinct) add(clip(t.label))
  for (let i = 0; i < distinct.length; i++)
    for (let j = i + 1; j < distinct.length; j++) add(`${clip(distinct[i].label)} · ${clip(distinct[j].label)}`)
  return out
}
