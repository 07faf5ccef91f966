/**
 * Persona edits as the undo controls name them. The service names each step in English
 * (main/services/personas/undoLabels.ts); these patterns recognise those names and point at
 * their personas.undo.labels keys. features/coding/undoLabel.ts, the one place a step's name
 * is translated, uses them with its own, so every screen's undo control names every step.
 */

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
  [/^Add breadcrumb “(.+)” to persona “(.+)”$/, 'addBreadcrumb'],
  [/^Remove breadcrumb “(.+)” from persona “(.+)”$/, 'removeBreadcrumb'],
  [/^Attach evidence to “(.+)” on persona “(.+)”$/, 'attach'],
  [/^Detach evidence from “(.+)” on persona “(.+)”$/, 'detach'],
  [/^Edit “(.+)” on persona “(.+)”$/, 'editSection'],
  [/^Delete persona “(.+)”$/, 'delete'],
  [/^Draft a persona from “(.+)”$/, 'draft'],
  [/^Draft personas from every segment$/, 'draftAll'],
  [/^Edit persona “(.+)”$/, 'edit'],
]
