/** How project summaries read on a terminal and in --json. */
import type { ProjectSummary } from '../../shared/domain'

/** The shape of `needle info --json` (and of new/demo/restore with --json): counts at top level, as integers. */
export function summaryJson(s: ProjectSummary) {
  return {
    name: s.name,
    path: s.path,
    schemaVersion: s.schemaVersion,
    readOnly: s.readOnly,
    lockedBy: s.lockedBy,
    ...s.counts,
    sourceList: s.sources,
  }
}

export function summaryText(s: ProjectSummary): string[] {
  const access = s.readOnly
    ? `read-only${s.lockedBy ? ` (${s.lockedBy.user} on ${s.lockedBy.host}, process ${s.lockedBy.pid}, has it open since ${s.lockedBy.since})` : ''}`
    : 'read-write'
  const c = s.counts
  const lines = [
    `Project:  ${s.name}`,
    `File:     ${s.path}`,
    `Schema:   v${s.schemaVersion}`,
    `Access:   ${access}`,
    `Contents: ${c.sources} sources, ${c.documents} documents, ${c.participants} participants, ${c.codes} codes, ` +
      `${c.highlights} highlights, ${c.segments} segments, ${c.personas} personas`,
  ]
  for (const src of s.sources) {
    lines.push(
      `  - ${src.name} (${src.kind}${src.fileName ? `, ${src.fileName}` : ''}): ${src.documents} documents, ${src.participants} participants`,
    )
  }
  return lines
}

/** Refusals are one line on stderr whatever the message held. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
