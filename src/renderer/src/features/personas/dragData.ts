/**
 * What HTML5 drag and drop carries on this screen: a highlight (from the evidence panel into a
 * section) or a section (to reorder). Own MIME types, so text dragged from elsewhere is ignored.
 */
import type { DragEvent } from 'react'

export const HIGHLIGHT_MIME = 'application/x-needle-highlight'
export const SECTION_MIME = 'application/x-needle-section'

export function carries(e: DragEvent, mime: string): boolean {
  return e.dataTransfer.types.includes(mime)
}

export function startHighlightDrag(e: DragEvent, highlightId: number, text: string): void {
  e.dataTransfer.setData(HIGHLIGHT_MIME, String(highlightId))
  e.dataTransfer.setData('text/plain', text)
  e.dataTransfer.effectAllowed = 'copy'
}

export function droppedHighlight(e: DragEvent): number | null {
  const id = Number(e.dataTransfer.getData(HIGHLIGHT_MIME))
  return Number.isInteger(id) && id > 0 ? id : null
}
