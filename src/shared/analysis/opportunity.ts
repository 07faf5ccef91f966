/**
 * Opportunity score (Ulwick, outcome-driven innovation), as specified in DESIGN.md "Methods":
 *
 *   importance   = 10 × share of importance ratings of 4 or 5 on the 1-5 scale   (0-10)
 *   satisfaction = 10 × share of satisfaction ratings of 4 or 5                  (0-10)
 *   opportunity  = importance + max(importance − satisfaction, 0)                 (0-20)
 *
 * Ulwick's reading: above 15 an extreme opportunity, 10-15 a solid one, below 10 served. Computed per
 * segment as well as overall because pooled data hides segments' unmet needs: a need one segment finds
 * critical and unmet can look middling when averaged with segments that do not care.
 *
 * Ratings are REAL in the database (an imported 1-5 answer, or an average of several): "4 or 5" is
 * taken as ≥ 4. Missing ratings (null) are left out of their own share only.
 */
export interface Rating {
  participant: number
  need: number
  importance: number | null
  satisfaction: number | null
}

export interface NeedOpportunity {
  need: number
  /** Participants with an importance rating / with a satisfaction rating. */
  importanceCount: number
  satisfactionCount: number
  /** 0-10, or null without ratings. */
  importance: number | null
  satisfaction: number | null
  /** 0-20, or null unless both importance and satisfaction were rated. */
  opportunity: number | null
}

/** Share of ratings 4-5, times 10 (0-10); null for no ratings. */
export function topTwoBoxScore(values: readonly (number | null | undefined)[]): number | null {
  let rated = 0
  let top = 0
  for (const v of values) {
    if (v == null || Number.isNaN(v)) continue
    rated++
    if (v >= 4) top++
  }
  return rated ? (10 * top) / rated : null
}

export function opportunity(importance: number, satisfaction: number): number {
  return importance + Math.max(importance - satisfaction, 0)
}

/**
 * Opportunity per need over the given ratings (optionally only `participants`), ordered by
 * opportunity, highest first (needs without a score last, by need id).
 */
export function opportunityByNeed(ratings: readonly Rating[], participants?: ReadonlySet<number>): NeedOpportunity[] {
  const byNeed = new Map<number, { imp: number[]; sat: number[] }>()
  for (const r of ratings) {
    if (participants && !participants.has(r.participant)) continue
    let entry = byNeed.get(r.need)
    if (!entry) byNeed.set(r.need, (entry = { imp: [], sat: [] }))
    if (r.importance != null) entry.imp.push(r.importance)
    if (r.satisfaction != null) entry.sat.push(r.satisfaction)
  }
  const out: NeedOpportunity[] = []
  for (const [need, { imp, sat }] of byNeed) {
    const i = topTwoBoxScore(imp)
    const s = topTwoBoxScore(sat)
    out.push({
      need,
      importanceCount: imp.length,
      satisfactionCount: sat.length,
      importance: i,
      satisfaction: s,
      opportunity: i != null && s != null ? opportunity(i, s) : null,
    })
  }
  return out.sort((a, b) => (b.opportunity ?? -1) - (a.opportunity ?? -1) || a.need - b.need)
}

/** Opportunity per need within each segment; `segmentOf` maps participant → segment. */
export function opportunityBySegment(ratings: readonly Rating[], segmentOf: ReadonlyMap<number, number>): Map<number, NeedOpportunity[]> {
  const members = new Map<number, Set<number>>()
  for (const [participant, segment] of segmentOf) {
    let set = members.get(segment)
    if (!set) members.set(segment, (set = new Set()))
    set.add(participant)
  }
  const out = new Map<number, NeedOpportunity[]>()
  for (const [segment, set] of [...members].sort((a, b) => a[0] - b[0])) out.set(segment, opportunityByNeed(ratings, set))
  return out
}
