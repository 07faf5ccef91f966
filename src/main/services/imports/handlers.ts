import type Database from 'better-sqlite3'
import { renameSync, statSync, unlinkSync, writeFileSync, type BigIntStats } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import { parseMapping, type TableMapping } from '../../../shared/import/mapping'
import type { ImportPreview } from '../../../shared/import/preview'
import type { ImportOptions } from '../../../shared/import/types'
import { fileContent, fingerprint, type FileContent, type Fingerprint } from '../../importers/content'
import { previewTableText } from '../../importers/tables/previewTable'
import { readTableStart } from '../../importers/tables/prefix'
import { readTranscript } from '../../importers/transcripts/import'
import { isInterviewerLabel } from '../../importers/transcripts/speakers'
import { detectDirection } from '../../../shared/text/arabic'
import type { HandlerMap } from '../handlers'
import { checkTranscriptSize, resolveKind } from './kind'
import type { ImportOutcome } from '../../importers/types'
import { runSessionWrite } from '../jobs/jobHost'
import { findEarlierImport } from './run'

const PREVIEW_TURNS = 30

/**
 * Checksums of files previewed lately, by path, size and modification time: every header or
 * quote switch in the mapping step previews the file again, and a 500 MB export should not be
 * read through once more for a checksum that cannot have changed.
 */
const recentFingerprints = new Map<string, Fingerprint>()
const RECENT_FINGERPRINTS = 8

async function fingerprintOf(path: string, stat: BigIntStats, content: FileContent): Promise<Fingerprint> {
  const key = `${path}\0${stat.size}\0${stat.mtimeNs}\0${stat.ino}`
  const known = recentFingerprints.get(key)
  if (known) return known
  const facts = await fingerprint(content)
  recentFingerprints.set(key, facts)
  if (recentFingerprints.size > RECENT_FINGERPRINTS) recentFingerprints.delete(recentFingerprints.keys().next().value as string)
  return facts
}

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
  let stat: BigIntStats
  try {
    stat = statSync(path, { bigint: true })
    if (!stat.isFile()) throw new Error('EISDIR')
  } catch {
    throw new NeedleError('not_found', `${path} cannot be read. Check that the file exists.`, { file: path })
  }
  const size = Number(stat.size)
  const kind = resolveKind(path, options.kind)
  checkTranscriptSize(path, kind, size)
  // Only the checksum pass reads the whole file, as a stream; it is the import's own, so a
  // file imported before is recognised here by exactly the checksum its import recorded.
  const content = fileContent(path, size)
  let facts: Fingerprint
  try {
    facts = await fingerprintOf(path, stat, content)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message
    throw new NeedleError('unreadable_file', `${basename(path)} cannot be read (${code}). Check its permissions.`, { file: path })
  }
  const base: ImportPreview = {
    file: path,
    fileName: basename(path),
    kind,
    bytes: size,
    earlier: findEarlierImport(db, facts.checksum),
    reusedMappingFrom: null,
  }
  if (kind === 'interview') {
    const { parsed, format, encoding, warnings, date } = await readTranscript(await content.readAll(), path, options.encoding)
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
        date: date?.date ?? null,
        dateFrom: date?.from ?? null,
      },
    }
  }
  const start = await readTableStart(path, content, facts.validUtf8, options.encoding)
  let table = await previewTableText(start, path, options)
  let reusedMappingFrom: string | null = null
  if (options.mapping === undefined) {
    const saved = savedMappingFor(db, table.headers)
    if (saved && (!options.kind || saved.mapping.kind === options.kind)) {
      table = await previewTableText(start, path, { ...options, mapping: saved.mapping })
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
  if (!parsed.ok)
    throw new NeedleError('invalid_input', `The mapping is not valid: ${parsed.problems.join('; ')}.`, { problems: parsed.problems })
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
  // In a worker thread with its own connection (services/jobs), so a huge transcript's parse and a large COMMIT never hold up other requests.
  'import.run': async (session, { jobId, files }) => {
    const sources = await runSessionWrite<ImportOutcome[]>(
      session,
      {
        jobId,
        busyWith: files.length === 1 ? `The import of ${basename(files[0].path)}` : `An import of ${files.length} files`,
        onProgress: (p) => session.emit('import.progress', { jobId, ...p }),
      },
      (projectPath) => ({
        kind: 'import',
        projectPath,
        files: files.map((f) => ({ path: resolve(f.path), options: (f.options ?? {}) as ImportOptions })),
      }),
    )
    return { sources }
  },
  'import.cancel': (session, { jobId }) => {
    const job = session.jobs.get(jobId)
    job?.abort()
    return { cancelled: Boolean(job) }
  },
  'import.saveMapping': (_session, { path, mapping }) => saveMapping(path, mapping),
}
