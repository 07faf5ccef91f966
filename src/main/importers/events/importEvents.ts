/**
 * An event log into the project: one events row per data row (nothing collapses), joined to
 * participants by id, and each free-text cell a dated document (searchable, codable, auto-codable).
 * Runs inside the import service's transaction, like every importer: a bad row, a column that
 * mixes day-first and month-first dates, or a cancel throws, and the project keeps nothing of it.
 */
import type Database from 'better-sqlite3'
import { basename } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import type { ColumnMapping } from '../../../shared/import/mapping'
import type { SkippedRow } from '../../../shared/import/types'
import { badRowsError } from '../badRows'
import { pacer } from '../pace'
import { detectDirection } from '../../../shared/text/arabic'
import type { DecodedStream } from '../decode'
import type { TablePlan } from '../tables/plan'
import { readTable } from '../tables/readTable'
import { shapeRow } from '../tables/rowShape'
import { isMissing, parseNumber } from '../tables/values'
import type { ImportJob, ImportOutcome } from '../types'
import { afterImportChecks } from './checks'
import { EventDateColumn, readEventDate, type CellReading } from './dates'
import { RowHashes } from './rowHashes'
import { TempRows } from './tempRows'

const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/
const LIST_LIMIT = 1000
const INDEX_BATCH = 2000
const READINGS_LIMIT = 4096

type Role = ColumnMapping['role']

function columnOf(columns: ColumnMapping[], role: Role): number {
  return columns.findIndex((c) => c.role === role)
}

function missingRole(file: string, what: string, role: string): NeedleError {
  return new NeedleError(
    'invalid_input',
    `${file}: no column is mapped as ${what} (role "${role}"). An event log needs who, when and what: choose the column in the mapping step (CLI: a mapping file with --mapping).`,
    { file },
  )
}

/**
 * The other reading of the ambiguous day/month dates already stored ("2024-03-04…" → "2024-04-03…"),
 * for the events listed in `ids` (a temp table: a US-dated log lists four rows in ten here).
 */
function swapDayMonth(db: Database.Database, ids: TempRows): void {
  ids.flush()
  // SET expressions all read the row as it was, so `day` is computed from the old `at` too.
  const swapped = "substr(at, 1, 5) || substr(at, 9, 2) || '-' || substr(at, 6, 2)"
  db.prepare(
    `UPDATE events SET at = ${swapped} || substr(at, 11), day = CAST(round(julianday(${swapped}) - 2440587.5) AS INTEGER)
      WHERE id IN (SELECT id FROM ${ids.table})`,
  ).run()
  db.prepare(
    `UPDATE documents SET occurred_at = (SELECT e.at FROM events e WHERE e.document_id = documents.id)
      WHERE id IN (SELECT e.document_id FROM events e WHERE e.id IN (SELECT id FROM ${ids.table}) AND e.document_id IS NOT NULL)`,
  ).run()
}

