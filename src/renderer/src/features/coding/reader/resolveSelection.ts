/**
 * From the browser's selection to document offsets. Each end is resolved in the chunk view
 * it lies in (posAtDOM), so a selection may cross chunks; it may not cross documents.
 * Whitespace at either end is dropped, as a double-click on a word often takes the space after it.
 */
import type { EditorView } from '@tiptap/pm/view'
import { offsetAt, type Chunk } from './layout'

export interface ResolvedRange {
  documentId: number
  start: number
  end: number
}

export type ViewLookup = (chunkIndex: number) => { view: EditorView; chunk: Chunk } | undefined

function resolvePoint(node: Node, offset: number, lookup: ViewLookup) {
  const el = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest('[data-chunk]')
  if (!el) return null
  const entry = lookup(Number(el.getAttribute('data-chunk')))
  if (!entry) return null
  try {
    return { ...offsetAt(entry.chunk, entry.view.posAtDOM(node, offset))!, chunk: entry.chunk }
  } catch {
    return null
  }
}

export function resolveSelection(sel: Selection, lookup: ViewLookup): ResolvedRange | null {
  if (sel.rangeCount === 0 || sel.isCollapsed) return null
  const range = sel.getRangeAt(0)
  const a = resolvePoint(range.startContainer, range.startOffset, lookup)
  const b = resolvePoint(range.endContainer, range.endOffset, lookup)
  if (!a || !b || a.documentId !== b.documentId) return null
  let start = Math.min(a.offset, b.offset)
  let end = Math.max(a.offset, b.offset)
  const charAt = (i: number) => charIn(a.chunk, a.documentId, i) ?? charIn(b.chunk, b.documentId, i)
  while (start < end && /\s/.test(charAt(start) ?? '')) start++
  while (end > start && /\s/.test(charAt(end - 1) ?? '')) end--
  return end > start ? { documentId: a.documentId, start, end } : null
}

function charIn(chunk: Chunk, documentId: number, i: number): string | null {
  for (const s of chunk.spans) if (s.documentId === documentId && i >= s.start && i < s.end) return s.text[i - s.start]
  return null
}

/** Where the caret (or a selection's focus end) sits: its chunk, its span and the document offset. */
export function resolveCaret(sel: Selection, lookup: ViewLookup): { chunk: Chunk; view: EditorView; span: number; offset: number } | null {
  if (sel.rangeCount === 0 || !sel.focusNode) return null
  const node = sel.focusNode
  const el = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest('[data-chunk]')
  if (!el) return null
  const entry = lookup(Number(el.getAttribute('data-chunk')))
  if (!entry) return null
  try {
    const at = offsetAt(entry.chunk, entry.view.posAtDOM(node, sel.focusOffset))
    if (!at) return null
    const span = entry.chunk.spans.findIndex((s) => s.documentId === at.documentId && at.offset >= s.start && at.offset <= s.end)
    return span < 0 ? null : { chunk: entry.chunk, view: entry.view, span, offset: at.offset }
  } catch {
    return null
  }
}
