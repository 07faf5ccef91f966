/**
 * A segmentation run: read the evidence, build the needs matrix from the chosen inputs, cluster (in a
 * worker thread unless told otherwise), and describe each segment — size, stability, top needs and a
 * name from its top two unmet needs. The result is a preview; store.ts saves it.
 */
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { RunOptions, RunPreview, RunProgressEvent } from '../../../shared/contract/segments'
import { NeedleError } from '../../../shared/errors'
import type { ComputeRequest, ComputeResult } from './compute'
import { loadEvidence } from './evidence'
import { runInProcess, runInWorker } from './host'
import { buildAnswerMatrix } from './answerMatrix'
import { segmentTraits, traitNames } from './answerProfile'
import { buildMatrix } from './matrix'
import { needProfile, suggestedNames, topNeeds } from './needProfile'
import { projectLanguage } from '../project/language'

export interface RunHooks {
  signal?: AbortSignal
  onProgress?(p: Omit<RunProgressEvent, 'jobId'>): void
  /** Cluster on this thread (the sample build; small data). */
  inProcess?: boolean
}

/** Below this many participants there is nothing to segment. */
const MIN_PARTICIPANTS = 4

const INPUT_WORDS: Record<string, string> = {
  ratings: 'survey ratings of needs',
  codes: 'need codes on highlights',
  urgency: 'deadline or emergency highlights',
  answers: 'survey answers',
}

export async function runSegmentation(db: Database.Database, options: RunOptions, hooks: RunHooks = {}): Promise<RunPreview> {
  const started = performance.now()
  hooks.onProgress?.({ stage: 'matrix', fraction: 0 })
  const ev = loadEvidence(db)
  const answers = options.inputs.includes('answers') ? buildAnswerMatrix(db, ev, options) : null
  const m = buildMatrix(ev, options.inputs, options.codeKinds)
  if (answers) {
    // Survey answers: the run's rows and columns are the answer matrix's (encoded for k-means, Gower distances for average linkage).
    m.evidenceRows = answers.rows
    m.participants = answers.rows.map((r) => ev.participants[r].id)
    m.columns = answers.labels.map((label) => ({ label, input: 'answers', codeId: null }))
    m.binaryColumns = m.columns
    m.presence = []
    m.values = answers.encoded?.values ?? new Float64Array(0)
  }
  const n = m.participants.length
  const what = options.inputs.map((i) => INPUT_WORDS[i]).join(' or ')
  if (n < MIN_PARTICIPANTS)
    throw new NeedleError(
      'invalid_input',
      `Only ${n} participants have ${what}; segmentation needs at least ${MIN_PARTICIPANTS}. Choose other inputs or add evidence.`,
    )
  const cols = options.method === 'kmeans' ? m.columns.length : m.binaryColumns.length
  if (cols === 0) throw new NeedleError('invalid_input', `There is nothing to cluster on: no ${what}. Choose other inputs.`)
  if (options.k !== 'auto' && options.k >= n)
    throw new NeedleError('invalid_input', `${n} participants cannot make ${options.k} segments. Choose a smaller k.`)
  if (options.method === 'hierarchical' && n > 5000)
    throw new NeedleError('invalid_input', `Hierarchical clustering is limited to 5,000 participants (${n} here). Use k-means.`)

  const presence = new Uint8Array(n * m.binaryColumns.length)
  m.presence.forEach((row, i) => presence.set(row, i * m.binaryColumns.length))
  const req: ComputeRequest = {
    method: options.method,
    k: options.k,
    seed: options.seed,
    minShare: options.minShare,
    resamples: options.resamples,
    rows: n,
    // An answer column may be several numbers (one per option of a choice).
    cols: answers?.encoded?.cols ?? m.columns.length,
    values: m.values,
    binaryCols: m.binaryColumns.length,
    presence,
    distances: answers?.distances ?? undefined,
  }
  const hostHooks = {
    signal: hooks.signal,
    onProgress: (stage: 'clustering' | 'stability' | 'seeds', fraction: number | null) => {
      if (fraction !== null) hooks.onProgress?.({ stage, fraction })
    },
  }
  const result: ComputeResult = hooks.inProcess ? runInProcess(req, hostHooks) : await runInWorker(req, hostHooks)

  const base = m.evidenceRows
  const members: number[][] = Array.from({ length: result.k }, () => [])
  result.labels.forEach((label, i) => members[label].push(base[i]))
  const usedNames = new Set<string>()
  // Names and traits are written in the project language (an Arabic survey gets Arabic names).
  const language = projectLanguage(db)
  const segments = members.map((rows, index) => {
    const profile = needProfile(ev, base, rows, options.codeKinds)
    const traits = answers ? segmentTraits(answers.columns, base, rows, 5, language) : []
    const fromTraits = traitNames(traits)
    const names = [
      ...suggestedNames(profile, fromTraits[0] ?? `${language === 'ar' ? 'الشريحة' : 'Segment'} ${index + 1}`, language),
      ...fromTraits.slice(1),
    ]
    // Two segments with the same top unmet need still get names a reader can tell apart.
    const name = names.find((x) => !usedNames.has(x)) ?? `${names[0]} (${index + 1})`
    usedNames.add(name)
    return {
      index,
      name,
      size: rows.length,
      share: rows.length / n,
      stability: result.stability?.[index] ?? null,
      badge: result.badges?.[index] ?? null,
      topNeeds: topNeeds(profile),
      members: rows.map((r) => ev.participants[r].id),
      ...(answers ? { traits: traits.map((t) => t.text) } : {}),
    }
  })
  const assignments: Record<number, number> = {}
  const labels: Record<number, string> = {}
  m.participants.forEach((id, i) => {
    assignments[id] = result.labels[i]
    labels[id] = ev.participants[m.evidenceRows[i]].label
  })
  hooks.onProgress?.({ stage: 'done', fraction: 1 })
  return {
    runId: randomUUID(),
    options,
    participants: n,
    columns: (options.method === 'kmeans' ? m.columns : m.binaryColumns).map((c) => c.label),
    k: result.k,
    requestedK: result.requestedK,
    silhouette: result.silhouette,
    candidates: result.candidates,
    gapK: result.gapK,
    seedAgreement: result.seedAgreement,
    removedSmall: result.removed,
    ...(answers ? { answerColumns: answers.columns.map(({ name, kind, used, reason }) => ({ name, kind, used, reason })) } : {}),
    merges: result.merges,
    elapsedMs: Math.round(performance.now() - started),
    segments,
    assignments,
    labels,
  }
}
