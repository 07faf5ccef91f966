/**
 * Needs of a group of participants against a base ("everyone"): lift and opportunity per need.
 *
 * For lift, a participant "has" a need when a highlight of theirs is coded with it, or when they rated
 * it important (4-5) and not satisfied (below 4) — so survey-only projects get lifts too, and lift
 * and opportunity speak of the same thing: unmet needs.
 */
import type { ProjectLanguage } from '../../../shared/project/language'
import { opportunityByNeed, type Rating } from '../../../shared/analysis/opportunity'
import type { ExplainNeed, NeedScore } from '../../../shared/contract/segments'
import type { CodeKind } from '../../../shared/domain'
import type { Evidence } from './evidence'
import { needLifts, segmentNames, topNeedsByLift } from './math/explain'
import { isUnmet } from './matrix'

/** Needs per participant (evidence rows), as code ids. */
function needsOf(ev: Evidence, r: number, kinds: ReadonlySet<CodeKind>): number[] {
  const out = new Set<number>()
  for (const c of ev.codeCounts[r].keys()) if (kinds.has(ev.codes.get(c)!.kind)) out.add(c)
  for (const [c, rating] of ev.ratings[r]) if (isUnmet(rating)) out.add(c)
  return [...out]
}

function ratingsOf(ev: Evidence, rows: readonly number[]): Rating[] {
  const out: Rating[] = []
  for (const r of rows)
    for (const [need, x] of ev.ratings[r]) out.push({ participant: r, need, importance: x.importance, satisfaction: x.satisfaction })
  return out
}

export interface NeedProfile {
  /** Every need seen in the base, with lift and opportunity. */
  needs: ExplainNeed[]
  /** Whether anyone in the base has ratings (then needs rank by opportunity). */
  rated: boolean
}

/** `base` and `members` are evidence rows; members should be within base. */
export function needProfile(
  ev: Evidence,
  base: readonly number[],
  members: readonly number[],
  kinds: readonly CodeKind[] = ['need'],
): NeedProfile {
  const kindSet = new Set<CodeKind>(['need', ...kinds])
  const position = new Map(base.map((r, i) => [r, i]))
  const lifts = needLifts(
    base.map((r) => needsOf(ev, r, kindSet)),
    members.map((r) => position.get(r)).filter((i): i is number => i !== undefined),
  )
  const ratings = ratingsOf(ev, base)
  const inSegment = new Map(opportunityByNeed(ratings, new Set(members)).map((o) => [o.need, o]))
  const overall = new Map(opportunityByNeed(ratings).map((o) => [o.need, o]))
  const ids = new Set<number>([...lifts.map((l) => l.need), ...overall.keys()])
  const liftOf = new Map(lifts.map((l) => [l.need, l]))
  const needs: ExplainNeed[] = [...ids]
    .filter((id) => ev.codes.has(id))
    .map((id) => {
      const l = liftOf.get(id)
      const o = inSegment.get(id)
      return {
        codeId: id,
        code: ev.codes.get(id)!.name,
        count: l?.count ?? 0,
        segmentShare: l?.segmentShare ?? 0,
        overallShare: l?.overallShare ?? 0,
        lift: l && l.overallShare > 0 ? l.lift : null,
        opportunity: o?.opportunity ?? null,
        overallOpportunity: overall.get(id)?.opportunity ?? null,
        importance: o?.importance ?? null,
        satisfaction: o?.satisfaction ?? null,
      }
    })
  return { needs, rated: ratings.length > 0 }
}

/** Highest opportunity first (ties: higher lift), needs without a score last. */
export function byOpportunity(needs: readonly ExplainNeed[]): ExplainNeed[] {
  return needs
    .filter((n) => n.opportunity != null)
    .sort((a, b) => b.opportunity! - a.opportunity! || (b.lift ?? 0) - (a.lift ?? 0) || a.codeId - b.codeId)
}

/** Needs with lift above 1 that at least two members have, highest lift first. */
export function byLift(needs: readonly ExplainNeed[], limit = 5): ExplainNeed[] {
  const lifts = needs.map((n) => ({
    need: n.codeId,
    count: n.count,
    segmentShare: n.segmentShare,
    overallShare: n.overallShare,
    lift: n.lift ?? 0,
  }))
  const top = topNeedsByLift(lifts, limit)
  const byId = new Map(needs.map((n) => [n.codeId, n]))
  return top.map((t) => byId.get(t.need)!)
}

/** The CLI's and the preview's topNeeds: by opportunity where ratings exist, by lift otherwise. */
export function topNeeds(profile: NeedProfile, limit = 3): NeedScore[] {
  const ranked = profile.rated ? byOpportunity(profile.needs) : byLift(profile.needs, limit)
  return ranked.slice(0, limit).map(({ codeId, code, lift, opportunity }) => ({ codeId, code, lift, opportunity }))
}

/** Ulwick's line between served needs and opportunities (0-20 scale). */
const UNMET_OPPORTUNITY = 10

/**
 * Names from the top unmet needs, best first (segmentNames): with ratings, needs scoring at least 10
 * (below that a need is served, and naming a segment after it would mislead); without, needs with lift
 * above 1. When nothing qualifies the single top need still names it. The need the segment cares about
 * least next to everyone (served here, unmet for everyone; or mentioned at most half as often) is what
 * they put it over.
 */
export function suggestedNames(profile: NeedProfile, fallback: string, language: ProjectLanguage = 'en'): string[] {
  const ranked = profile.rated ? byOpportunity(profile.needs) : byLift(profile.needs, 2)
  const unmet = ranked.filter((n) => (profile.rated ? n.opportunity! >= UNMET_OPPORTUNITY : (n.lift ?? 0) > 1))
  const top = (unmet.length ? unmet : ranked).slice(0, 3).map((n) => n.code)
  return segmentNames(top, fallback, language, lowerNeed(profile)?.code)
}

export function suggestedName(profile: NeedProfile, fallback: string, language: ProjectLanguage = 'en'): string {
  return suggestedNames(profile, fallback, language)[0]
}

/** The need this segment cares about clearly less than everyone does, if any. */
function lowerNeed(profile: NeedProfile): ExplainNeed | null {
  const gap = (n: ExplainNeed) =>
    profile.rated
      ? n.opportunity != null &&
        n.overallOpportunity != null &&
        n.opportunity < UNMET_OPPORTUNITY &&
        n.overallOpportunity >= UNMET_OPPORTUNITY
        ? n.overallOpportunity - n.opportunity
        : 0
      : n.lift != null && n.overallShare >= 0.2 && n.lift <= 0.5
        ? n.overallShare - n.segmentShare
        : 0
  let best: ExplainNeed | null = null
  for (const n of profile.needs)
    if (gap(n) > 0 && (!best || gap(n) > gap(best) || (gap(n) === gap(best) && n.codeId < best.codeId))) best = n
  return best
}
