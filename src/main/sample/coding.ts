/**
 * The sample project's coding: the codebook in resources/sample/codebook.json and the two
 * researchers' highlights in resources/sample/coding.json, applied through the same channels
 * the coding workbench uses (codes.create, highlights.create, autocode.run), so the sample shows
 * exactly what a researcher's own coding looks like. The auto-code suggestions are left pending
 * so the review queue has something in it.
 *
 * Highlights are written as quotes, not offsets, so an edited transcript cannot silently shift
 * them: a quote that is missing (or ambiguous) fails the build, naming the file and the quote.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { CODE_KINDS, type CodeKind } from '../../shared/domain'
import type { ProjectDb } from '../db/open'
import { call } from '../dispatch'
import { Session } from '../session'
import { SettingsStore } from '../services/settings/store'

interface CodebookEntry {
  name: string
  /** Defaults to the parent's kind. */
  kind?: CodeKind
  color?: string
  description?: string
  /** 1-9: the key that applies it in the tagging popover. */
  pin?: number
  /** One of the needs survey.csv rates: the import creates it, the codebook only files and describes it. */
  survey?: boolean
  children?: CodebookEntry[]
}

export interface SampleHighlight {
  /** The sample file's name, as in SAMPLE_FILES. */
  file: string
  /** For survey and feedback rows: the respondent or account id the document belongs to. */
  participant?: string
  /** Exact text of the highlight; found in the file's documents (in document order). */
  quote: string
  /** 1-based, for a quote that occurs more than once. */
  occurrence?: number
  codes: string[]
  coder: string
  dueDate?: string
  severity?: number
  whatHappened?: string
  memo?: string
}

export interface SampleCodingSummary {
  codes: number
  highlights: number
  pendingSuggestions: number
}

export class SampleCodingError extends Error {}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T
}

/** Creates the codebook; returns code ids by name (names are unique across the sample's codebook). */
async function createCodebook(session: Session, entries: CodebookEntry[]): Promise<Map<string, { id: number; kind: CodeKind }>> {
  const byName = new Map<string, { id: number; kind: CodeKind }>()
  const existing = await call(session, 'codes.list', {})
  const walk = async (list: CodebookEntry[], parent: { id: number; kind: CodeKind } | null): Promise<void> => {
    for (const [index, entry] of list.entries()) {
      const kind = entry.kind ?? parent?.kind
      if (!kind || !CODE_KINDS.includes(kind))
        throw new SampleCodingError(`codebook.json: "${entry.name}" needs a kind (one of ${CODE_KINDS.join(', ')}).`)
      if (byName.has(entry.name)) throw new SampleCodingError(`codebook.json: the code "${entry.name}" appears twice.`)
      let id: number
      if (entry.survey) {
        // Reuse the survey's own need so interview coding and ratings meet on one code.
        const found = existing.find((c) => c.name === entry.name && c.kind === kind)
        if (!found)
          throw new SampleCodingError(
            `codebook.json: "${entry.name}" is marked as a survey need, but importing survey.csv did not create it.`,
          )
        id = found.id
        await call(session, 'codes.move', { id, parentId: parent?.id ?? null, index })
        await call(session, 'codes.update', { id, description: entry.description, ...(entry.color ? { color: entry.color } : {}) })
      } else {
        id = (
          await call(session, 'codes.create', {
            name: entry.name,
            kind,
            parentId: parent?.id ?? null,
            color: entry.color,
            description: entry.description,
          })
        ).id
      }
      if (entry.pin) await call(session, 'codes.update', { id, pin: entry.pin })
      const code = { id, kind }
      byName.set(entry.name, code)
      if (entry.children) await walk(entry.children, code)
    }
  }
  await walk(entries, null)
  return byName
}

interface Doc {
  id: number
  text: string
  participant: string | null
}

function documentsByFile(db: Database.Database): Map<string, Doc[]> {
  const rows = db
    .prepare(
      `SELECT s.file_name AS file, d.id, d.text, p.label AS participant
         FROM documents d JOIN sources s ON s.id = d.source_id LEFT JOIN participants p ON p.id = d.participant_id
        ORDER BY d.id`,
    )
    .all() as (Doc & { file: string })[]
  const out = new Map<string, Doc[]>()
  for (const { file, ...doc } of rows) {
    const list = out.get(file) ?? []
    list.push(doc)
    out.set(file, list)
  }
  return out
}

