/**
 * Rows repeated exactly, compared over the whole row (every column, mapped or not). Comparing only
 * the mapped columns raised false alarms: in the CFPB complaints export, thousands of complaints
 * share company, date, product and channel but differ in their complaint id, ZIP code and issue.
 *
 * Each row is kept as a 53-bit hash and its file line in a temp table, not in JavaScript memory:
 * in arrays, the hashes of a million-event log took 12-40 MB (grown by doubling, then copied to
 * sort), so the import's memory grew with the file. In SQLite they stay within the temp database's
 * cache, and the one GROUP BY that finds the repeats sorts within SQLite's sorter limit, spilling
 * to a temp file beyond it.
 */
import type Database from 'better-sqlite3'
import { TempRows } from './tempRows'

/** cyrb53 over every field, with a separator between fields. */
export function rowHash(fields: string[]): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let f = 0; f < fields.length; f++) {
    const s = fields[f]
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i)
      h1 = Math.imul(h1 ^ ch, 2654435761)
      h2 = Math.imul(h2 ^ ch, 1597334677)
    }
    // A unit separator between fields, so "ab","c" and "a","bc" differ.
    h1 = Math.imul(h1 ^ 0x1f, 2654435761)
    h2 = Math.imul(h2 ^ 0x1f, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** Bits of the filter of hashes seen (8 MB, whatever the file's size): about 0.1% false alarms at a million rows. */
const FILTER_BITS = 2 ** 26

/**
 * The hash and file line of every imported row, in SQLite's temp database (see tempRows.ts), and a
 * fixed-size filter of the hashes seen (two bits per hash, as a Bloom filter): a row whose bits are
 * both set already may repeat an earlier one, and its hash is noted as a candidate. Only the rows
 * with a candidate hash are then grouped, so a log without repeats (the usual case) costs one scan
 * of the table, not a sort of a million rows.
 */
export class RowHashes {
  private readonly rows: TempRows
  private readonly candidates: TempRows
  private readonly seen = new Uint8Array(FILTER_BITS / 8)
  private candidateCount = 0

  constructor(private readonly db: Database.Database) {
    this.rows = new TempRows(db, 'needle_import_row_hashes', ['hash', 'line'])
    this.candidates = new TempRows(db, 'needle_import_repeat_candidates', ['hash'])
  }

  push(fields: string[], line: number): void {
    const hash = rowHash(fields)
    this.rows.push(hash, line)
    // Two bit positions from independent parts of the 53-bit hash: its low 26 bits and the 26 above them.
    const a = hash % FILTER_BITS
    const b = Math.floor(hash / FILTER_BITS) % FILTER_BITS
    const hasA = this.seen[a >>> 3] & (1 << (a & 7))
    const hasB = this.seen[b >>> 3] & (1 << (b & 7))
    if (hasA && hasB) {
      this.candidates.push(hash)
      this.candidateCount++
    }
    this.seen[a >>> 3] |= 1 << (a & 7)
    this.seen[b >>> 3] |= 1 << (b & 7)
  }

  /**
   * How many rows repeat an earlier one, and the lines of a first such pair (for the warning): the
   * repeated row that comes first in the file, and its next copy. Drops the tables.
   */
  repeats(): { extra: number; example: [number, number] | null } {
    let result: { extra: number; example: [number, number] | null } = { extra: 0, example: null }
    if (this.candidateCount > 0) {
      this.rows.flush()
      this.candidates.flush()
      const table = this.rows.table
      const { extra, first } = this.db
        .prepare(
          `SELECT coalesce(sum(n - 1), 0) AS extra, min(first) AS first
             FROM (SELECT count(*) AS n, min(line) AS first FROM ${table} WHERE hash IN (SELECT hash FROM ${this.candidates.table})
                    GROUP BY hash HAVING count(*) > 1)`,
        )
        .get() as { extra: number; first: number | null }
      if (first !== null) {
        const copy = this.db
          .prepare(`SELECT min(line) FROM ${table} WHERE line > ? AND hash = (SELECT hash FROM ${table} WHERE line = ?)`)
          .pluck()
          .get(first, first) as number
        result = { extra, example: [first, copy] }
      }
    }
    this.rows.drop()
    this.candidates.drop()
    return result
  }
}
