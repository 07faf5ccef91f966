/**
 * The service names each undo step in English ("Merge “A” into “B”"); the UI shows it in
 * the researcher's language by recognising those names. An unknown name is shown as is.
 */
import type { TFunction } from 'i18next'

const PATTERNS: [RegExp, string][] = [
  [/^Tag (.+)$/, 'tag'],
  [/^Add highlight$/, 'addHighlight'],
  [/^Change codes of highlight$/, 'changeCodes'],
  [/^Edit highlight$/, 'editHighlight'],
  [/^Delete highlight$/, 'deleteHighlight'],
  [/^Create code “(.+)”$/, 'createCode'],
  [/^Rename code “(.+)” to “(.+)”$/, 'renameCode'],
  [/^Edit code “(.+)”$/, 'editCode'],
  [/^Move code “(.+)”$/, 'moveCode'],
  [/^Merge “(.+)” into “(.+)”$/, 'mergeCodes'],
  [/^Delete code “(.+)”$/, 'deleteCode'],
  [/^Code all results of “(.+)” as “(.+)”$/, 'codeAll'],
  [/^Accept (.+)$/, 'accept'],
  [/^Reject (.+)$/, 'reject'],
  [/^Add starter auto-code rules$/, 'starter'],
]

export function undoLabel(t: TFunction, label: string | null): string {
  if (!label) return ''
  for (const [re, key] of PATTERNS) {
    const m = re.exec(label)
    if (m) return t(`coding.undo.labels.${key}`, { a: m[1], b: m[2] })
  }
  return label
}
