/**
 * 3D scoring of participants (DESIGN.md "Methods"): fit, engagement and lifecycle stage, kept as three
 * columns rather than folded into one total — a perfect-fit account that went quiet and a poor-fit
 * account that calls every day need different actions.
 *
 *  - fit (0-100): Σ weight × match / Σ weight. A weight with a value matches when the attribute equals
 *    it (ignoring case); without a value a number attribute counts min-max scaled over participants and
 *    a yes/no attribute counts when yes. A missing attribute matches nothing.
 *  - engagement (0-100): interactions weighted by recency, 0.5^(age / half-life), relative to the most
 *    engaged participant. An interaction is one transcript a participant speaks in, one survey or
 *    feedback row (however many answers it has), or one survey's ratings. Ages are measured to `asOf`,
 *    by default the project's latest dated interaction, so scores do not drift with the clock; an
 *    undated interaction counts as one half-life old.
 *  - lifecycle: the value of a stage attribute (by default the first attribute named like "lifecycle"
 *    or "stage"), e.g. the feedback import's "Lifecycle stage" column.
 */
import { readJsonColumn } from '../../db/jsonColumn'
import { scoreSettingsSchema } from '../../../shared/contract/segments'
import type Database from 'better-sqlite3'
import type { ParticipantScore, ScoreSettings, ScoreTable } from '../../../shared/contract/segments'
import { NeedleError } from '../../../shared/errors'
import { attributeColumns } from '../participants/attributeColumns'

const DAY_MS = 86_400_000
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'نعم'])

function findAttribute<T>(attrs: Map<string, T>, name: string): T {
  const found = attrs.get(name) ?? [...attrs].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1]
  if (!found)
    throw new NeedleError(
      'not_found',
      `There is no attribute "${name}". Choose one of: ${[...attrs.keys()].slice(0, 20).join(', ') || 'none imported yet'}.`,
    )
  return found
}

/** Interactions per participant: [date or null]. */
function interactions(db: Database.Database): Map<number, (string | null)[]> {
  const rows = db
    .prepare(
      `SELECT pid, key, MIN(date) AS date FROM (
         SELECT d.participant_id AS pid, d.source_id || ':' || COALESCE('r' || d.row_number, 'd' || d.id) AS key, substr(d.occurred_at, 1, 10) AS date
           FROM documents d WHERE d.participant_id IS NOT NULL
         UNION ALL
         SELECT DISTINCT u.participant_id, d.source_id || ':d' || d.id, substr(d.occurred_at, 1, 10)
           FROM utterances u JOIN documents d ON d.id = u.document_id WHERE u.participant_id IS NOT NULL
         UNION ALL
         SELECT DISTINCT r.participant_id, 'ratings:' || COALESCE(r.source_id, 0), NULL FROM ratings r
       ) GROUP BY pid, key`,
    )
    .all() as { pid: number; key: string; date: string | null }[]
  // A survey's ratings and the same row's answers are one interaction: drop the ratings entry when the
  // participant has an answer from that source.
  const bySource = new Map<number, Map<string, string | null>>()
  for (const r of rows) {
    let m = bySource.get(r.pid)
    if (!m) bySource.set(r.pid, (m = new Map()))
    m.set(r.key, r.date)
  }
  const out = new Map<number, (string | null)[]>()
  for (const [pid, m] of bySource) {
    const list: (string | null)[] = []
    for (const [key, date] of m) {
      if (key.startsWith('ratings:')) {
        const source = key.slice('ratings:'.length)
        if ([...m.keys()].some((k) => k.startsWith(`${source}:`))) continue
      }
      list.push(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null)
    }
    out.set(pid, list)
  }
  return out
}

