/** `needle import` of REFI-QDA files (.qdpx projects, .qdc codebooks): each file one transaction. */
import { basename, extname } from 'node:path'
import { call } from '../../dispatch'
import { CONVENTION_LABEL } from '../../services/interop/qdpx/positions'
import type { CliContext } from '../command'
import { openProjectArg } from './projectArg'
import { existingFileArg } from './paths'

export const isRefiPath = (f: string) => ['.qdpx', '.qdc'].includes(extname(f).toLowerCase())

export async function importRefiFiles(ctx: CliContext, project: string, files: string[], json: boolean): Promise<void> {
  const session = await openProjectArg(ctx, project)
  const reports = []
  for (const f of files) reports.push(await call(session, 'interop.importQdpx', { path: existingFileArg(f) }))
  if (json) return void ctx.json({ refi: reports })
  for (const r of reports) {
    const a = r.added
    ctx.out(
      `${basename(r.file)}${r.origin ? ` (from ${r.origin})` : ''}: ${a.sources} sources, ${a.codes} codes, ${a.highlights} highlights, ${a.participants} cases, ${a.memos} notes added`,
    )
    const s = r.skipped
    if (s.sources + s.codes + s.highlights + s.participants + s.memos > 0) {
      ctx.out(
        `  already in the project: ${s.sources} sources, ${s.codes} codes, ${s.highlights} highlights, ${s.participants} cases, ${s.memos} notes`,
      )
    }
    if (r.missingSources.length) ctx.out(`  missing from the archive (${r.missingSources.length}): ${r.missingSources.join('; ')}`)
    if (r.droppedCodings)
      ctx.out(`  ${r.droppedCodings} codings could not be placed (their source is missing or their positions are outside its text)`)
    for (const p of r.positions) {
      if (p.basis === 'ambiguous') {
        ctx.out(
          `  ${p.source}: positions are AMBIGUOUS, read as ${CONVENTION_LABEL[p.convention]}; ${p.doubtful.length} codings may sit on shifted text:`,
        )
        for (const d of p.doubtful.slice(0, 20)) ctx.out(`    ${d.start}-${d.end} "${d.text.slice(0, 60)}"`)
        if (p.doubtful.length > 20) ctx.out(`    … and ${p.doubtful.length - 20} more (--json lists all)`)
      } else
        ctx.out(
          `  ${p.source}: positions read as ${CONVENTION_LABEL[p.convention]} (${p.basis === 'text' ? 'decided by the text' : 'as the exporting application counts'})`,
        )
    }
    for (const n of r.notImported) ctx.out(`  not imported: ${n.count} × ${n.element} (${n.note})`)
    for (const c of r.conflicts.slice(0, 20))
      ctx.out(`  conflict: ${c.kind} "${c.name}" ${c.field}: kept ${c.ours ?? '(none)'}, file has ${c.theirs ?? '(none)'}`)
  }
}