function describe(h: SampleHighlight): string {
  const where = h.participant ? `${h.file} (${h.participant})` : h.file
  const quote = h.quote.length > 80 ? `${h.quote.slice(0, 80)}…` : h.quote
  return `${where}: "${quote}"`
}

/** Where the quote is: the nth occurrence across the file's (or participant's) documents. */
export function locateQuote(docs: Map<string, Doc[]>, h: SampleHighlight): { documentId: number; start: number; end: number } {
  const candidates = (docs.get(h.file) ?? []).filter((d) => !h.participant || d.participant === h.participant)
  if (candidates.length === 0) {
    throw new SampleCodingError(`coding.json: no imported document for ${h.participant ? `${h.participant} in ` : ''}${h.file}.`)
  }
  const hits: { documentId: number; start: number }[] = []
  for (const d of candidates) {
    for (let at = d.text.indexOf(h.quote); at !== -1; at = d.text.indexOf(h.quote, at + 1)) hits.push({ documentId: d.id, start: at })
  }
  if (hits.length === 0) throw new SampleCodingError(`coding.json: quote not found in ${describe(h)}`)
  const n = h.occurrence ?? 1
  if (h.occurrence === undefined && hits.length > 1) {
    throw new SampleCodingError(`coding.json: quote occurs ${hits.length} times in ${describe(h)}; add "occurrence".`)
  }
  const hit = hits[n - 1]
  if (!hit) throw new SampleCodingError(`coding.json: quote occurs ${hits.length} times, not ${n}, in ${describe(h)}`)
  return { documentId: hit.documentId, start: hit.start, end: hit.start + h.quote.length }
}

async function applyHighlights(
  session: Session,
  db: Database.Database,
  codes: Map<string, { id: number; kind: CodeKind }>,
  highlights: SampleHighlight[],
): Promise<number> {
  const docs = documentsByFile(db)
  // Check everything before writing anything, so one bad entry reports itself, not a half-coded sample.
  const planned = highlights.map((h) => {
    const ids = h.codes.map((name) => {
      const code = codes.get(name)
      if (!code) throw new SampleCodingError(`coding.json: unknown code "${name}" on ${describe(h)}`)
      return code
    })
    if (ids.length === 0) throw new SampleCodingError(`coding.json: no codes on ${describe(h)}`)
    if (ids.some((c) => c.kind === 'deadline') && !h.dueDate)
      throw new SampleCodingError(`coding.json: a deadline without a dueDate on ${describe(h)}`)
    if (ids.some((c) => c.kind === 'emergency') && !h.severity)
      throw new SampleCodingError(`coding.json: an emergency without a severity on ${describe(h)}`)
    return { h, span: locateQuote(docs, h), codeIds: ids.map((c) => c.id) }
  })
  for (const { h, span, codeIds } of planned) {
    session.coderName = h.coder
    const made = await call(session, 'highlights.create', {
      ...span,
      codeIds,
      dueDate: h.dueDate,
      severity: h.severity,
      whatHappened: h.whatHappened,
      memo: h.memo,
    })
    if (made.text !== h.quote) throw new SampleCodingError(`coding.json: the highlight saved for ${describe(h)} reads "${made.text}".`)
  }
  session.coderName = null
  return planned.length
}

/**
 * Codes an imported sample project: codebook, both coders' highlights, then an auto-code run
 * whose suggestions stay pending. `dir` is resources/sample.
 */
export async function codeSampleProject(project: ProjectDb, dir: string): Promise<SampleCodingSummary> {
  // A session of its own: the researchers' names come from coding.json, never the user's settings.
  const session = new Session('desktop', new SettingsStore())
  session.project = project
  const codebook = readJson<{ codes: CodebookEntry[] }>(dir, 'codebook.json')
  const coding = readJson<{ highlights: SampleHighlight[] }>(dir, 'coding.json')
  // One transaction around the whole coding: each channel call's own transaction becomes a
  // savepoint inside it, so the sample is coded entirely or not at all, and ~300 actions cost
  // one commit (one sync to disk) instead of ~300 (about half the build time).
  const db = project.db
  db.exec('BEGIN IMMEDIATE')
  try {
    const codes = await createCodebook(session, codebook.codes)
    const highlights = await applyHighlights(session, db, codes, coding.highlights)
    const run = await call(session, 'autocode.run', {})
    db.exec('COMMIT')
    return { codes: codes.size, highlights, pendingSuggestions: run.pending }
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK')
  }
}
