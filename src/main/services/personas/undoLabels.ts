/**
 * What each persona edit is called in the undo history, in the same English shape as the coding
 * actions' names ("Rename persona “A” to “B”"); the renderer recognises these names and shows
 * them in the researcher's language (features/personas/undoLabels.ts keeps the same list).
 */
import type { ParsedInputOf } from '../../../shared/contract'
import type { Persona } from '../../../shared/persona/content'

type UpdateInput = ParsedInputOf<'personas.update'>

/** How long after a save of a section's text the next save of it still joins the same step. */
export const TYPING_PAUSE_MS = 5_000

const title = (p: Persona, sectionId: string) => p.content.sections.find((s) => s.id === sectionId)?.title ?? sectionId

/** The step's name, and (for a section's text saved while typing) the key its saves merge under. */
export function updateLabel(before: Persona, input: UpdateInput): { label: string; coalesce?: { key: string; withinMs: number } } {
  const name = before.name
  const patches = input.sections ?? []
  const known = new Set(before.content.sections.map((s) => s.id))
  const edits = [
    input.name !== undefined && input.name !== name,
    input.context !== undefined,
    input.role !== undefined,
    input.tagline !== undefined,
    input.language !== undefined,
    input.avatar !== undefined,
    patches.length > 0,
    (input.removeSections?.length ?? 0) > 0,
  ].filter(Boolean).length
  if (edits !== 1) return { label: `Edit persona “${name}”` }

  if (input.name !== undefined && input.name !== name) return { label: `Rename persona “${name}” to “${input.name}”` }
  if (input.context !== undefined) return { label: `Edit context of persona “${name}”` }
  if (input.language !== undefined) return { label: `Change language of persona “${name}”` }
  if (input.avatar !== undefined) return { label: `Change avatar of persona “${name}”` }
  if (input.removeSections?.length) {
    return input.removeSections.length === 1
      ? { label: `Remove “${title(before, input.removeSections[0])}” from persona “${name}”` }
      : { label: `Edit persona “${name}”` }
  }
  if (patches.some((p) => !known.has(p.id))) return { label: `Add a section to persona “${name}”` }
  const fields = new Set(
    patches.flatMap((p) =>
      Object.entries(p)
        .filter(([k, v]) => k !== 'id' && v !== undefined)
        .map(([k]) => k),
    ),
  )
  if (fields.size === 1 && fields.has('order')) return { label: `Reorder sections of persona “${name}”` }
  if (patches.length === 1) {
    const [p] = patches
    const section = title(before, p.id)
    if (fields.size === 1 && fields.has('hidden'))
      return { label: p.hidden ? `Hide “${section}” on persona “${name}”` : `Show “${section}” on persona “${name}”` }
    if (fields.size === 1 && fields.has('html')) {
      return {
        label: `Edit “${section}” on persona “${name}”`,
        coalesce: { key: `persona:${before.id}:section:${p.id}:html`, withinMs: TYPING_PAUSE_MS },
      }
    }
    return { label: `Edit “${section}” on persona “${name}”` }
  }
  return { label: `Edit persona “${name}”` }
}

export const attachLabel = (p: Persona, sectionId: string) => `Attach evidence to “${title(p, sectionId)}” on persona “${p.name}”`
export const detachLabel = (p: Persona, sectionId: string) => `Detach evidence from “${title(p, sectionId)}” on persona “${p.name}”`
/** A breadcrumb put on a card or taken off it (features/personas/undoLabels.ts recognises both). */
export const breadcrumbLabel = (p: Persona, label: string, how: 'add' | 'remove') =>
  how === 'add' ? `Add breadcrumb “${label}” to persona “${p.name}”` : `Remove breadcrumb “${label}” from persona “${p.name}”`
export const avatarLabel = (p: Persona) => `Change avatar of persona “${p.name}”`
/** Keeping or replacing an uncoded quote edits the quotes section (the renderer already names that step). */
export const quotesLabel = (p: Persona) => `Edit “${title(p, 'quotes')}” on persona “${p.name}”`
export const deleteLabel = (p: Persona) => `Delete persona “${p.name}”`
export const draftLabel = (segmentName: string) => `Draft a persona from “${segmentName}”`
export const DRAFT_ALL_LABEL = 'Draft personas from every segment'
