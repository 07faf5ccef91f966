/** How project summaries read on a terminal and in --json. */
import type { ProjectSummary } from '../../shared/domain'
import type { ProjectLanguage, ProjectLanguageInfo } from '../../shared/project/language'

/** The shape of `needle info --json` (and of new/demo/restore with --json): counts at top level, as integers. */
export function summaryJson(s: ProjectSummary) {
  return {
    name: s.name,
    path: s.path,
    schemaVersion: s.schemaVersion,
    readOnly: s.readOnly,
    lockedBy: s.lockedBy,
    language: s.language,
    ...s.counts,
    sourceList: s.sources,
  }
}

const LANGUAGE_NAMES: Record<ProjectLanguage, string> = { en: 'English', ar: 'Arabic' }

/** "Arabic (detected from the content)" or "English (chosen; the content reads as Arabic)". */
export function languageText(l: ProjectLanguageInfo): string {
  if (!l.chosen) return `${LANGUAGE_NAMES[l.language]} (${l.language}, detected from the content)`
  const differs = l.detected !== l.chosen ? `; the content reads as ${LANGUAGE_NAMES[l.detected]}` : ''
  return `${LANGUAGE_NAMES[l.language]} (${l.language}, chosen${differs})`
}

/** "1 source", "3 sources": a count with its noun (English; the CLI speaks English). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
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
    `Language: ${languageText(s.language)}`,
    `Contents: ${counted(c.sources, 'source')}, ${counted(c.documents, 'document')}, ${counted(c.participants, 'participant')}, ` +
      `${counted(c.codes, 'code')}, ${counted(c.highlights, 'highlight')}, ${counted(c.segments, 'segment')}, ${counted(c.personas, 'persona')}`,
  ]
  for (const src of s.sources) {
    // Rows and participants side by side: every imported row is a participant unless an id column linked rows.
    const rows = src.rows !== null && src.kind !== 'interview' ? `${counted(src.rows, 'row')}, ` : ''
    lines.push(
      `  - ${src.name} (${src.kind}${src.fileName ? `, ${src.fileName}` : ''}): ${rows}${counted(src.documents, 'document')}, ${counted(src.participants, 'participant')}`,
    )
  }
  return lines
}

/** Refusals are one line on stderr whatever the message held. */
// C0 controls but tab and line feed, DEL, and the C1 controls (U+009B is a one-character CSI on many terminals).
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

/**
 * Text from files (names of zip entries, speakers, VTT timing lines, search hits) shown as it
 * is would let a file drive the researcher's terminal: recolour it, retitle the window, hide
 * lines, or forge a success message. Every control character is shown escaped instead.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0)
    return code === 0x0d ? '\\r' : `\\x${code.toString(16).padStart(2, '0')}`
  })
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
