import type Database from 'better-sqlite3'
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import { parseMapping, type TableMapping } from '../../../shared/import/mapping'
import type { ImportPreview } from '../../../shared/import/preview'
import type { ImportOptions } from '../../../shared/import/types'
import { previewTable } from '../../importers/tables/previewTable'
import { readTranscript } from '../../importers/transcripts/import'
import { isInterviewerLabel } from '../../importers/transcripts/speakers'
import { detectDirection } from '../../../shared/text/arabic'
import type { HandlerMap } from '../handlers'
import { projectSummary } from '../project/summary'
import { resolveKind } from './kind'
import { checksumOf, findEarlierImport, importFiles } from './run'

const PREVIEW_TURNS = 30

/**
 * The newest mapping saved with a table whose headers this file shares (at least 80% of
 * them), so the next export of the same survey maps itself.
 */
function savedMappingFor(db: Database.Database, headers: string[]): { mapping: TableMapping; from: string } | null {
  const rows = db
    .prepare(`SELECT name, mapping FROM sources WHERE mapping IS NOT NULL AND kind IN ('survey', 'feedback') ORDER BY id DESC LIMIT 50`)
    .all() as { name: string; mapping: string }[]
  const mine = new Set(headers.map((h) => h.toLowerCase().trim()))
  for (const row of rows) {
    let raw: unknown
    try {
      raw = JSON.parse(row.mapping)
    } catch {
      continue
    }
    const parsed = parseMapping(raw)
    if (!parsed.ok) continue
    const theirs = parsed.mapping.columns.map((c) => c.header.toLowerCase().trim())
    const shared = theirs.filter((h) => mine.has(h)).length
    if (theirs.length > 0 && shared / Math.max(theirs.length, mine.size) >= 0.8) return { mapping: parsed.mapping, from: row.name }
  }
  return null
}

async function preview(db: Database.Database, rawPath: string, options: ImportOptions): Promise<ImportPreview> {
  const path = resolve(rawPath)
  let bytes: Uint8Array
  try {
    if (!statSync(path).isFile()) throw new Error('EISDIR')
    bytes = readFileSync(path)
  } catch {
    throw new NeedleError('not_found', `${path} cannot be read. Check that the file exists.`, { file: path })
  }
  const kind = resolveKind(path, options.kind)
  const base: ImportPreview = {
    file: path,
    fileName: basename(path),
    kind,
    bytes: bytes.byteLength,
    earlier: findEarlierImport(db, checksumOf(bytes)),
    reusedMappingFrom: null,
  }
  if (kind === 'interview') {
    const { parsed, format, encoding, warnings } = await readTranscript(bytes, path)
    const turns = new Map<string, number>()
    for (const u of parsed.utterances) if (u.speaker) turns.set(u.speaker, (turns.get(u.speaker) ?? 0) + 1)
    return {
      ...base,
      transcript: {
        format,
        encoding,
        direction: detectDirection(parsed.text),
        speakers: parsed.speakers.map((name) => ({ name, turns: turns.get(name) ?? 0, interviewer: isInterviewerLabel(name) })),
        turns: parsed.utterances.slice(0, PREVIEW_TURNS).map((u) => ({
          speaker: u.speaker,
          text: parsed.text.slice(u.start, u.end),
          timeStartMs: u.timeStartMs ?? null,
        })),
        totalTurns: parsed.utterances.length,
        warnings: [...warnings, ...parsed.warnings],
        skipped: parsed.skipped,
      },
    }
  }
  let table = await previewTable(bytes, path, options)
  let reusedMappingFrom: string | null = null
  if (options.mapping === undefined) {
    const saved = savedMappingFor(db, table.headers)
    if (saved && (!options.kind || saved.mapping.kind === options.kind)) {
      table = await previewTable(bytes, path, { ...options, mapping: saved.mapping })
      reusedMappingFrom = saved.from
    }
  }
  return { ...base, kind: table.mapping.kind, reusedMappingFrom, table }
}

/**
 * Saves a mapping the app confirmed, validated first so a file the CLI's --mapping would refuse
 * is never written; temp file + rename, so an existing mapping is never left half-overwritten.
 */
function saveMapping(rawPath: string, raw: unknown): { path: string } {
  const parsed = parseMapping(raw)
  if (!parsed.ok) throw new NeedleError('invalid_input', `The mapping is not valid: ${parsed.problems.join('; ')}.`, { problems: parsed.problems })
  const path = resolve(rawPath)
  const tmp = `${path}.${process.pid}.tmp`
  try {
    if (!statSync(dirname(path)).isDirectory()) throw new Error('ENOTDIR')
    writeFileSync(tmp, `${JSON.stringify(parsed.mapping, null, 2)}\n`)
    renameSync(tmp, path)
  } catch (err) {
    try {
      unlinkSync(tmp)
    } catch {
      /* nothing was written */
    }
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message
    throw new NeedleError('unreadable_file', `The mapping cannot be saved as ${path} (${code}). Choose another folder.`, { file: path })
  }
  return { path }
}

export const importHandlers: HandlerMap<'import.preview' | 'import.run' | 'import.cancel' | 'import.saveMapping'> = {
  'import.preview': (session, { path, options }) => preview(session.requireProject().db, path, (options ?? {}) as ImportOptions),
  'import.run': async (session, { jobId, files }) => {
    const db = session.writable()
    if (session.jobs.has(jobId)) throw new NeedleError('conflict', `An import with id ${jobId} is already running.`)
    const controller = new AbortController()
    session.jobs.set(jobId, controller)
    session.busyWith = files.length === 1 ? `The import of ${basename(files[0].path)}` : `An import of ${files.length} files`
    try {
      const outcomes = await importFiles(
        db,
        files.map((f) => ({ path: f.path, options: (f.options ?? {}) as ImportOptions })),
        { signal: controller.signal, onProgress: (p) => session.emit('import.progress', { jobId, ...p }) },
      )
      return { sources: outcomes }
    } finally {
      session.jobs.delete(jobId)
      session.busyWith = null
      if (session.project) session.emit('project.changed', { summary: projectSummary(session.project) })
    }
  },
  'import.cancel': (session, { jobId }) => {
    const job = session.jobs.get(jobId)
    job?.abort()
    return { cancelled: Boolean(job) }
  },
  'import.saveMapping': (_session, { path, mapping }) => saveMapping(path, mapping),
}
