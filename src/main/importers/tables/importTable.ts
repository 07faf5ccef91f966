/**
 * Survey exports and feedback tables into the project: participants with typed attributes,
 * one document per free-text answer, and need ratings. Runs inside the import service's
 * transaction; it throws (and the service rolls back) on bad rows, cancellation or a
 * mapping that does not fit, so a project never holds half a file.
 */
import { basename, extname } from 'node:path'
import type { AttributeType } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'
import type { ColumnMapping, TableMapping } from '../../../shared/import/mapping'
import type { SkippedRow } from '../../../shared/import/types'
import { pacer } from '../pace'
import { badRowsError } from '../badRows'
import { detectDirection } from '../../../shared/text/arabic'
import { decodeStream } from '../decode'
import { importEventRows } from '../events/importEvents'
import type { ImportOutcome, Importer } from '../types'
import { NeedRatings } from './needRatings'
import { SAMPLE_CHARS } from './layout'
import { splitByOptions } from './options'
import { planTable } from './plan'
import { readTable } from './readTable'
import { shapeRow } from './rowShape'
import { isMissing, labelKey, levelIndex, parseDate, parseNumber, toFivePoint } from './values'

// Most answers have no Hebrew or Arabic letter at all; skip counting letters for them.
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/

// Answers indexed per step: a few milliseconds of work between chances for the UI to be served.
const INDEX_BATCH = 2000

/** How many bad rows the error and the report list (all are counted). */
const LIST_LIMIT = 1000

type Convert = (cell: string) => string | null

interface AttributePlan {
  index: number
  attributeId: number
  convert: Convert
  /** A stage (lifecycle, plan): its value on every dated row goes into attribute_history. */
  dated: boolean
}

interface NeedPlan {
  index: number
  codeId: number
  measure: 'importance' | 'satisfaction'
  toRating: (cell: string) => number | null
}

function attributeType(c: ColumnMapping): AttributeType | null {
  switch (c.role) {
    case 'category':
    case 'channel':
    case 'stage':
    case 'lost_reason':
      return 'category'
    case 'number':
    case 'likert':
    case 'nps':
    case 'deal_value':
    case 'rating':
      return 'number'
    case 'date':
      return 'date'
    case 'multi_select':
      return 'text'
    default:
      return null
  }
}

/** Cell -> stored attribute value; null means "not readable" (counted, stored blank). */
function converter(c: ColumnMapping, unreadable: Map<string, number>): Convert {
  const miss = (_cell: string): null => {
    unreadable.set(c.header, (unreadable.get(c.header) ?? 0) + 1)
    return null
  }
  switch (c.role) {
    case 'number':
    case 'deal_value':
    case 'rating':
      return (v) => {
        const n = parseNumber(v)
        return n === null ? miss(v) : String(n)
      }
    case 'nps':
      return (v) => {
        const n = parseNumber(v)
        return n === null || n < 0 || n > 10 ? miss(v) : String(n)
      }
    case 'likert': {
      const index = levelIndex(c.levels)
      return (v) => {
        const hit = index.get(v.trim()) ?? index.get(labelKeyCached(v))
        if (hit === undefined) return miss(v)
        return hit === null ? null : String(hit)
      }
    }
    case 'date':
      return (v) => parseDate(v, c.order) ?? miss(v)
    case 'multi_select': {
      // Learnt options first (they may contain the separator), the rest split on it.
      const sep = c.separator === ',' ? ',' : ';'
      const options = c.options ?? []
      return (v) => splitByOptions(v, sep, options).join('; ')
    }
    default:
      return (v) => v.trim()
  }
}

/** Days since 1970-01-01 of an ISO date ("2024-03-05…"), as events.day counts them. */
function dayOf(iso: string): number {
  return Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000)
}

/**
 * A copy of a string that shares no memory with the text it was cut from. Cells are slices
 * of the parser's megabyte-sized pieces of the file, and V8 keeps a whole piece alive for as
 * long as any slice of it is kept; what outlives a row (cache keys, warnings) is copied.
 */
function detached(s: string): string {
  // Slicing a concatenation makes V8 flatten it into a fresh string first.
  return (' ' + s).slice(1)
}

// Likert lookups try the exact label first; the folded key only for spelling variants.
const keyCache = new Map<string, string>()
function labelKeyCached(v: string): string {
  let k = keyCache.get(v)
  if (k === undefined) {
    k = labelKey(v)
    if (keyCache.size < 10_000) keyCache.set(detached(v), k)
  }
  return k
}

/**
 * Participant ids seen in this file, one bit each: a million-row export would otherwise keep
 * a Set of a million numbers (tens of megabytes of heap) for the whole import.
 */
