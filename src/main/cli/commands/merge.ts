import { basename } from 'node:path'
import { call } from '../../dispatch'
import type { MergeCounts } from '../../../shared/contract/interop'
import type { Command } from '../command'
import { openProjectArg } from './projectArg'
import { existingFileArg } from './paths'

const counts = (c: MergeCounts) =>
  `${c.sources} sources, ${c.documents} documents, ${c.codes} codes, ${c.highlights} highlights, ${c.participants} participants, ${c.memos} memos, ${c.events} events`

export const mergeCommand: Command = {
  description:
    'Adds what the other file has and this project lacks, in one transaction: sources matched by content, codes by name and kind, ' +
    'participants by label, highlights by document, offsets, codes and coder. Merging the same copy again adds nothing. ' +
    'The other file is only read. Conflicts (a code with another colour, description or parent; a participant attribute with ' +
    "another value) keep this project's value and are listed.",
  positionals: [
    { name: 'project', required: true, description: 'the project to merge into' },
    { name: 'other', required: true, description: "the teammate's copy (.needle)" },
  ],
  options: { json: { type: 'boolean', description: 'Print the report as JSON: {file, added, skipped, conflicts}' } },
  async run(ctx, { args, options }) {
    const session = await openProjectArg(ctx, args.project!)
    const report = await call(session, 'project.merge', { path: existingFileArg(args.other!) })
    if (options.json) return void ctx.json(report)
    ctx.out(`Merged ${basename(report.file)}`)
    ctx.out(`Added:   ${counts(report.added)}`)
    ctx.out(`Already: ${counts(report.skipped)}`)
    if (report.conflicts.length) ctx.out(`Conflicts (this project's value kept): ${report.conflicts.length}`)
    for (const c of report.conflicts.slice(0, 50))
      ctx.out(`  - ${c.kind} "${c.name}" ${c.field}: kept ${c.ours ?? '(none)'}, theirs ${c.theirs ?? '(none)'}`)
  },
}