export function computeScores(db: Database.Database, settings: ScoreSettings): ScoreTable {
  const participants = db
    .prepare(`SELECT id, label, COALESCE(NULLIF(display_name, ''), label) AS name FROM participants WHERE is_interviewer = 0 ORDER BY id`)
    .all() as { id: number; label: string; name: string }[]
  const attrs = attributeColumns(db)

  const fitParts = settings.fitWeights.map((w) => {
    const attr = findAttribute(attrs, w.attribute)
    if (w.value !== undefined) {
      const want = w.value.trim().toLowerCase()
      return { weight: w.weight, match: (id: number) => (attr.values.get(id)?.trim().toLowerCase() === want ? 1 : 0) }
    }
    if (attr.type === 'number') {
      const nums = [...attr.values.values()].map(Number).filter(Number.isFinite)
      const lo = Math.min(...nums)
      const hi = Math.max(...nums)
      return {
        weight: w.weight,
        match: (id: number) => {
          const v = Number(attr.values.get(id))
          return attr.values.has(id) && Number.isFinite(v) ? (hi > lo ? (v - lo) / (hi - lo) : 1) : 0
        },
      }
    }
    if (attr.type === 'boolean')
      return { weight: w.weight, match: (id: number) => (TRUE_WORDS.has(attr.values.get(id)?.trim().toLowerCase() ?? '') ? 1 : 0) }
    throw new NeedleError('invalid_input', `"${w.attribute}" is a ${attr.type} attribute: give the value that earns its weight.`)
  })
  const totalWeight = fitParts.reduce((s, p) => s + p.weight, 0)

  const seen = interactions(db)
  let asOf = settings.asOf ?? null
  if (!asOf) for (const list of seen.values()) for (const d of list) if (d && (!asOf || d > asOf)) asOf = d
  const asOfMs = asOf ? Date.parse(asOf) : Number.NaN
  const raw = new Map<number, { value: number; count: number; last: string | null }>()
  for (const p of participants) {
    const list = seen.get(p.id) ?? []
    let value = 0
    let last: string | null = null
    for (const d of list) {
      const age = d && Number.isFinite(asOfMs) ? Math.max(0, (asOfMs - Date.parse(d)) / DAY_MS) : settings.engagementHalfLifeDays
      value += 0.5 ** (age / settings.engagementHalfLifeDays)
      if (d && (!last || d > last)) last = d
    }
    raw.set(p.id, { value, count: list.length, last })
  }
  const maxRaw = Math.max(0, ...[...raw.values()].map((r) => r.value))

  let lifecycleAttribute = settings.lifecycleAttribute ?? null
  if (lifecycleAttribute) findAttribute(attrs, lifecycleAttribute)
  else
    lifecycleAttribute = [...attrs.keys()].find((k) => /lifecycle/i.test(k)) ?? [...attrs.keys()].find((k) => /\bstage\b/i.test(k)) ?? null
  const stages = lifecycleAttribute ? findAttribute(attrs, lifecycleAttribute).values : new Map<number, string>()

  const round1 = (x: number) => Math.round(x * 10) / 10
  const rows: ParticipantScore[] = participants.map((p) => {
    const e = raw.get(p.id)!
    return {
      participantId: p.id,
      label: p.label,
      name: p.name,
      fit: totalWeight > 0 ? round1((100 * fitParts.reduce((s, part) => s + part.weight * part.match(p.id), 0)) / totalWeight) : 0,
      engagement: maxRaw > 0 ? round1((100 * e.value) / maxRaw) : 0,
      interactions: e.count,
      lastInteraction: e.last,
      lifecycle: stages.get(p.id) ?? null,
    }
  })
  return { settings, asOf, lifecycleAttribute, rows }
}

const SETTINGS_KEY = 'scores.settings'

export function savedScoreSettings(db: Database.Database): ScoreSettings | null {
  const raw = db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(SETTINGS_KEY) as string | undefined
  if (!raw) return null
  return readJsonColumn(scoreSettingsSchema, raw, { table: 'project_meta', row: SETTINGS_KEY })
}

export function saveScoreSettings(db: Database.Database, settings: ScoreSettings): void {
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    SETTINGS_KEY,
    JSON.stringify(settings),
  )
}