const MAX_BITMAP_ID = 2 ** 27

class IdSet {
  private bits = new Uint8Array(1024)
  private readonly sparse = new Set<number>()
  size = 0

  /** Adds the id; false when it was already there. */
  add(id: number): boolean {
    if (id > MAX_BITMAP_ID) {
      // Rowids are normally dense from 1; a project with a huge one falls back to a Set.
      if (this.sparse.has(id)) return false
      this.sparse.add(id)
      this.size++
      return true
    }
    const byte = id >>> 3
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2))
      grown.set(this.bits)
      this.bits = grown
    }
    const mask = 1 << (id & 7)
    if (this.bits[byte] & mask) return false
    this.bits[byte] |= mask
    this.size++
    return true
  }
}

function allBlank(fields: string[]): boolean {
  for (const v of fields) if (v.trim() !== '') return false
  return true
}

function ratingConverter(c: Extract<ColumnMapping, { role: 'need_rating' }>): (cell: string) => number | null {
  if (c.levels && c.levels.length) {
    const index = levelIndex(c.levels)
    const top = Math.max(...c.levels.map((l) => l.value ?? 0))
    const scale = { min: 1, max: top > 1 ? top : 5 }
    return (v) => {
      const hit = index.get(v.trim()) ?? index.get(labelKeyCached(v))
      if (hit !== undefined) return hit === null ? null : toFivePoint(hit, scale)
      const n = parseNumber(v)
      return n === null ? null : toFivePoint(n, scale)
    }
  }
  return (v) => {
    const n = parseNumber(v)
    return n === null ? null : toFivePoint(n, c.scale)
  }
}

function cancelled(file: string): NeedleError {
  return new NeedleError('cancelled', `Import of ${file} was cancelled; the project is unchanged.`, { file })
}

