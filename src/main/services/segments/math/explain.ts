/**
 * Explaining a segment, as pure functions over plain arrays (participants are indices 0..n−1).
 *
 * Lift (as in association rules): share of the segment's members with a need ÷ share of everyone with
 * it. 2 means members mention the need twice as often as participants in general; it says what sets the
 * segment apart, where raw shares would rank needs everyone has at the top of every segment.
 */
export interface NeedLift {
  need: number
  /** Members with the need. */
  count: number
  segmentShare: number
  overallShare: number
  /** segmentShare / overallShare; 0 when nobody has the need. */
  lift: number
}

/** `needsOf[i]`: the need codes participant i has (highlights coded with them). */
export function needLifts(needsOf: readonly (readonly number[])[], members: readonly number[]): NeedLift[] {
  const overall = new Map<number, number>()
  for (const needs of needsOf) for (const need of new Set(needs)) overall.set(need, (overall.get(need) ?? 0) + 1)
  const inSegment = new Map<number, number>()
  for (const i of members) for (const need of new Set(needsOf[i])) inSegment.set(need, (inSegment.get(need) ?? 0) + 1)
  const n = needsOf.length
  const m = members.length
  return [...overall.keys()]
    .sort((a, b) => a - b)
    .map((need) => {
      const count = inSegment.get(need) ?? 0
      const segmentShare = m ? count / m : 0
      const overallShare = (overall.get(need) ?? 0) / n
      return { need, count, segmentShare, overallShare, lift: overallShare ? segmentShare / overallShare : 0 }
    })
}

/**
 * Needs ordered by lift, highest first. `minCount` (default 2) drops needs only one member has: with
 * small segments a single mention gives a large, meaningless lift. Ties go to the more common need.
 */
export function topNeedsByLift(lifts: readonly NeedLift[], limit = 5, minCount = 2): NeedLift[] {
  return lifts
    .filter((l) => l.count >= minCount && l.lift > 1)
    .sort((a, b) => b.lift - a.lift || b.count - a.count || a.need - b.need)
    .slice(0, limit)
}

export interface Urgency {
  /** Share of members with at least one deadline highlight. */
  deadlineShare: number
  /** Share of members with at least one emergency highlight. */
  emergencyShare: number
  /** The segment's earliest due dates (ISO), earliest first, at most `limit`. */
  nearestDeadlines: string[]
}

/**
 * `dueDates[i]`: participant i's deadline dates (ISO yyyy-mm-dd, which sort as strings); `today`
 * (ISO) drops dates already past when given.
 */
export function urgency(
  members: readonly number[],
  hasDeadline: readonly boolean[],
  hasEmergency: readonly boolean[],
  dueDates: readonly (readonly string[])[] = [],
  options: { today?: string; limit?: number } = {},
): Urgency {
  const m = members.length
  let deadlines = 0
  let emergencies = 0
  const dates: string[] = []
  for (const i of members) {
    if (hasDeadline[i]) deadlines++
    if (hasEmergency[i]) emergencies++
    for (const d of dueDates[i] ?? []) if (!options.today || d >= options.today) dates.push(d)
  }
  return {
    deadlineShare: m ? deadlines / m : 0,
    emergencyShare: m ? emergencies / m : 0,
    nearestDeadlines: [...new Set(dates)].sort().slice(0, options.limit ?? 3),
  }
}

/**
 * Representatives: the members nearest the segment centre (Euclidean, in the units the clustering
 * used), whose quotes speak for the segment better than its most extreme members. Ties go to the
 * earlier participant.
 */
export function representatives(
  rows: readonly (readonly number[])[],
  members: readonly number[],
  centre: readonly number[],
  count = 3,
): number[] {
  const dist = (i: number) => rows[i].reduce((s, v, j) => s + (v - centre[j]) ** 2, 0)
  return members
    .map((i) => ({ i, d: dist(i) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.i)
}

/**
 * Representatives for distance-only methods (Jaccard): the members with the smallest mean distance to
 * the other members — medoids, the centre a distance matrix has. `distances` is n × n row-major.
 */
export function medoidRepresentatives(distances: ArrayLike<number>, n: number, members: readonly number[], count = 3): number[] {
  return members
    .map((i) => ({ i, d: members.reduce((s, j) => s + distances[i * n + j], 0) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.i)
}

/** A segment name a reader takes in at a glance. */
const MAX_NAME = 40

/** "fast payouts" → "Fast payouts"; "VAT returns" keeps its capitals. */
function capFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('en') + s.slice(1)
}

/** "Offline mode" → "offline mode" inside a name; "VAT returns", "API access" keep their capitals. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('en') + s.slice(1) : s
}

/** Clipped at a word to `max` characters, with an ellipsis when clipped. */
function clipWords(s: string, max: number): string {
  if (s.length <= max) return s
  const cut = s.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`
}

/**
 * Names for a segment from its top unmet needs (ranked by opportunity where ratings exist, by lift
 * otherwise), best first; the rest are there so two segments never share a name.
 *
 * English reads as a strategist labels a segment: what they put first, and, when there is one, what
 * they care about less than everyone else does ("Fast payouts over dark theme", "Re-route live
 * first"), at most 40 characters. Arabic: "بحاجة إلى X وY" (need codes are nouns, and the conjunction
 * و joins the word it precedes). The UI lets the researcher edit the name.
 */
export function segmentNames(
  rankedNeedNames: readonly string[],
  fallback = 'Segment',
  language: 'en' | 'ar' = 'en',
  /** A need the segment cares about clearly less than everyone does. */
  lower?: string,
): string[] {
  const needs = rankedNeedNames.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '')
  if (!needs.length) return [fallback]
  const [a, ...rest] = needs
  if (language === 'ar') return rest.length ? rest.map((b) => `بحاجة إلى ${a} و${b}`) : [`بحاجة إلى ${a}`]
  const top = capFirst(a)
  const low = lower?.replace(/\s+/g, ' ').trim()
  const choices = [
    ...(low && low !== a ? [`${top} over ${lowerFirst(low)}`] : []),
    `${top} first`,
    ...rest.map((b) => `${top} and ${lowerFirst(b)}`),
    // A need too long for "first" is its own label: the name still leads with what the card lists first.
    top,
    ...rest.map((b) => `${capFirst(b)} first`),
  ].filter((n) => n.length <= MAX_NAME)
  return choices.length ? choices : [clipWords(top, MAX_NAME)]
}

/** The segment's name: the first of segmentNames. */
export function segmentName(
  rankedNeedNames: readonly string[],
  fallback = 'Segment',
  language: 'en' | 'ar' = 'en',
  lower?: string,
): string {
  return segmentNames(rankedNeedNames, fallback, language, lower)[0]
}
