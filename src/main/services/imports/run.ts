/**
 * Runs imports: every requested file is read, checked against earlier imports by checksum,
 * and imported inside ONE transaction — all files or none. A cancel, a bad file or a crash
 * leaves the project exactly as it was. Importers are async so the event loop keeps serving
 * the UI (progress, cancel) between rows; the session refuses other writes meanwhile.
 *
 * Files are never held in memory whole. Each is read twice, as a stream: a first pass for
 * its checksum (and UTF-8 validity), so a duplicate is refused before anything is written,
 * then the importer's pass. Checking after the import instead would save one read (from the
 * page cache, a fraction of the import's time) but would do a whole import only to roll it
 * back, and would store the source row before its checksum is known.
 */
import type Database from 'better-sqlite3'
import { statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { SourceKind } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'
import type { ImportOptions } from '../../../shared/import/types'
import { fileContent, fingerprint, type FileContent } from '../../importers/content'
import { importerFor } from '../../importers/registry'
import type { ImportOutcome } from '../../importers/types'
import { bulkContentWrite } from '../../db/languageCache'
import { SourceStore } from '../sources/store'
import { codeAnswersByQuestion } from './codeByQuestion'
import { checkTranscriptSize, resolveKind } from './kind'

export interface ImportRequest {
  path: string
  options?: ImportOptions
}

export interface ImportProgress {
  file: string
  fileIndex: number
  files: number
  rows: number
  bytes: number
  totalBytes: number
  rowsPerSecond: number
}

export interface RunHooks {
  signal?: AbortSignal
  onProgress?: (p: ImportProgress) => void
  /** Called just before COMMIT; a throw rolls everything back (a job worker's cancel, decided against its commit). */
  beforeCommit?: () => void
}

const PROGRESS_EVERY_MS = 100
/** Negative: KiB, as PRAGMA cache_size takes it. */
const IMPORT_CACHE_KIB = -64 * 1024

interface Prepared {
  path: string
  kind: SourceKind
  content: FileContent
  checksum: string
  validUtf8: boolean
  options: ImportOptions
}

async function readRequest(req: ImportRequest): Promise<Prepared> {
  const path = resolve(req.path)
  const options = req.options ?? {}
  const kind = resolveKind(path, options.kind)
  let content: FileContent
  let facts: { checksum: string; validUtf8: boolean }
  try {
    const stat = statSync(path)
    if (!stat.isFile())
      throw new NeedleError('unreadable_file', `${basename(path)} is a folder. Choose the files inside it.`, { file: path })
    checkTranscriptSize(path, kind, stat.size)
    content = fileContent(path, stat.size)
    facts = await fingerprint(content)
  } catch (err) {
    if (err instanceof NeedleError) throw err
    const code = (err as NodeJS.ErrnoException).code
    throw new NeedleError(
      code === 'ENOENT' ? 'not_found' : 'unreadable_file',
      code === 'ENOENT'
        ? `${path} does not exist. Check the path and try again.`
        : `${basename(path)} cannot be read (${code}). Check its permissions.`,
      { file: path },
    )
  }
  return { path, kind, content, ...facts, options }
}

/** Earlier import of the same bytes, so the researcher can be asked before importing twice. */
export function findEarlierImport(db: Database.Database, checksum: string): { name: string; importedAt: string } | null {
  return (
    (db.prepare('SELECT name, imported_at AS importedAt FROM sources WHERE checksum = ? ORDER BY id LIMIT 1').get(checksum) as
      { name: string; importedAt: string } | undefined) ?? null
  )
}

export async function importFiles(db: Database.Database, requests: ImportRequest[], hooks: RunHooks = {}): Promise<ImportOutcome[]> {
  if (requests.length === 0) throw new NeedleError('invalid_input', 'No files to import. Choose one or more files.')
  const prepared: Prepared[] = []
  for (const req of requests) prepared.push(await readRequest(req))
  const seen = new Map<string, string>()
  for (const p of prepared) {
    const earlier = findEarlierImport(db, p.checksum)
    const twice = seen.get(p.checksum)
    if ((earlier || twice) && !p.options.allowDuplicate) {
      const when = earlier ? ` on ${earlier.importedAt.slice(0, 10)} as "${earlier.name}"` : ` in this same batch as ${twice}`
      throw new NeedleError(
        'duplicate_import',
        `${basename(p.path)} was already imported${when}. Import it again only if you mean to (app: "Import again"; CLI: --allow-duplicate).`,
        { file: p.path, earlier },
      )
    }
    seen.set(p.checksum, basename(p.path))
  }

  const signal = hooks.signal ?? new AbortController().signal
  const started = Date.now()
  let lastReport = 0
  const outcomes: ImportOutcome[] = []
  // A large import's indexes (participant attributes, documents, the full-text index) outgrow
  // SQLite's default 2 MB page cache, and every miss is a read back from the WAL; 64 MB (the
  // most it takes, and only while importing) made a 100,000-row survey import markedly faster.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number
  db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`)
  // Hundreds of thousands of rows: the kept language is forgotten once, not by a trigger on each.
  return bulkContentWrite(db, async (forget) => {
    db.exec('BEGIN IMMEDIATE')
    try {
      const store = new SourceStore(db)
      for (const [fileIndex, p] of prepared.entries()) {
        const state = { rows: 0, bytes: 0, totalBytes: p.content.size }
        const report = (now: number) => {
          lastReport = now
          hooks.onProgress?.({
            file: p.path,
            fileIndex,
            files: prepared.length,
            ...state,
            rowsPerSecond: Math.round((state.rows * 1000) / Math.max(1, now - started)),
          })
        }
        const outcome = await importerFor(p.kind)({
          db,
          store,
          file: p.path,
          content: p.content,
          checksum: p.checksum,
          validUtf8: p.validUtf8,
          // Tables without a chosen kind let the importer infer survey vs feedback from the headers.
          options: p.kind === 'interview' ? { ...p.options, kind: p.kind } : p.options,
          signal,
          progress(done) {
            if (done.rows !== undefined) state.rows = done.rows
            if (done.bytes !== undefined) state.bytes = done.bytes
            if (done.totalBytes !== undefined) state.totalBytes = done.totalBytes
            const now = Date.now()
            if (now - lastReport >= PROGRESS_EVERY_MS) report(now)
          },
        })
        if (signal.aborted) throw cancelled()
        // Reports are at most every PROGRESS_EVERY_MS, so the last one may have come a batch before the end:
        // each file ends on its whole size and every row it read, whatever the timing.
        state.rows = outcome.rows
        state.bytes = state.totalBytes
        report(Date.now())
        if (outcome.kind !== 'interview') codeAnswersByQuestion(db, outcome.sourceId)
        store.extendReport(
          outcome.sourceId,
          {
            file: basename(p.path),
            importedFrom: p.path,
            kind: outcome.kind,
            rows: outcome.rows,
            documents: outcome.documents,
            participants: outcome.participants,
            utterances: outcome.utterances,
            speakers: outcome.speakers,
            skipped: outcome.skipped,
            warnings: outcome.warnings,
            options: { ...p.options, mapping: undefined },
          },
          outcome.rows,
        )
        outcomes.push(outcome)
      }
      // What the project is written in may have changed with it: forgotten with the commit (bulkContentWrite).
      forget()
      hooks.beforeCommit?.()
      db.exec('COMMIT')
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw err
    } finally {
      db.pragma(`cache_size = ${cacheSize}`)
    }
    return outcomes
  })
}

export function cancelled(): NeedleError {
  return new NeedleError('cancelled', 'The import was cancelled. Nothing was imported; the project is as it was.')
}