export const importTable: Importer = async (job): Promise<ImportOutcome> => {
  const name = basename(job.file)
  const stem = basename(job.file, extname(job.file))
  if (job.signal.aborted) throw cancelled(name)
  // Said at once, so the researcher sees the import start while the layout is sized up.
  job.progress({ rows: 0, bytes: 0, totalBytes: job.content.size })
  // The file streams through: the first couple of megabytes of text are sized up (layout,
  // mapping) and then read as rows together with the rest, never held whole.
  const decoded = await decodeStream(job.content, job.file, SAMPLE_CHARS, job.validUtf8, job.options.encoding)
  const plan = await planTable(decoded.head, job.file, job.options)
  // A table whose mapping says it is an event log (inferred or chosen) keeps every row as an event.
  if (plan.mapping.kind === 'events') return importEventRows(job, decoded, plan)
  const { layout, mapping, warnings } = plan
  const kind = mapping.kind
  const { store } = job

  const sourceId = store.addSource({
    kind,
    name,
    fileName: name,
    checksum: job.checksum,
    encoding: decoded.encoding,
    rowCount: null,
    mapping,
  })

  const columns = mapping.columns.slice(0, layout.width)
  const idIndex = columns.findIndex((c) => c.role === 'respondent_id' || c.role === 'account_id')
  const dateIndex = columns.findIndex((c) => c.role === 'date')
  const dateOrder = dateIndex >= 0 ? (columns[dateIndex] as Extract<ColumnMapping, { role: 'date' }>).order : 'ymd'
  const unreadable = new Map<string, number>()
  const attributes: AttributePlan[] = []
  const texts: Array<{ index: number; question: string }> = []
  const needs: NeedPlan[] = []
  const ratings = new NeedRatings(job.db)
  const needCodes = new Map<string, number>()
  columns.forEach((c, index) => {
    if (c.role === 'text') texts.push({ index, question: c.header })
    else if (c.role === 'need_rating') {
      let codeId = needCodes.get(c.need)
      if (codeId === undefined) {
        codeId = ratings.needCode(c.need, name, needCodes.size)
        needCodes.set(c.need, codeId)
      }
      needs.push({ index, codeId, measure: c.measure, toRating: ratingConverter(c) })
    } else {
      const type = attributeType(c)
      if (type)
        attributes.push({
          index,
          attributeId: store.attribute(c.attribute ?? c.header, type),
          convert: converter(c, unreadable),
          dated: c.role === 'stage',
        })
    }
  })
  const stages = dateIndex >= 0 ? attributes.filter((a) => a.dated) : []
  const addHistory = job.db.prepare(
    'INSERT INTO attribute_history (participant_id, attribute_id, source_id, day, value) VALUES (?, ?, ?, ?, ?)',
  )
  // Each need's columns, in file order: a row reads only its own need's cells (not every rating column per need).
  const byNeed = new Map<number, NeedPlan[]>()
  for (const n of needs) byNeed.set(n.codeId, [...(byNeed.get(n.codeId) ?? []), n])
  const needColumns = [...byNeed]

  // Participants are found by label in the database (participants_label is unique), so no
  // map of every label is kept in memory; a participant id seen twice is a repeated id.
  const touched = new IdSet()
  // Only tables with a date column keep it: one short string per participant.
  const latestDate = new Map<number, string>()
  const duplicates: string[] = []
  const bad: SkippedRow[] = []
  let badTotal = 0
  let rows = 0
  let documents = 0
  let emptyRows = 0
  let outOfScale = 0
  let repeatedIds = 0
  let dataRow = 0
  let record = 0
  let firstDocument: number | null = null
  const size = job.content.size
  const attributeIds: number[] = []
  const attributeValues: Array<string | null> = []

  async function* text(): AsyncGenerator<string> {
    yield decoded.head
    yield* decoded.rest
  }
  const pace = pacer()
  const records = readTable(text(), {
    delimiter: layout.delimiter,
    newline: layout.newline,
    quoting: layout.quoting,
    file: job.file,
  })
  for await (const rec of records) {
    if (record++ < layout.headerRows) continue
    if (job.signal.aborted) throw cancelled(name)
    dataRow++
    const shaped = shapeRow(rec, layout.width)
    if ('reason' in shaped) {
      badTotal++
      if (bad.length < LIST_LIMIT) bad.push({ row: rec.line, reason: shaped.reason })
      continue
    }
    // Once a row is bad and the researcher has not chosen to skip, only keep listing bad rows.
    if (badTotal > 0 && !job.options.skipBadRows) continue
    const f = shaped.fields
    if (allBlank(f)) {
      emptyRows++
      continue
    }
    rows++

    const rawId = idIndex >= 0 ? f[idIndex].trim() : ''
    const hasId = rawId !== '' && !isMissing(rawId)
    let label = hasId ? rawId : `${stem} row ${dataRow}`
    // Without a respondent id (Google Forms has none) a response is known by when it was sent.
    const sent = !hasId && dateIndex >= 0 && !isMissing(f[dateIndex]) ? parseDate(f[dateIndex], dateOrder) : null
    // An id links rows (and files) to one person: that is what mapping the id column says. A row
    // without one is a person of its own, even when another file has a "survey row 3" too.
    let pid = hasId
      ? store.participant(label)
      : store.newParticipant(label, sent ? { displayName: `${sent.replace('T', ' ')} · row ${dataRow}` } : {})
    if (!touched.add(pid)) {
      if (kind === 'survey' && stages.length === 0) {
        // A survey row is one person's response: a repeated respondent id is a second
        // respondent until the researcher merges them (Participants, or `needle participants merge`).
        // A dated table with a stage column is a history instead (a CRM export): its repeated ids are
        // the same customer's rows at different dates, read below as of their latest date.
        label = `${rawId} (row ${dataRow})`
        pid = store.newParticipant(label)
        touched.add(pid)
        repeatedIds++
        if (duplicates.length < 20) duplicates.push(detached(`${rawId} (line ${rec.line})`))
      } else if (duplicates.length < 20) duplicates.push(detached(`${label} (line ${rec.line})`))
    }
    store.linkSource(sourceId, pid)

    // Attributes that change over time (stage, plan) are read as of the row's date: a customer's
    // values come from their latest-dated row wherever it sits in the file (a newest-first CRM
    // export must not leave a churned account "onboarding"). Rows without a date fall back to file order.
    const rowDate = dateIndex >= 0 && !isMissing(f[dateIndex]) ? parseDate(f[dateIndex], dateOrder) : null
    let stale = false
    if (rowDate !== null) {
      const latest = latestDate.get(pid)
      if (latest !== undefined && latest > rowDate) stale = true
      else latestDate.set(pid, rowDate)
    }
    // A stage's every dated value is kept, stale rows included: the day a customer became
    // "churned" is the first row of their last run of "churned", wherever it sits in the file.
    if (rowDate !== null)
      for (const a of stages) {
        const cell = f[a.index]
        if (isMissing(cell) || cell.trim() === '') continue
        addHistory.run(pid, a.attributeId, sourceId, dayOf(rowDate), cell.trim())
      }
    let values = 0
    for (const a of stale ? [] : attributes) {
      const cell = f[a.index]
      if (isMissing(cell)) continue
      const value = a.convert(cell)
      if (value !== null) {
        attributeIds[values] = a.attributeId
        attributeValues[values++] = value
      }
    }
    if (values > 0) store.setAttributes(pid, attributeIds, attributeValues, values)

    if (texts.length) {
      const occurredAt = rowDate
      for (const t of texts) {
        const cell = f[t.index]
        if (isMissing(cell) || cell.trim() === '') continue
        const id = store.addDocument(
          {
            sourceId,
            participantId: pid,
            title: `${t.question} — ${label}`,
            text: cell,
            direction: RIGHT_TO_LEFT.test(cell) ? detectDirection(cell) : 'ltr',
            question: t.question,
            rowNumber: dataRow,
            occurredAt,
          },
          false,
        )
        if (firstDocument === null) firstDocument = id
        documents++
      }
    }

    if (needs.length) {
      for (const [codeId, plans] of needColumns) {
        let importance: number | null = null
        let satisfaction: number | null = null
        for (const n of plans) {
          if (isMissing(f[n.index])) continue
          const v = n.toRating(f[n.index])
          if (v === null) outOfScale++
          else if (n.measure === 'importance') importance = v
          else satisfaction = v
        }
        if (importance !== null || satisfaction !== null) ratings.rate(pid, codeId, sourceId, importance, satisfaction)
      }
    }

    if ((rows & 511) === 0) job.progress({ rows, bytes: decoded.bytesRead(), totalBytes: size })
    const turn = pace.maybeYield()
    if (turn) await turn
  }

  if (badTotal > 0 && !job.options.skipBadRows) throw badRowsError(name, bad, badTotal, 'line')
  // The answers go into the full-text index after all rows are written (see indexDocuments).
  if (firstDocument !== null) {
    for (let after: number | null = firstDocument - 1; after !== null;) {
      if (job.signal.aborted) throw cancelled(name)
      after = store.indexDocuments(sourceId, after, INDEX_BATCH)
      await pace.yield()
    }
  }
  // The decoding warnings (garbled characters) are known once the whole text has streamed by.
  warnings.unshift(...decoded.warnings)
  if (rows === 0 && badTotal === 0) {
    throw new NeedleError(
      'unreadable_file',
      `${name} cannot be imported: it has column names but no data rows. Export it again with the responses included.`,
      { file: job.file },
    )
  }

  if (badTotal > 0)
    warnings.push(
      `${name}: ${badTotal} ${badTotal === 1 ? 'row' : 'rows'} could not be read and ${badTotal === 1 ? 'was' : 'were'} skipped (listed in the report).`,
    )
  if (emptyRows > 0) warnings.push(`${name}: ${emptyRows} empty ${emptyRows === 1 ? 'row was' : 'rows were'} skipped.`)
  if (repeatedIds > 0) {
    warnings.push(
      `${name}: ${repeatedIds} ${repeatedIds === 1 ? 'row repeats' : 'rows repeat'} a respondent id of an earlier row (${duplicates.slice(0, 5).join(', ')}${duplicates.length > 5 ? ', …' : ''}); ` +
        `each row was kept as its own participant, named "<id> (row N)". If they are the same person, merge them on the Participants screen.`,
    )
  } else if (duplicates.length > 0) {
    warnings.push(
      `${name}: some ids appear on more than one row, and those rows were merged into one participant: ${duplicates.slice(0, 5).join(', ')}${duplicates.length > 5 ? ', …' : ''}. ` +
        (dateIndex >= 0
          ? `Each participant's values are those of their latest-dated row ("${columns[dateIndex].header}").`
          : `The table has no date column, so each value is the one on the participant's last row in the file, which may not be the latest. If the rows are a history, map a date column, or import the file as an event log (--kind events).`),
    )
  }
  for (const [header, n] of unreadable) {
    warnings.push(
      `${name}: ${n} ${n === 1 ? 'value' : 'values'} in "${header}" did not match the column's type and ${n === 1 ? 'was' : 'were'} left blank.`,
    )
  }
  if (outOfScale > 0) warnings.push(`${name}: ${outOfScale} need ratings were outside their scale and were left blank.`)

  const outcome: ImportOutcome = {
    file: job.file,
    kind,
    sourceId,
    rows,
    documents,
    participants: touched.size,
    utterances: 0,
    speakers: [],
    skipped: bad,
    warnings,
    encoding: decoded.encoding,
  }
  store.setReport(
    sourceId,
    {
      file: name,
      kind,
      encoding: decoded.encoding,
      delimiter: layout.delimiter,
      headerRows: layout.headerRows,
      quoting: layout.quoting,
      rows,
      documents,
      participants: touched.size,
      needs: [...needCodes.keys()],
      skipped: bad,
      skippedTotal: badTotal,
      warnings,
    },
    rows,
  )
  job.progress({ rows, bytes: size, totalBytes: size })
  return outcome
}

export type { TableMapping }
