/**
 * A reader with tagging: select, tag in the popover, click a highlight to edit it in the
 * side panel. Used for one document and for a response list alike.
 */
import { Box } from '@mantine/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { announce } from '../../app/announce'
import type { HighlightView } from '../../../../shared/contract/coding'
import type { CodeKind } from '../../../../shared/domain'
import type { Codebook } from '../codebook/useCodebook'
import { Reader, type ReaderHandle } from './reader/Reader'
import type { Span } from './reader/layout'
import type { PendingSpan } from './reader/paint'
import type { ResolvedRange } from './reader/resolveSelection'
import classes from './Coding.module.css'
import { CodeToggles } from './CodeToggles'
import { HighlightPanel } from './tagging/HighlightPanel'
import { TagPopover } from './tagging/TagPopover'
import { useHighlights } from './useHighlights'

interface Props {
  spans: Span[]
  documentIds: number[]
  codebook: Codebook
  coder: string | null
  label: string
  /** A span to show and mark when the surface opens (a search match). */
  reveal?: PendingSpan | null
  onCoders?(coders: string[]): void
}

export function CodingSurface({ spans, documentIds, codebook, coder, label, reveal, onCoders }: Props) {
  const { t } = useTranslation()
  const { highlights, coders, create, update, remove } = useHighlights(documentIds, codebook.reload)
  const [selection, setSelection] = useState<{ range: ResolvedRange; rect: DOMRect } | null>(null)
  const [selected, setSelected] = useState<{ id: number; others: number[] } | null>(null)
  const [mark, setMark] = useState<PendingSpan | null>(reveal ?? null)
  const reader = useRef<ReaderHandle>(null)

  useEffect(() => onCoders?.(coders), [coders, onCoders])
  useEffect(() => {
    if (!reveal) return
    setMark(reveal)
    const timer = setTimeout(() => reader.current?.reveal(reveal.documentId, reveal.start), 50)
    return () => clearTimeout(timer)
  }, [reveal])

  const byCoder = useMemo(() => (coder ? highlights.filter((h) => h.coder === coder) : highlights), [highlights, coder])
  const [hiddenCodes, setHiddenCodes] = useState<Set<number>>(() => new Set())
  // A highlight stays shown while any of its codes is switched on.
  const shown = useMemo(
    () => (hiddenCodes.size ? byCoder.filter((h) => h.codes.some((c) => !hiddenCodes.has(c.id))) : byCoder),
    [byCoder, hiddenCodes],
  )
  const toggleCode = (id: number) =>
    setHiddenCodes((s) => {
      const next = new Set(s)
      if (!next.delete(id)) next.add(id)
      return next
    })
  const textOf = useCallback(
    (r: ResolvedRange) => {
      const parts = spans.filter((s) => s.documentId === r.documentId && s.start < r.end && s.end > r.start)
      return parts.map((s) => s.text.slice(Math.max(r.start - s.start, 0), Math.min(r.end, s.end) - s.start)).join(' … ')
    },
    [spans],
  )

  const onSelect = useCallback((range: ResolvedRange, rect: DOMRect) => {
    setSelected(null)
    setMark(null)
    setSelection({ range, rect })
  }, [])
  const onHighlightClick = useCallback((ids: number[], _rect: DOMRect) => {
    setSelection(null)
    setSelected({ id: ids[ids.length - 1], others: ids })
  }, [])

  const closePopover = () => {
    setSelection(null)
    reader.current?.clearSelection()
  }
  const tag = async (codeIds: number[]) => {
    if (!selection || codeIds.length === 0) return
    const { range } = selection
    closePopover()
    const h = await create(range.documentId, range.start, range.end, codeIds)
    if (h) announce(t('a11y.reader.coded', { text: textOf(range).slice(0, 80), codes: h.codes.map((c) => c.name).join(', ') }))
    // A deadline's date and an emergency's severity are asked for at once, not discovered later.
    if (h && h.codes.some((c) => c.kind === 'deadline' || c.kind === 'emergency')) setSelected({ id: h.id, others: [h.id] })
  }
  const createCode = (name: string, kind: CodeKind) => codebook.create(name, kind)

  const current: HighlightView | undefined = selected ? highlights.find((h) => h.id === selected.id) : undefined
  const others = current && selected ? highlights.filter((h) => h.id !== current.id && selected.others.includes(h.id)) : []

  return (
    <div className={classes.surface}>
      <Box className={classes.readerBox}>
        <CodeToggles highlights={byCoder} hidden={hiddenCodes} onToggle={toggleCode} onShowAll={() => setHiddenCodes(new Set())} />
        <Reader
          ref={reader}
          spans={spans}
          highlights={shown}
          pending={selection ? selection.range : mark}
          selectedId={current?.id ?? null}
          onSelect={onSelect}
          onHighlightClick={onHighlightClick}
          label={label}
        />
      </Box>
      {current ? (
        <div className={classes.panel}>
          <HighlightPanel
            highlight={current}
            others={others}
            codes={codebook.codes}
            onSelect={(id) => setSelected((s) => (s ? { ...s, id } : s))}
            onUpdate={(patch) => void update(current.id, patch)}
            onDelete={() => void remove(current.id).then((ok) => ok && setSelected(null))}
            onCreate={createCode}
            onClose={() => setSelected(null)}
          />
        </div>
      ) : null}
      {selection ? (
        <TagPopover
          key={`${selection.range.documentId}:${selection.range.start}:${selection.range.end}`}
          rect={selection.rect}
          text={textOf(selection.range)}
          codes={codebook.codes}
          onTag={(ids) => void tag(ids)}
          onCreate={createCode}
          onClose={closePopover}
        />
      ) : null}
    </div>
  )
}
