/**
 * The service names each undo step in English ("Merge “A” into “B”"); the UI shows it in
 * the researcher's language by recognising those names. An unknown name is shown as is.
 */
import type { TFunction } from 'i18next'
import i18n from '../../i18n'
import { PARTICIPANT_UNDO_PATTERNS } from '../participants/undoLabels'
import { PERSONA_UNDO_PATTERNS } from '../personas/undoLabels'

/** A key without a dot is one of coding.undo.labels. */
const PATTERNS: [RegExp, string][] = [
  ...PARTICIPANT_UNDO_PATTERNS.map(([re, key]): [RegExp, string] => [re, `participantEdits.undo.${key}`]),
  [/^Tag “(.+)”$/, 'tagCodes'],
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
  [/^Accept all suggestions$/, 'acceptAll'],
  [/^Accept (\d+) suggestions?$/, 'acceptCount'],
  [/^Reject all suggestions$/, 'rejectAll'],
  [/^Reject (\d+) suggestions?$/, 'rejectCount'],
  [/^Add starter auto-code rules$/, 'starter'],
  [/^Run auto-code rules$/, 'autocode.undo.run'],
  [/^Add auto-code rule “(.+)” to “(.+)”$/, 'autocode.undo.addRule'],
  [/^Delete auto-code rule “(.+)” of “(.+)”$/, 'autocode.undo.deleteRule'],
  ...PERSONA_UNDO_PATTERNS.map(([re, key]): [RegExp, string] => [re, `personas.undo.labels.${key}`]),
]

/** “A”, “B” → the reader's quotation marks and list: “A” and “B” / «A» و«B». */
function codeList(t: TFunction, quoted: string): string {
  const names = quoted.split('”, “').map((name) => t('autocode.undo.quote', { name }))
  return new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names)
}

export function undoLabel(t: TFunction, label: string | null): string {
  if (!label) return ''
  for (const [re, key] of PATTERNS) {
    const m = re.exec(label)
    if (!m) continue
    if (key === 'tagCodes') return t('coding.undo.labels.tag', { a: codeList(t, m[1]) })
    if (key.endsWith('Count')) return t(`coding.undo.labels.${key}`, { count: Number(m[1]) })
    return t(key.includes('.') ? key : `coding.undo.labels.${key}`, { a: m[1], b: m[2] })
  }
  return label
}
