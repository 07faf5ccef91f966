/**
 * `needle export <project> --format <f> --out <path>`. Formats are a map from name to
 * exporter, so another domain adds its own (personas: pdf, png, md, json) with one entry.
 * csv writes the codings (one row per highlight); matrix writes participants × codes.
 */
import { call } from '../../dispatch'
import type { Session } from '../../session'
import { UsageError, type CliContext, type Command } from '../command'
import { personaExportFormats, personaExportOptions } from './personas'
import { openProjectArg } from './projectArg'
import { sharingExportFormat, sharingExportOptions } from './shareExport'

export interface ExportFormat {
  description: string
  /** `options`: the command's parsed options (persona formats read --persona, --all, --page). */
  run(
    session: Session,
    out: string,
    options?: Record<string, string | boolean | undefined>,
  ): Promise<{ path: string; summary: string; json: unknown; wrote?: boolean }>
}

export const exportFormats: Record<string, ExportFormat> = {
  qdpx: {
    description: 'REFI-QDA project (QDA-XML 1.0) for NVivo, ATLAS.ti, MAXQDA, QualCoder',
    async run(session, out) {
      const r = await call(session, 'interop.exportQdpx', { path: out })
      return {
        path: r.path,
        summary:
          `${r.sources} sources, ${r.codes} codes, ${r.highlights} highlights, ${r.participants} cases, ${r.notes} notes` +
          (r.eventsLeftOut
            ? `. Left out: ${r.eventsLeftOut} ${r.eventsLeftOut === 1 ? 'event' : 'events'} of event logs (REFI-QDA has no place for dated events; their ticket texts are in the file as text sources; a Needle copy or merge keeps them)`
            : ''),
        json: r,
      }
    },
  },
  qdc: {
    description: 'REFI-QDA codebook',
    async run(session, out) {
      const r = await call(session, 'interop.exportQdc', { path: out })
      return { path: r.path, summary: `${r.codes} codes`, json: r }
    },
  },
  csv: {
    description: 'codings: one row per highlight with codes, text, participant and attributes',
    async run(session, out) {
      const r = await call(session, 'interop.exportCsv', { path: out, table: 'codings' })
      return { path: r.path, summary: `${r.rows} highlights`, json: r }
    },
  },
  matrix: {
    description: 'participants × codes (highlight counts), CSV',
    async run(session, out) {
      const r = await call(session, 'interop.exportCsv', { path: out, table: 'matrix' })
      return { path: r.path, summary: `${r.rows} participants`, json: r }
    },
  },
  ...personaExportFormats,
  needle: sharingExportFormat,
}

async function runExport(
  ctx: CliContext,
  project: string,
  format: string,
  out: string,
  json: boolean,
  options: Record<string, string | boolean | undefined> = {},
) {
  const exporter = Object.prototype.hasOwnProperty.call(exportFormats, format) ? exportFormats[format] : undefined
  if (!exporter) throw new UsageError(`--format must be one of ${Object.keys(exportFormats).join(', ')} (got "${format}").`, 'export')
  const session = await openProjectArg(ctx, project)
  const r = await exporter.run(session, out, options)
  if (json) ctx.json(r.json)
  else if (r.wrote === false) ctx.out(r.summary)
  else ctx.out(`Wrote ${r.path}: ${r.summary}`)
}

export const exportCommand: Command = {
  get description() {
    return `Formats: ${Object.entries(exportFormats)
      .map(([k, f]) => `${k} (${f.description})`)
      .join('; ')}. The file is written whole or not at all.`
  },
  positionals: [{ name: 'project', required: true, description: 'the project file' }],
  options: {
    format: { type: 'string', valueName: '<format>', description: 'What to write (see above)' },
    out: { type: 'string', valueName: '<path>', description: 'The file to write' },
    json: { type: 'boolean', description: 'Print what was written as JSON' },
    ...personaExportOptions,
    ...sharingExportOptions,
  },
  async run(ctx, { args, options }) {
    if (typeof options.format !== 'string') throw new UsageError(`Missing --format (${Object.keys(exportFormats).join(', ')}).`, 'export')
    if (typeof options.out !== 'string' || !options.out.trim()) throw new UsageError('Missing --out <path>: the file to write.', 'export')
    await runExport(ctx, args.project!, options.format, options.out, Boolean(options.json), options)
  },
}
