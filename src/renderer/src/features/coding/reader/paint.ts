/**
 * Highlights as ProseMirror decorations. Overlaps are cut into pieces at every boundary, so
 * each piece knows every highlight over it: the first gives the tint, each further one adds
 * an underline below the previous (stacked inset shadows), and where two or more start to
 * overlap a small count is shown. Nothing here touches the document: highlights stay offsets.
 */
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { HighlightView } from '../../../../../shared/contract/coding'
import type { Chunk } from './layout'
import { posOf } from './layout'

export interface PendingSpan {
  documentId: number
  start: number
  end: number
}

const UNCODED = '#868e96'
const MAX_LINES = 4

export function colorOf(h: HighlightView): string {
  return h.codes[0]?.color ?? UNCODED
}

function pieceStyle(cover: HighlightView[]): string {
  const tint = `${colorOf(cover[0])}33`
  const lines = cover.slice(0, MAX_LINES).map((h, i) => `inset 0 -${(i + 1) * 2}px 0 ${colorOf(h)}`)
  return `background-color:${tint};box-shadow:${lines.join(',')}`
}

function speakerWidget(label: string, time: string | null, interviewer: boolean): () => HTMLElement {
  return () => {
    const el = document.createElement('span')
    el.className = interviewer ? 'needle-speaker needle-speaker-interviewer' : 'needle-speaker'
    el.contentEditable = 'false'
    const name = document.createElement('b')
    name.textContent = label
    el.append(name)
    if (time) {
      const t = document.createElement('time')
      t.textContent = time
      el.append(t)
    }
    return el
  }
}

function countWidget(n: number): () => HTMLElement {
  return () => {
    const el = document.createElement('sup')
    el.className = 'needle-overlap'
    el.contentEditable = 'false'
    el.textContent = String(n)
    return el
  }
}

export function formatTime(ms: number): string {
  const s = Math.floor(ms / 1000)
  const h = Math.floor(s / 3600)
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0')
  const ss = String(s % 60).padStart(2, '0')
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

export function buildDecorations(
  doc: PMNode,
  chunk: Chunk,
  highlights: HighlightView[],
  pending: PendingSpan | null,
  selectedId: number | null,
): DecorationSet {
  const decos: Decoration[] = []
  chunk.spans.forEach((span, i) => {
    const para = chunk.paraPos[i]
    decos.push(Decoration.node(para, para + span.text.length + 2, { dir: span.dir, class: 'needle-turn' }))
    if (span.speaker || span.caption) {
      const time = span.timeMs != null ? formatTime(span.timeMs) : null
      decos.push(
        Decoration.widget(para + 1, speakerWidget(span.speaker ?? span.caption ?? '', time, Boolean(span.interviewer)), {
          side: -1,
          key: `s${i}`,
        }),
      )
    }
    const mine = highlights.filter((h) => h.documentId === span.documentId && h.start < span.end && h.end > span.start)
    if (mine.length) paintSpan(decos, chunk, i, mine, selectedId)
    if (pending && pending.documentId === span.documentId && pending.start < span.end && pending.end > span.start) {
      decos.push(Decoration.inline(posOf(chunk, i, pending.start), posOf(chunk, i, pending.end), { class: 'needle-pending' }))
    }
  })
  return DecorationSet.create(doc, decos)
}

function paintSpan(decos: Decoration[], chunk: Chunk, i: number, mine: HighlightView[], selectedId: number | null): void {
  const span = chunk.spans[i]
  const cuts = new Set<number>()
  for (const h of mine) {
    cuts.add(Math.max(h.start, span.start))
    cuts.add(Math.min(h.end, span.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  let before = 0
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]
    const b = points[k + 1]
    const cover = mine.filter((h) => h.start <= a && h.end >= b)
    if (cover.length === 0) {
      before = 0
      continue
    }
    const ids = cover.map((h) => h.id).join(' ')
    // Named for the eye (a tooltip on hover) and for screen readers (a mark with its codes described).
    const codes = [...new Set(cover.flatMap((h) => h.codes.map((c) => c.name)))].join(', ')
    const selected = selectedId != null && cover.some((h) => h.id === selectedId)
    decos.push(
      Decoration.inline(posOf(chunk, i, a), posOf(chunk, i, b), {
        class: selected ? 'needle-hl needle-hl-selected' : 'needle-hl',
        style: pieceStyle(cover),
        'data-hl': ids,
        role: 'mark',
        title: codes,
        'aria-description': codes,
      }),
    )
    if (cover.length >= 2 && cover.length > before)
      decos.push(Decoration.widget(posOf(chunk, i, a), countWidget(cover.length), { side: 1, key: `c${a}-${cover.length}` }))
    before = cover.length
  }
}
