/**
 * Chart data for the Segments screen, each with its CSV: segment sizes, a segments × needs heatmap of
 * opportunity, the opportunity landscape (importance vs satisfaction per need, per segment and for
 * everyone), code co-occurrence and a code × attribute crosstab.
 *
 * The segments are the ones asked for, else the latest saved run's. Co-occurrence and the crosstab
 * count participants (members of those segments), not highlights: the Segments screen is about who
 * needs what, and one talkative participant should not outweigh ten quiet ones.
 */
import type Database from 'better-sqlite3'
import { opportunityByNeed, type Rating } from '../../../shared/analysis/opportunity'
import type { SegmentCharts } from '../../../shared/contract/segments'
import { NeedleError } from '../../../shared/errors'
import { attributeColumns } from '../participants/attributeColumns'
import { csv } from './csv'
import { loadEvidence } from './evidence'
import { getSegment, latestRunId, memberIds } from './store'

/** Codes shown in co-occurrence and the crosstab: the most common ones. */
const MAX_CODES = 20
const MAX_CROSSTAB_VALUES = 12

export function segmentCharts(db: Database.Database, input: { runId?: string; segmentIds?: number[]; attribute?: string }): SegmentCharts {
  let ids = input.segmentIds
  if (!ids) {
    const runId = input.runId ?? latestRunId(db)
    ids = runId ? (db.prepare('SELECT id FROM segments WHERE run_id = ? ORDER BY id').pluck().all(runId) as number[]) : []
    if (input.runId && !ids.length) throw new NeedleError('not_found', `No saved run ${input.runId}. Save the run first, or pick segments.`)
  }
  const segments = ids.map((id) => getSegment(db, id))
  const ev = loadEvidence(db)
  const membersOf = new Map(
    segments.map((s) => [
      s.id,
      memberIds(db, s.id)
        .map((p) => ev.row.get(p))
        .filter((r): r is number => r !== undefined),
    ]),
  )
  const base = [...new Set([...membersOf.values()].flat())].sort((a, b) => a - b)

  const sizes = segments.map((s) => ({ segmentId: s.id, name: s.name, size: s.size, share: s.share }))

  const ratings: Rating[] = []
  for (const r of base)
    for (const [need, x] of ev.ratings[r]) ratings.push({ participant: r, need, importance: x.importance, satisfaction: x.satisfaction })
  const overall = opportunityByNeed(ratings)
  const needs = overall.filter((o) => ev.codes.has(o.need)).map((o) => ({ id: o.need, name: ev.codes.get(o.need)!.name }))
  const bySegment = new Map(
    segments.map((s) => [s.id, new Map(opportunityByNeed(ratings, new Set(membersOf.get(s.id))).map((o) => [o.need, o]))]),
  )
  const cells = segments.flatMap((s) =>
    needs.map((n) => ({ segmentId: s.id, needId: n.id, opportunity: bySegment.get(s.id)!.get(n.id)?.opportunity ?? null })),
  )

  const points: SegmentCharts['landscape']['points'] = []
  const addPoints = (segmentId: number | null, segment: string, list: Iterable<ReturnType<typeof opportunityByNeed>[number]>) => {
    for (const o of list)
      if (o.importance != null && o.satisfaction != null && o.opportunity != null && ev.codes.has(o.need))
        points.push({
          segmentId,
          segment,
          needId: o.need,
          need: ev.codes.get(o.need)!.name,
          importance: o.importance,
          satisfaction: o.satisfaction,
          opportunity: o.opportunity,
        })
  }
  addPoints(null, 'Everyone', overall)
  for (const s of segments) addPoints(s.id, s.name, bySegment.get(s.id)!.values())

  // Codes by how many of these participants carry them.
  const carriers = new Map<number, Set<number>>()
  for (const r of base) for (const c of ev.codeCounts[r].keys()) (carriers.get(c) ?? carriers.set(c, new Set()).get(c)!).add(r)
  const codes = [...carriers]
    .sort((a, b) => b[1].size - a[1].size || a[0] - b[0])
    .slice(0, MAX_CODES)
    .map(([id]) => ev.codes.get(id)!)
  const matrix = codes.map((a) => codes.map((b) => [...carriers.get(a.id)!].filter((r) => carriers.get(b.id)!.has(r)).length))

  const crosstab = codeCrosstab(
    db,
    input.attribute,
    base.map((r) => ev.participants[r].id),
    codes,
    (codeId) => new Set([...carriers.get(codeId)!].map((r) => ev.participants[r].id)),
  )

  return {
    segments: segments.map((s) => ({ id: s.id, name: s.name })),
    sizes: { rows: sizes, csv: csv([['segment', 'size', 'share'], ...sizes.map((s) => [s.name, s.size, s.share])]) },
    heatmap: {
      needs,
      cells,
      csv: csv([
        ['segment', ...needs.map((n) => n.name)],
        ...segments.map((s) => [s.name, ...needs.map((n) => bySegment.get(s.id)!.get(n.id)?.opportunity ?? null)]),
      ]),
    },
    landscape: {
      points,
      csv: csv([
        ['segment', 'need', 'importance', 'satisfaction', 'opportunity'],
        ...points.map((p) => [p.segment, p.need, p.importance, p.satisfaction, p.opportunity]),
      ]),
    },
    cooccurrence: {
      codes: codes.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
      matrix,
      csv: csv([['code', ...codes.map((c) => c.name)], ...codes.map((c, i) => [c.name, ...matrix[i]])]),
    },
    crosstab,
  }
}

function codeCrosstab(
  db: Database.Database,
  wanted: string | undefined,
  participants: number[],
  codes: { id: number; name: string }[],
  carriersOf: (codeId: number) => Set<number>,
): SegmentCharts['crosstab'] {
  const inBase = new Set(participants)
  const byAttribute = new Map(
    [...attributeColumns(db, { types: ['category', 'boolean'], among: inBase })].map(([name, column]) => [name, column.values]),
  )
  let attribute: string | null = null
  if (wanted) {
    attribute = [...byAttribute.keys()].find((k) => k.toLowerCase() === wanted.toLowerCase()) ?? null
    if (!attribute) throw new NeedleError('not_found', `No category attribute "${wanted}" among these participants.`)
  } else {
    // The first attribute that splits people into a few groups: one value says nothing, fifty is an id.
    attribute =
      [...byAttribute].find(([, v]) => {
        const distinct = new Set(v.values()).size
        return distinct >= 2 && distinct <= MAX_CROSSTAB_VALUES
      })?.[0] ?? null
  }
  if (!attribute) return { attribute: null, values: [], rows: [], csv: csv([['code']]) }
  const valueOf = byAttribute.get(attribute)!
  const counts = new Map<string, number>()
  for (const v of valueOf.values()) counts.set(v, (counts.get(v) ?? 0) + 1)
  const values = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v)
  const out = codes.map((c) => {
    const carriers = carriersOf(c.id)
    return { codeId: c.id, code: c.name, counts: values.map((v) => [...carriers].filter((p) => valueOf.get(p) === v).length) }
  })
  return { attribute, values, rows: out, csv: csv([['code', ...values], ...out.map((r) => [r.code, ...r.counts])]) }
}
