/**
 * Participants' attribute values as columns: for each attribute, its non-blank value per
 * participant. Segment profiles, charts, persona facts and scores all start from this.
 *
 * It reads participant_values (one JSON row per participant, migration 005) and parses the
 * JSON here: at 100,000 participants that is a third of the time of reading the
 * participant_attributes view, which makes SQLite build one row per value.
 */
import { participantValuesSchema, readJsonColumn } from '../../db/jsonColumn'
import type Database from 'better-sqlite3'
import type { AttributeType } from '../../../shared/domain'

export interface AttributeColumn {
  id: number
  type: AttributeType
  /** Participant id -> value, as stored (not trimmed); blank values are left out. */
  values: Map<number, string>
}

export interface ColumnFilter {
  /** Only attributes of these types. */
  types?: readonly AttributeType[]
  /** Only these participants. */
  among?: ReadonlySet<number>
}

/** Attribute name -> column, in the order the attributes were brought in; attributes without a value are left out. */
export function attributeColumns(db: Database.Database, filter: ColumnFilter = {}): Map<string, AttributeColumn> {
  const attributes = db.prepare('SELECT id, name, type FROM attributes ORDER BY id').all() as {
    id: number
    name: string
    type: AttributeType
  }[]
  const byName = new Map<string, AttributeColumn>()
  // JSON keys are attribute ids as text.
  const byKey = new Map<string, AttributeColumn>()
  for (const a of attributes) {
    if (filter.types && !filter.types.includes(a.type)) continue
    const column: AttributeColumn = { id: a.id, type: a.type, values: new Map() }
    byName.set(a.name, column)
    byKey.set(String(a.id), column)
  }
  if (byKey.size === 0) return byName
  const rows = db.prepare('SELECT participant_id, attrs FROM participant_values').raw().iterate() as Iterable<[number, string]>
  for (const [participant, attrs] of rows) {
    if (filter.among && !filter.among.has(participant)) continue
    const values = readJsonColumn(participantValuesSchema, attrs, { table: 'participant_values', row: participant })
    for (const key in values) {
      const value = values[key]
      if (typeof value === 'string' && value.trim() !== '') byKey.get(key)?.values.set(participant, value)
    }
  }
  for (const [name, column] of byName) if (column.values.size === 0) byName.delete(name)
  return byName
}
