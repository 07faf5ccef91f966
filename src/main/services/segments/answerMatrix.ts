/**
 * The answers input: which participants and columns a run clusters on when survey answers are among
 * the inputs: encoded for k-means (answerEncoding.ts), or as Gower distances (mixed kinds) for average
 * linkage. Ratings, codes and urgency chosen beside answers join as numeric columns; a participant
 * without them is compared on the answers alone (Gower) or takes their mean (k-means).
 */
import type Database from 'better-sqlite3'
import type { RunOptions } from '../../../shared/contract/segments'
import { NeedleError } from '../../../shared/errors'
import { encodeAnswers, type EncodedAnswers } from './answerEncoding'
import { answered, gowerColumn, loadAnswers, REASON_WORDS, type AnswerColumn } from './answers'
import type { Evidence } from './evidence'
import { gowerDistances, type GowerColumn } from './math/gower'
import { buildMatrix } from './matrix'

export interface AnswerMatrix {
  /** Evidence rows clustered, in order. */
  rows: number[]
  columns: AnswerColumn[]
  /** Labels of every column clustered on (answers first). */
  labels: string[]
  /** k-means: the answers as numbers (rows × cols). */
  encoded: EncodedAnswers | null
  /** Average linkage: rows × rows Gower distances. */
  distances: Float64Array | null
}

export function buildAnswerMatrix(db: Database.Database, ev: Evidence, options: RunOptions): AnswerMatrix {
  const columns = loadAnswers(
    db,
    ev.participants.map((p) => p.id),
  )
  if (options.columns) {
    const byName = new Map(columns.map((c) => [c.name, c]))
    const unknown = options.columns.filter((n) => !byName.has(n))
    if (unknown.length)
      throw new NeedleError(
        'invalid_input',
        `No survey column is named ${unknown.map((n) => `"${n}"`).join(', ')}. Check the names (see the run's columns).`,
      )
    const unusable = options.columns.filter((n) => byName.get(n)!.kind === null)
    if (unusable.length)
      throw new NeedleError(
        'invalid_input',
        `${unusable.map((n) => `"${n}" (${REASON_WORDS[byName.get(n)!.reason!]})`).join(', ')} cannot be clustered on. Choose other columns.`,
      )
    const chosen = new Set(options.columns)
    for (const c of columns) {
      c.used = chosen.has(c.name)
      if (c.used) c.reason = null
    }
  }
  const used = columns.filter((c) => c.used)
  const others = options.inputs.filter((i) => i !== 'answers')
  const m = others.length ? buildMatrix(ev, others, options.codeKinds) : null
  const inMatrix = new Map((m?.evidenceRows ?? []).map((r, i) => [r, i]))
  const rows: number[] = []
  for (let r = 0; r < ev.participants.length; r++) if (inMatrix.has(r) || used.some((c) => answered(c, r))) rows.push(r)
  const numeric = (m?.columns ?? []).map((_, j) =>
    Float64Array.from(rows, (r) => {
      const i = inMatrix.get(r)
      return i === undefined ? NaN : m!.values[i * m!.columns.length + j]
    }),
  )
  const labels = [...used.map((c) => c.name), ...(m?.columns.map((c) => c.label) ?? [])]
  if (options.method === 'kmeans') return { rows, columns, labels, encoded: encodeAnswers(used, rows, numeric), distances: null }
  const gower: GowerColumn[] = [
    ...used.map((c) => gowerColumn(c, rows)),
    ...numeric.map((values) => ({ kind: 'numeric' as const, values })),
  ]
  return {
    rows,
    columns,
    labels,
    encoded: null,
    distances: gower.length && rows.length ? gowerDistances(rows.length, gower) : new Float64Array(0),
  }
}
