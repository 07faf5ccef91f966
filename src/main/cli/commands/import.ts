import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { call } from '../../dispatch'
import { SOURCE_KINDS } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'
import type { ImportedSource, ImportProgressEvent } from '../../../shared/contract/imports'
import { UsageError, type Command } from '../command'
import { counted } from '../format'
import { existingFileArg } from './paths'
import { importRefiFiles, isRefiPath } from './refiImport'

const KINDS = SOURCE_KINDS

function readMapping(path: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new NeedleError('not_found', `The mapping file ${path} cannot be read. Check the path.`)
  }
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new NeedleError(
      'invalid_input',
      `The mapping file ${basename(path)} is not valid JSON (${(err as Error).message}). Save the mapping again from the app's mapping step.`,
    )
  }
}

function asJson(s: ImportedSource) {
  return {
    file: s.file,
    kind: s.kind,
    rows: s.rows,
    documents: s.documents,
    participants: s.participants,
    utterances: s.utterances,
    speakers: s.speakers,
    skipped: s.skipped.length,
    skippedRows: s.skipped,
    warnings: s.warnings,
    encoding: s.encoding ?? null,
    date: s.date ?? null,
  }
}

export const importCommand: Command = {
  description:
    'Every file is imported in one transaction: if one file cannot be read, nothing is imported and the project is unchanged. ' +
    'Transcripts: .txt .md .vtt .srt .docx. Tables: .csv .tsv (and .txt with --kind survey|feedback|events). Event logs (--kind events): one row per event, with who, when and what. ' +
    'A file imported before (same bytes) is refused unless --allow-duplicate is given. ' +
    'REFI-QDA files (.qdpx projects, .qdc codebooks from NVivo, ATLAS.ti, MAXQDA, QualCoder) are detected by extension and imported on their own.',
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'file', required: true, variadic: true, description: 'one or more files to import' },
  ],
  options: {
    kind: {
      type: 'string',
      valueName: '<interview|survey|feedback|events>',
      description: 'What the files are (default: by extension; .csv/.tsv are surveys)',
    },
    mapping: { type: 'string', valueName: '<mapping.json>', description: "A table mapping saved from the app's mapping step" },
    'no-header': { type: 'boolean', description: 'Tables: the first row is data, not a header' },
    'no-quotes': { type: 'boolean', description: 'Tables: read quote characters as text (files whose stray quotes merge rows)' },
    'skip-bad-rows': { type: 'boolean', description: 'Import the readable rows and list the others, instead of refusing the file' },
    'allow-duplicate': { type: 'boolean', description: 'Import a file even if the same bytes were imported before' },
    date: {
      type: 'string',
      valueName: '<YYYY-MM-DD>',
      description:
        'Transcripts: the day the interview took place (relative deadlines resolve against it), instead of the date the file states',
    },
    encoding: {
      type: 'string',
      valueName: '<name>',
      description: "The files' text encoding (e.g. windows-1252, windows-1255, windows-1256, UTF-8) instead of the detected one",
    },
    json: {
      type: 'boolean',
      description: 'Print {"sources": [{file, kind, rows, documents, participants, utterances, speakers, skipped, warnings}]}',
    },
  },
  async run(ctx, { args, rest, options }) {
    if (rest.some(isRefiPath)) {
      if (!rest.every(isRefiPath))
        throw new UsageError('Import .qdpx/.qdc files on their own, not together with transcripts or tables.', 'import')
      return importRefiFiles(ctx, args.project!, rest, Boolean(options.json))
    }
    const kind = options.kind as string | undefined
    if (kind !== undefined && !KINDS.includes(kind as (typeof KINDS)[number])) {
      throw new UsageError(`--kind must be one of ${KINDS.join(', ')} (got "${kind}").`, 'import')
    }
    const mapping = typeof options.mapping === 'string' ? readMapping(existingFileArg(options.mapping)) : undefined
    const session = ctx.session()
    await call(session, 'project.open', { path: existingFileArg(args.project!) })
    const fileOptions = {
      ...(kind ? { kind } : {}),
      ...(mapping !== undefined ? { mapping } : {}),
      ...(options['no-header'] ? { header: false } : {}),
      ...(options['no-quotes'] ? { noQuotes: true } : {}),
      ...(options['skip-bad-rows'] ? { skipBadRows: true } : {}),
      ...(options['allow-duplicate'] ? { allowDuplicate: true } : {}),
      ...(typeof options.encoding === 'string' ? { encoding: options.encoding } : {}),
      ...(typeof options.date === 'string' ? { date: options.date } : {}),
    }
    const showProgress = process.stderr.isTTY && !options.json
    const jobId = `cli-${process.pid}`
    if (showProgress) {
      ctx.onEvent((event, payload) => {
        if (event !== 'import.progress') return
        const p = payload as ImportProgressEvent
        const pct = p.totalBytes ? Math.min(100, Math.round((p.bytes / p.totalBytes) * 100)) : 0
        process.stderr.write(
          `\r${basename(p.file)}: ${p.rows.toLocaleString()} rows, ${pct}%, ${p.rowsPerSecond.toLocaleString()} rows/s   `,
        )
      })
    }
    const { sources } = await call(session, 'import.run', {
      jobId,
      files: rest.map((f) => ({ path: existingFileArg(f), options: fileOptions })),
    })
    if (showProgress) process.stderr.write('\r\x1b[K')
    if (options.json) {
      ctx.json({ sources: sources.map(asJson) })
      return
    }
    for (const s of sources) {
      const parts = [counted(s.rows, 'row'), counted(s.documents, 'document'), counted(s.participants, 'participant')]
      if (s.kind === 'interview') parts.push(counted(s.utterances, 'turn'), `speakers: ${s.speakers.join(', ') || 'none'}`)
      if (s.skipped.length) parts.push(`${counted(s.skipped.length, 'row')} skipped`)
      if (s.encoding) parts.push(`encoding ${s.encoding}`)
      if (s.kind === 'interview') parts.push(s.date ? `interview date ${s.date}` : 'no interview date (set one with "needle date")')
      ctx.out(`${basename(s.file)} (${s.kind}): ${parts.join(', ')}`)
      for (const row of s.skipped.slice(0, 20)) ctx.out(`  skipped row ${row.row}: ${row.reason}`)
      for (const w of s.warnings) ctx.out(`  warning: ${w}`)
    }
  },
}
