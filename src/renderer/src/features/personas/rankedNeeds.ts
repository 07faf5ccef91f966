/** Needs ranked by opportunity (0-20, within the segment); needs without ratings follow, by mentions. */
import type { NeedFact } from '../../../../shared/persona/content'

export function rankedNeeds(needs: NeedFact[]): NeedFact[] {
  return [...needs].sort((a, b) => (b.opportunity ?? -1) - (a.opportunity ?? -1) || b.mentions - a.mentions)
}

/** One decimal, as the card prints it. */
export function score(n: number | null): string {
  return n == null ? '–' : (Math.round(n * 10) / 10).toFixed(1)
}
