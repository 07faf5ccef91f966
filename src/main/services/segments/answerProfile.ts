/**
 * What sets a segment apart in the survey's own terms: for each answer column used, the answer the
 * segment gives far more (or less) often than everyone, or its mean score against the overall mean.
 * "agrees with 'Cost matters more than features': 92% vs 31% overall", "recommend score 3.1 vs 6.2".
 */
import type { AnswerColumn } from './answers'

export interface Trait {
  text: string
  /** Short words for a segment name. */
  label: string
  /** How far apart (share difference, or mean difference in robust ranges): ranks the traits. */
  strength: number
}

const AGREEMENT = /(agree|acuerdo|موافق|أوافق)/i
const pct = (x: number) => `${Math.round(x * 100)}%`
const short = (q: string) => (q.length > 70 ? `${q.slice(0, 67).trimEnd()}…` : q)

function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / (xs.length || 1)
}

export function segmentTraits(columns: readonly AnswerColumn[], all: readonly number[], members: readonly number[], limit = 5): Trait[] {
  const traits: Trait[] = []
  for (const col of columns) {
    if (!col.used) continue
    if (col.kind === 'scale') {
      const seen = (rows: readonly number[]) => rows.map((r) => col.numbers![r]).filter((v) => !Number.isNaN(v))
      const everyone = seen(all)
      const mine = seen(members)
      if (mine.length < 2 || everyone.length < 2) continue
      const words = col.options.length >= 4
      if (words) {
        // Agreement in words: share in the top two levels.
        // A scale in words: the share in its top two steps ("Agree", "Strongly agree").
        const top = col.options.length - 1
        const agree = (xs: number[]) => xs.filter((v) => v >= top).length / xs.length
        const a = agree(mine)
        const b = agree(everyone)
        const agreement = AGREEMENT.test(col.options[col.options.length - 1])
        const verb = agreement ? (a >= b ? 'agrees with' : 'seldom agrees with') : `'${col.options.slice(-2).join("' or '")}':`
        traits.push({
          text: `${verb} '${short(col.name)}': ${pct(a)} vs ${pct(b)} overall`,
          label: `${a >= b ? '' : 'not '}${short(col.name)}`,
          strength: Math.abs(a - b),
        })
      } else {
        const sorted = [...everyone].sort((x, y) => x - y)
        const spread = sorted[Math.floor(sorted.length * 0.9)] - sorted[Math.floor(sorted.length * 0.1)] || 1
        const a = mean(mine)
        const b = mean(everyone)
        traits.push({
          text: `${short(col.name)}: ${a.toFixed(1)} vs ${b.toFixed(1)} overall`,
          label: `${a >= b ? 'high' : 'low'} ${short(col.name)}`,
          strength: Math.min(1, Math.abs(a - b) / spread),
        })
      }
    } else if (col.kind === 'choice' || col.kind === 'multi') {
      const has = (r: number, o: number) => (col.kind === 'choice' ? col.choice![r] === o : (col.sets![r]?.includes(o) ?? false))
      const answered = (r: number) => (col.kind === 'choice' ? col.choice![r] >= 0 : col.sets![r] != null)
      const everyone = all.filter(answered)
      const mine = members.filter(answered)
      if (mine.length < 2 || !everyone.length) continue
      let best: Trait | null = null
      col.options.forEach((o, i) => {
        const a = mine.filter((r) => has(r, i)).length / mine.length
        const b = everyone.filter((r) => has(r, i)).length / everyone.length
        if (a <= b) return
        const t = { text: `${short(col.name)}: '${o}' ${pct(a)} vs ${pct(b)} overall`, label: o, strength: a - b }
        if (!best || t.strength > best.strength) best = t
      })
      if (best) traits.push(best)
    }
  }
  return traits.sort((x, y) => y.strength - x.strength).slice(0, limit)
}

/** A segment name from its two strongest traits ("Expert · More than once a day"). */
export function traitName(traits: readonly Trait[]): string | null {
  const labels = traits.slice(0, 2).map((t) => (t.label.length > 40 ? `${t.label.slice(0, 37).trimEnd()}…` : t.label))
  return labels.length ? labels.join(' · ') : null
}
