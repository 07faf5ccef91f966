/** The events table read once into typed arrays: what every breadcrumb count runs over. */
import type Database from 'better-sqlite3'

export interface EventColumns {
  count: number
  participant: Int32Array
  day: Int32Array
  type: Int32Array
  /** Event indexes grouped by participant (counting sort on participant id). */
  order: Int32Array
  maxParticipant: number
  /** Type names by type index. */
  types: string[]
  /** Types by frequency, most frequent first. */
  typeCounts: { type: string; count: number }[]
}

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 of an ISO date's calendar day ("2024-03-05…"); NaN when it is not one. */
export function dayOfIso(iso: string): number {
  const ms = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10))
  return Number.isNaN(ms) ? NaN : Math.round(ms / MS_PER_DAY)
}

/**
 * The columns stay valid until this connection writes anything (total_changes) or another one does
 * (data_version): the Breadcrumbs screen lists the outcomes, then analyses, then saves the at-risk
 * group, and a million events are read from the file once for all three, not three times.
 */
const cache = new WeakMap<Database.Database, { key: string; columns: EventColumns }>()

export function loadEvents(db: Database.Database): EventColumns {
  const key = `${db.prepare('SELECT total_changes()').pluck().get() as number}:${db.pragma('data_version', { simple: true }) as number}`
  const hit = cache.get(db)
  if (hit && hit.key === key) return hit.columns
  const columns = readEvents(db)
  cache.set(db, { key, columns })
  return columns
}

function readEvents(db: Database.Database): EventColumns {
  const count = db.prepare('SELECT count(*) FROM events').pluck().get() as number
  const participant = new Int32Array(count)
  const day = new Int32Array(count)
  const type = new Int32Array(count)
  const typeIndex = new Map<string, number>()
  const types: string[] = []
  let i = 0
  let maxParticipant = 0
  for (const [p, d, t] of db.prepare('SELECT participant_id, day, type FROM events').raw().iterate() as IterableIterator<
    [number, number, string]
  >) {
    if (i >= count) break
    let k = typeIndex.get(t)
    if (k === undefined) {
      k = types.length
      types.push(t)
      typeIndex.set(t, k)
    }
    participant[i] = p
    day[i] = d
    type[i] = k
    if (p > maxParticipant) maxParticipant = p
    i++
  }
  const starts = new Int32Array(maxParticipant + 2)
  for (let j = 0; j < i; j++) starts[participant[j] + 1]++
  for (let p = 1; p < starts.length; p++) starts[p] += starts[p - 1]
  const order = new Int32Array(i)
  for (let j = 0; j < i; j++) order[starts[participant[j]]++] = j
  const freq = new Array<number>(types.length).fill(0)
  for (let j = 0; j < i; j++) freq[type[j]]++
  const typeCounts = types.map((t, k) => ({ type: t, count: freq[k] })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type))
  return { count: i, participant, day, type, order, maxParticipant, types, typeCounts }
}