export async function importEventRows(job: ImportJob, decoded: DecodedStream, plan: TablePlan): Promise<ImportOutcome> {
  const name = basename(job.file)
  const { layout, mapping, warnings } = plan
  const { store, db } = job
  const columns = mapping.columns.slice(0, layout.width)
  const who = columnOf(columns, 'account_id') >= 0 ? columnOf(columns, 'account_id') : columnOf(columns, 'respondent_id')
  const when = columnOf(columns, 'date')
  const what = columnOf(columns, 'event_type')
  if (who < 0) throw missingRole(name, 'who the event is about', 'account_id')
  if (when < 0) throw missingRole(name, 'when it happened', 'date')
  if (what < 0) throw missingRole(name, 'what happened', 'event_type')
  const order = (columns[when] as Extract<ColumnMapping, { role: 'date' }>).order
  const channel = columnOf(columns, 'channel')
  const amount = columnOf(columns, 'amount')
  const texts = columns.flatMap((c, index) => (c.role === 'text' ? [{ index, question: c.header }] : []))

  const sourceId = store.addSource({
    kind: 'events',
    name,
    fileName: name,
    checksum: job.checksum,
    encoding: decoded.encoding,
    rowCount: null,
    mapping,
  })
  const insert = db.prepare(
    `INSERT INTO events (source_id, participant_id, at, day, type, channel, amount, document_id, row_number)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const linkDocument = db.prepare('UPDATE events SET document_id = ? WHERE id = ?')
  const hadParticipants = (db.prepare('SELECT count(*) FROM participants').pluck().get() as number) > 0
  const findParticipant = db.prepare('SELECT id FROM participants WHERE label = ?').pluck()
  // One entry per distinct customer, not per row: bounded by the customers, not the file.
  const participants = new Map<string, number>()
  const newIds: string[] = []
  let newIdCount = 0

  const dates = new EventDateColumn()
  // Bounded: cleared when full, so a log of date-times (every cell distinct) cannot grow it with the file.
  const readings = new Map<string, CellReading>()
  const ambiguous = new TempRows(db, 'needle_import_ambiguous_dates', ['id'])
  const hashes = new RowHashes(db)
  const bad: SkippedRow[] = []
  let badTotal = 0
  let rows = 0
  let documents = 0
  let emptyRows = 0
  let unreadableAmounts = 0
  let record = 0
  let firstDocument: number | null = null
  const size = job.content.size

  async function* text(): AsyncGenerator<string> {
    yield decoded.head
    yield* decoded.rest
  }
  const fail = (row: number, reason: string) => {
    badTotal++
    if (bad.length < LIST_LIMIT) bad.push({ row, reason })
  }
  const pace = pacer()
  for await (const rec of readTable(text(), { delimiter: layout.delimiter, newline: layout.newline, quoting: layout.quoting })) {
    if (record++ < layout.headerRows) continue
    if (job.signal.aborted) throw new NeedleError('cancelled', `Import of ${name} was cancelled; the project is unchanged.`, { file: name })
    const shaped = shapeRow(rec, layout.width)
    if ('reason' in shaped) {
      fail(rec.line, shaped.reason)
      continue
    }
    const f = shaped.fields
    if (f.every((v) => v.trim() === '')) {
      emptyRows++
      continue
    }
    const label = f[who].trim()
    const type = f[what].trim()
    const cell = f[when]
    if (isMissing(label)) {
      fail(rec.line, `no customer id in "${columns[who].header}"`)
      continue
    }
    if (type === '' || isMissing(type)) {
      fail(rec.line, `no event type in "${columns[what].header}"`)
      continue
    }
    // A log repeats its dates (a few hundred days over a million rows): each distinct cell is read once.
    let reading = readings.get(cell)
    if (reading === undefined) {
      if (readings.size === READINGS_LIMIT) readings.clear()
      reading = readEventDate(cell, order)
      readings.set(cell, reading)
    }
    dates.note(reading, rec.line, cell)
    const date = reading.date ?? (reading.slashed ? reading.other : null)
    if (!date) {
      fail(
        rec.line,
        `"${cell.trim()}" in "${columns[when].header}" is not a date Needle can read (write it as 2024-03-05, 03/05/2024 or 2024-03-05T10:00:00+03:00)`,
      )
      continue
    }
    if (badTotal > 0 && !job.options.skipBadRows) continue
    rows++
    hashes.push(f, rec.line)

    let pid = participants.get(label)
    if (pid === undefined) {
      pid = findParticipant.get(label) as number | undefined
      if (pid === undefined) {
        pid = store.participant(label)
        newIdCount++
        if (newIds.length < 5) newIds.push(`${label} (row ${rec.line})`)
      }
      participants.set((' ' + label).slice(1), pid)
      store.linkSource(sourceId, pid)
    }
    let value: number | null = null
    if (amount >= 0 && !isMissing(f[amount])) {
      value = parseNumber(f[amount])
      if (value === null) unreadableAmounts++
    }
    const ch = channel >= 0 && !isMissing(f[channel]) ? f[channel].trim() : null
    const eventId = Number(insert.run(sourceId, pid, date.iso, date.day, type, ch, value, null, rec.line).lastInsertRowid)
    if (reading.date && reading.other) ambiguous.push(eventId)

    let linked = false
    for (const t of texts) {
      const body = f[t.index]
      if (isMissing(body) || body.trim() === '') continue
      const id = store.addDocument(
        {
          sourceId,
          participantId: pid,
          title: `${type} — ${label} — ${date.iso.slice(0, 10)}`,
          text: body,
          direction: RIGHT_TO_LEFT.test(body) ? detectDirection(body) : 'ltr',
          question: t.question,
          rowNumber: rec.line,
          occurredAt: date.iso,
        },
        false,
      )
      // An event with several text columns points at the first; the others carry the same date and participant.
      if (!linked) linkDocument.run(id, eventId)
      linked = true
      if (firstDocument === null) firstDocument = id
      documents++
    }

    if ((rows & 1023) === 0) job.progress({ rows, bytes: decoded.bytesRead(), totalBytes: size })
    const turn = pace.maybeYield()
    if (turn) await turn
  }

  if (badTotal > 0 && !job.options.skipBadRows) throw badRowsError(name, bad, badTotal, 'row')
  const decision = dates.decide()
  if (decision === 'conflict') {
    const a = dates.onlyThis[0]
    const b = dates.onlyOther[0]
    throw new NeedleError(
      'bad_rows',
      `${name}: the dates in "${columns[when].header}" mix day-first and month-first: row ${a.row} ("${a.cell}") reads only one way and row ${b.row} ("${b.cell}") only the other. Nothing was imported. Export the dates in one format (ISO 2024-03-05 is safest) and import again.`,
      { file: name, rows: [...dates.onlyThis, ...dates.onlyOther] },
    )
  }
  if (decision === 'swap') {
    swapDayMonth(db, ambiguous)
    warnings.push(
      `${name}: the dates in "${columns[when].header}" are ${order === 'dmy' ? 'month-first' : 'day-first'} (row ${dates.onlyOther[0].row}: "${dates.onlyOther[0].cell}" reads no other way), so every date in the column was read that way.`,
    )
  }
  ambiguous.drop()
  if (rows === 0 && badTotal === 0) {
    throw new NeedleError(
      'unreadable_file',
      `${name} cannot be imported: it has column names but no events. Export it again with its rows.`,
      {
        file: job.file,
      },
    )
  }
  if (firstDocument !== null) {
    for (let after: number | null = firstDocument - 1; after !== null;) {
      after = store.indexDocuments(sourceId, after, INDEX_BATCH)
      await pace.yield()
    }
  }
  warnings.unshift(...decoded.warnings)
  if (badTotal > 0)
    warnings.push(
      `${name}: ${badTotal} ${badTotal === 1 ? 'row' : 'rows'} could not be read and ${badTotal === 1 ? 'was' : 'were'} skipped (listed in the report).`,
    )
  if (emptyRows > 0) warnings.push(`${name}: ${emptyRows} empty ${emptyRows === 1 ? 'row was' : 'rows were'} skipped.`)
  if (unreadableAmounts > 0)
    warnings.push(
      `${name}: ${unreadableAmounts} ${unreadableAmounts === 1 ? 'amount' : 'amounts'} in "${columns[amount].header}" ${unreadableAmounts === 1 ? 'is' : 'are'} not a number and ${unreadableAmounts === 1 ? 'was' : 'were'} left blank.`,
    )
  if (hadParticipants && newIdCount > 0) {
    warnings.push(
      `${name}: ${newIdCount} customer ${newIdCount === 1 ? 'id is' : 'ids are'} not in the project yet and ${newIdCount === 1 ? 'was' : 'were'} added as new participants: ${newIds.join(', ')}${newIdCount > 5 ? ', …' : ''}. If they should match your customers table, check that "${columns[who].header}" holds the same ids.`,
    )
  }
  warnings.push(...afterImportChecks(db, sourceId, name, hashes.repeats()))

  store.setReport(
    sourceId,
    {
      file: name,
      kind: 'events',
      encoding: decoded.encoding,
      delimiter: layout.delimiter,
      rows,
      documents,
      participants: participants.size,
      skipped: bad,
      skippedTotal: badTotal,
      warnings,
    },
    rows,
  )
  job.progress({ rows, bytes: size, totalBytes: size })
  return {
    file: job.file,
    kind: 'events',
    sourceId,
    rows,
    documents,
    participants: participants.size,
    utterances: 0,
    speakers: [],
    skipped: bad,
    warnings,
  }
}
