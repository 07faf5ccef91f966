/**
 * Per-row bookkeeping of an import (a row's hash, an event whose date may have to be re-read) kept
 * in SQLite's temp database instead of JavaScript arrays, so an import's memory does not grow with
 * the file: the temp database keeps its pages within its cache_size and spills to a temp file
 * beyond it. Rows are inserted BATCH at a time, one statement call per batch, so the per-row cost
 * is little more than binding the numbers. Created inside the import's transaction: a failed
 * import rolls the table back with everything else; drop() removes it after a successful one.
 */
import type Database from 'better-sqlite3'

const BATCH = 256

export class TempRows {
  private readonly pending: Float64Array
  private filled = 0
  private readonly insertBatch: Database.Statement
  private readonly insertOne: Database.Statement
  readonly table: string

  /** `name`: a bare table name; `columns`: integer columns, every value a number. */
  constructor(
    private readonly db: Database.Database,
    name: string,
    private readonly columns: readonly string[],
  ) {
    this.table = `temp.${name}`
    this.pending = new Float64Array(BATCH * columns.length)
    const cols = columns.map((c) => `${c} INTEGER NOT NULL`).join(', ')
    db.exec(`DROP TABLE IF EXISTS ${this.table}; CREATE TABLE ${this.table} (${cols})`)
    const one = `(${columns.map(() => '?').join(', ')})`
    this.insertBatch = db.prepare(`INSERT INTO ${this.table} (${columns.join(', ')}) VALUES ${`${one}, `.repeat(BATCH - 1)}${one}`)
    this.insertOne = db.prepare(`INSERT INTO ${this.table} (${columns.join(', ')}) VALUES ${one}`)
  }

  /** One row: as many numbers as columns. */
  push(...values: number[]): void {
    for (const v of values) this.pending[this.filled++] = v
    if (this.filled === this.pending.length) {
      this.insertBatch.run(...this.pending)
      this.filled = 0
    }
  }

  /** Writes the rows still pending; call before querying the table. */
  flush(): void {
    const width = this.columns.length
    for (let i = 0; i < this.filled; i += width) this.insertOne.run(...this.pending.subarray(i, i + width))
    this.filled = 0
  }

  drop(): void {
    this.db.exec(`DROP TABLE IF EXISTS ${this.table}`)
  }
}
