/**
 * Who left, and when: the outcome is either an event type (the first time a customer had it) or an
 * attribute value with its date (e.g. Lifecycle stage = churned: those whose latest-dated value it
 * is, from the first day of that last run of it in their dated history, attribute_history).
 */
import type Database from 'better-sqlite3'
import type { OutcomeChoices } from '../../../shared/contract/breadcrumbs'
import { NeedleError } from '../../../shared/errors'
import type { EventColumns } from './events'

export interface OutcomeDays {
  /** Outcome day per participant id (NaN: no outcome). */
  day: Float64Array
  /** The event type's index, or -1 for an attribute outcome. */
  type: number
  /** How the outcome reads, and its value as the project spells it. */
  label: string
  value: string
  attribute: string | null
  /** Participants with the attribute value but no date for it: in neither group (said in the notes). */
  undated: Set<number>
}

export function eventOutcome(ev: EventColumns, outcome: string, size: number): OutcomeDays {
  const type = ev.types.findIndex((t) => t.toLowerCase() === outcome.trim().toLowerCase())
  if (type < 0) {
    const known = ev.typeCounts
      .slice(0, 12)
      .map((t) => `"${t.type}"`)
      .join(', ')
    throw new NeedleError(
      'not_found',
      ev.count === 0
        ? `No events in this project yet, so nothing can precede "${outcome}". Import an event log first (needle import <project> events.csv --kind events).`
        : `No customer has the event "${outcome}". Event types in this project: ${known}. Pick one of them as the outcome.`,
    )
  }
  const day = new Float64Array(size).fill(NaN)
  for (let i = 0; i < ev.count; i++) {
    const p = ev.participant[i]
    if (ev.type[i] === type && !(day[p] <= ev.day[i])) day[p] = ev.day[i]
  }
  return { day, type, label: ev.types[type], value: ev.types[type], attribute: null, undated: new Set() }
}

function datedValues(db: Database.Database): OutcomeChoices['attributes'] {
  // Per participant and attribute, the value of their latest-dated row (ties: the row written last).
  return db
    .prepare(
      `WITH latest AS (
         SELECT h.attribute_id, h.participant_id, h.value,
                row_number() OVER (PARTITION BY h.attribute_id, h.participant_id ORDER BY h.day DESC, h.rowid DESC) AS k
           FROM attribute_history h)
       SELECT a.name AS attribute, l.value, count(*) AS count FROM latest l JOIN attributes a ON a.id = l.attribute_id
        WHERE l.k = 1 GROUP BY a.name, l.value ORDER BY a.name, count DESC, l.value`,
    )
    .all() as OutcomeChoices['attributes']
}

export function outcomeChoices(db: Database.Database, ev: EventColumns): OutcomeChoices {
  return { events: ev.typeCounts, attributes: datedValues(db) }
}

export function attributeOutcome(db: Database.Database, attributeName: string, value: string, size: number): OutcomeDays {
  const attr = db.prepare('SELECT id, name FROM attributes WHERE name = ? COLLATE NOCASE').get(attributeName.trim()) as
    { id: number; name: string } | undefined
  const choices = () => {
    const list = datedValues(db)
      .slice(0, 12)
      .map((c) => `"${c.attribute}=${c.value}"`)
      .join(', ')
    return list
      ? `Attribute values with dates in this project: ${list}.`
      : 'No attribute in this project has dated values: import the customers or CRM table with its date column and its stage column mapped as a stage.'
  }
  if (!attr) throw new NeedleError('not_found', `There is no attribute "${attributeName}" in this project. ${choices()}`)
  const want = value.trim().toLowerCase()
  const day = new Float64Array(size).fill(NaN)
  let spelled: string | null = null
  // The first day of the last run of the value: the day the stage became "churned" and stayed so.
  let current = -1
  let runStart = NaN
  let runMatches = false
  const close = () => {
    if (current >= 0 && runMatches && current < size) day[current] = runStart
  }
  for (const [p, d, v] of db
    .prepare('SELECT participant_id, day, value FROM attribute_history WHERE attribute_id = ? ORDER BY participant_id, day, rowid')
    .raw()
    .iterate(attr.id) as IterableIterator<[number, number, string]>) {
    if (p !== current) {
      close()
      current = p
      runMatches = false
    }
    const matches = v.toLowerCase() === want
    if (matches && !runMatches) {
      runStart = d
      spelled ??= v
    }
    runMatches = matches
  }
  close()
  // Those whose value it is now but who have no dated run of it: the table gave no date.
  const undated = new Set<number>()
  for (const [p, v] of db
    .prepare('SELECT participant_id, value FROM participant_attributes WHERE attribute_id = ? AND value IS NOT NULL')
    .raw()
    .iterate(attr.id) as IterableIterator<[number, string]>) {
    if (v.toLowerCase() !== want) continue
    spelled ??= v
    if (!(p < size) || Number.isNaN(day[p])) undated.add(p)
  }
  if (spelled === null) throw new NeedleError('not_found', `No customer has ${attr.name} = ${value}. ${choices()}`)
  return { day, type: -1, label: `${attr.name} = ${spelled}`, value: spelled, attribute: attr.name, undated }
}
