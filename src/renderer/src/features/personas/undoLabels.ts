/**
 * Persona edits as the undo controls name them, in the researcher's language. The service names
 * each step in English (main/services/personas/undoLabels.ts); these patterns recognise those
 * names, anything else goes to the coding names (features/coding/undoLabel.ts).
 */
import type { TFunction } from 'i18next'
import { undoLabel } from '../coding/undoLabel'

/** Most specific first: "Edit persona “A”" would also match the start of other names. */
export const PERSONA_UNDO_PATTERNS: [RegExp, string][] = [
  [/^Rename persona “(.+)” to “(.+)”$/, 'rename'],
  [/^Edit context of persona “(.+)”$/, 'context'],
  [/^Change language of persona “(.+)”$/, 'language'],
  [/^Change avatar of persona “(.+)”$/, 'avatar'],
  [/^Add a section to persona “(.+)”$/, 'addSection'],
  [/^Remove “(.+)” from persona “(.+)”$/, 'removeSection'],
  [/^Reorder sections of persona “(.+)”$/, 'reorder'],
  [/^Hide “(.+)” on persona “(.+)”$/, 'hide'],
  [/^Show “(.+)” on persona “(.+)”$/, 'show'],
  [/^Attach evidence to “(.+)” on persona “(.+)”$/, 'attach'],
  [/^Detach evidence from “(.+)” on persona “(.+)”$/, 'detach'],
  [/^Edit “(.+)” on persona “(.+)”$/, 'editSection'],
  [/^Delete persona “(.+)”$/, 'delete'],
  [/^Draft a persona from “(.+)”$/, 'draft'],
  [/^Draft personas from every segment$/, 'draftAll'],
  [/^Edit persona “(.+)”$/, 'edit'],
]

export function personaUndoLabel(t: TFunction, label: string | null): string {
  if (!label) return ''
  for (const [re, key] of PERSONA_UNDO_PATTERNS) {
    const m = re.exec(label)
    if (m) return t(`personas.undo.labels.${key}`, { a: m[1], b: m[2] })
  }
  return undoLabel(t, label)
}
