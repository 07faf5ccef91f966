/**
 * The reader: spans in chunks, each chunk a Tiptap view mounted only while near the
 * viewport (a measured placeholder otherwise), so a 200,000-word transcript with 5,000
 * highlights scrolls like a short one. It reports selections as document offsets and
 * clicks on highlights; what to do with them is the screen's business.
 */
import { TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react'
import type { HighlightView } from '../../../../../shared/contract/coding'
import { ChunkIndex } from './chunkIndex'
import { ChunkView } from './ChunkView'
import { chunkSpans, posOf, type Span } from './layout'
import type { PendingSpan } from './paint'
import classes from './Reader.module.css'
import { sequencePending } from '../../../app/screenKeys'
import { resolveCaret, resolveSelection, type ResolvedRange } from './resolveSelection'
import { sentenceAround, trimmed } from './sentences'
import { Stripes } from './Stripes'

export interface ReaderHandle {
  /** Scrolls a document offset into view (rendering its chunk first). */
  reveal(documentId: number, offset: number): void
  /**
   * Drops the text selection, in the page and in every chunk's editor state: ProseMirror
   * remembers the last one and would put it back on the next click, reopening the tag popover.
   */
  clearSelection(): void
}

interface Props {
  spans: Span[]
  highlights: HighlightView[]
  pending: PendingSpan | null
  selectedId: number | null
  onSelect(range: ResolvedRange, rect: DOMRect): void
  onHighlightClick(ids: number[], rect: DOMRect): void
  label: string
  ref?: Ref<ReaderHandle>
}

const MARGIN = '1500px 0px'

export function Reader({ spans, highlights, pending, selectedId, onSelect, onHighlightClick, label, ref }: Props) {
  const chunks = useMemo(() => chunkSpans(spans), [spans])
  const index = useMemo(() => new ChunkIndex(chunks), [chunks])
  const grouped = useRef<HighlightView[][] | null>(null)
  const perChunk = useMemo(() => (grouped.current = index.group(highlights, grouped.current)), [index, highlights])
  const pendingChunks = useMemo(
    () => new Set(pending ? index.chunksOf(pending.documentId, pending.start, pending.end) : []),
    [index, pending],
  )
  const selectedChunks = useMemo(() => {
    const h = selectedId != null ? highlights.find((x) => x.id === selectedId) : undefined
    return new Set(h ? index.chunksOf(h.documentId, h.start, h.end) : [])
  }, [index, highlights, selectedId])

  const views = useRef(new Map<number, EditorView>())
  const scroller = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState<Set<number>>(() => new Set([0, 1]))
  const heights = useRef(new Map<number, number>())
  const target = useRef<{ documentId: number; offset: number; chunk: number } | null>(null)

  const onView = useCallback(
    (i: number, view: EditorView | null) => {
      if (view) views.current.set(i, view)
      else views.current.delete(i)
      const t = target.current
      if (view && t && t.chunk === i) {
        target.current = null
        requestAnimationFrame(() => scrollToPos(view, posFor(chunks[i], t.documentId, t.offset)))
      }
    },
    [chunks],
  )

  useEffect(() => {
    const root = scroller.current
    if (!root) return
    const io = new IntersectionObserver(
      (entries) => {
        setVisible((prev) => {
          const next = new Set(prev)
          for (const e of entries) {
            const i = Number((e.target as HTMLElement).dataset.slot)
            if (e.isIntersecting) next.add(i)
            else {
              heights.current.set(i, e.boundingClientRect.height)
              next.delete(i)
            }
          }
          return next
        })
      },
      { root, rootMargin: MARGIN },
    )
    root.querySelectorAll<HTMLElement>('[data-slot]').forEach((el) => io.observe(el))
    return () => io.disconnect()
  }, [chunks])

  useImperativeHandle(
    ref,
    () => ({
      reveal(documentId, offset) {
        const [i] = index.chunksOf(documentId, offset, offset + 1)
        if (i === undefined) return
        const view = views.current.get(i)
        if (view) return scrollToPos(view, posFor(chunks[i], documentId, offset))
        target.current = { documentId, offset, chunk: i }
        scroller.current?.querySelector(`[data-slot="${i}"]`)?.scrollIntoView({ block: 'start' })
        setVisible((prev) => new Set(prev).add(i))
      },
      clearSelection() {
        window.getSelection()?.removeAllRanges()
        for (const view of views.current.values()) {
          const { selection, doc } = view.state
          if (!selection.empty) view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, selection.from)))
        }
      },
    }),
    [index, chunks],
  )

  const lookup = useCallback(
    (i: number) => {
      const view = views.current.get(i)
      return view ? { view, chunk: chunks[i] } : undefined
    },
    [chunks],
  )

  const handlePointerUp = useCallback(() => {
    // The selection settles after the event; reading it on the next frame sees its final extent.
    requestAnimationFrame(() => {
      const sel = window.getSelection()
      if (!sel) return
      const range = resolveSelection(sel, lookup)
      if (range) onSelect(range, sel.getRangeAt(0).getBoundingClientRect())
    })
  }, [lookup, onSelect])

  /**
   * The reader's keys (the text has a caret, Shift+arrows extend it): S selects the sentence
   * at the caret, T the whole turn, Enter codes the selection (opens the tag popover). Caught
   * before ProseMirror, which would otherwise take Enter as a line break it then refuses.
   */
  const handleKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || sequencePending()) return
      const sel = window.getSelection()
      if (!sel) return
      if (e.key === 'Enter') {
        const range = resolveSelection(sel, lookup)
        if (!range) return
        e.preventDefault()
        e.stopPropagation()
        onSelect(range, sel.getRangeAt(0).getBoundingClientRect())
        return
      }
      if (e.shiftKey || (e.code !== 'KeyS' && e.code !== 'KeyT' && e.code !== 'KeyH')) return
      const caret = resolveCaret(sel, lookup)
      if (!caret) return
      if (e.code === 'KeyH') {
        const docId = caret.chunk.spans[caret.span].documentId
        const here = highlights.filter((h) => h.documentId === docId && h.start <= caret.offset && h.end >= caret.offset)
        if (!here.length) return
        e.preventDefault()
        e.stopPropagation()
        onHighlightClick(
          here.map((h) => h.id),
          sel.getRangeAt(0).getBoundingClientRect(),
        )
        return
      }
      e.preventDefault()
      e.stopPropagation()
      const span = caret.chunk.spans[caret.span]
      const { start, end } = e.code === 'KeyT' ? trimmed(span.text) : sentenceAround(span.text, caret.offset - span.start)
      const { view } = caret
      const from = posOf(caret.chunk, caret.span, span.start + start)
      const to = posOf(caret.chunk, caret.span, span.start + end)
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)))
      view.focus()
    },
    [lookup, onSelect, onHighlightClick, highlights],
  )

  const openStripe = useCallback((id: number, rect: DOMRect) => onHighlightClick([id], rect), [onHighlightClick])

  const handleClick = useCallback(
    (e: React.MouseEvent) => {
      const sel = window.getSelection()
      if (sel && !sel.isCollapsed) return
      const el = (e.target as HTMLElement).closest<HTMLElement>('[data-hl]')
      if (!el) return
      onHighlightClick(el.dataset.hl!.split(' ').map(Number), el.getBoundingClientRect())
    },
    [onHighlightClick],
  )

  return (
    // A document the researcher selects text in: mouse and keyboard selections both end in handlePointerUp.
    // Clicks open highlights; the keyboard has its own keys for that (H, Enter), handled in handleKeyDown.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/click-events-have-key-events
    <div
      ref={scroller}
      className={classes.scroller}
      onMouseUp={handlePointerUp}
      onKeyDownCapture={handleKeyDown}
      onClick={handleClick}
      role="document"
      aria-label={label}
      // The scroller takes focus so the keyboard can scroll it (and start a selection in it).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      data-testid="reader"
    >
      {chunks.map((c) => (
        <div key={c.index} data-slot={c.index} className={classes.slot}>
          {visible.has(c.index) ? (
            <div data-chunk={c.index} className={classes.chunk}>
              <ChunkView
                chunk={c}
                highlights={perChunk[c.index]}
                pending={pendingChunks.has(c.index) ? pending : null}
                selectedId={selectedChunks.has(c.index) ? selectedId : null}
                onView={onView}
                label={label}
              />
              <Stripes highlights={perChunk[c.index]} onOpen={openStripe} />
            </div>
          ) : (
            <div style={{ height: heights.current.get(c.index) ?? c.estimate }} aria-hidden />
          )}
        </div>
      ))}
    </div>
  )
}

function posFor(chunk: ReturnType<typeof chunkSpans>[number], documentId: number, offset: number): number {
  const i = chunk.spans.findIndex((s) => s.documentId === documentId && offset >= s.start && offset <= s.end)
  return posOf(chunk, Math.max(i, 0), offset)
}

function scrollToPos(view: EditorView, pos: number): void {
  const { node } = view.domAtPos(pos)
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : node.parentElement
  el?.scrollIntoView({ block: 'center' })
}
