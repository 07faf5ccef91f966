/**
 * The highlights of what the reader shows (one document, or a response list's answers), with
 * tagging, editing and deleting. A change updates this list in place at once and the undo
 * label after, so the painted highlight never waits for a reload.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { HighlightView } from '../../../../shared/contract/coding'
import { invoke } from '../../api/client'
import { STALE, useNewest } from '../../api/newest'
import { useCodingChanges } from './changes'
import { useReportErrors } from './useErrors'
import { refreshUndo } from './undoState'

export interface HighlightPatch {
  codeIds?: number[]
  memo?: string | null
  dueDate?: string | null
  severity?: number | null
  whatHappened?: string | null
}

function byStart(a: HighlightView, b: HighlightView) {
  return a.documentId - b.documentId || a.start - b.start || a.end - b.end || a.id - b.id
}

export function useHighlights(documentIds: number[] | null, onCodesChanged: () => void) {
  const [highlights, setHighlights] = useState<HighlightView[]>([])
  const report = useReportErrors()
  const key = documentIds?.join(',') ?? ''

  const newest = useNewest()

  const reload = useCallback(() => {
    if (!documentIds?.length) {
      newest.supersede()
      return setHighlights([])
    }
    const input = documentIds.length === 1 ? { documentId: documentIds[0] } : { documentIds }
    void newest.take(report(invoke('highlights.list', input))).then((list) => list && list !== STALE && setHighlights(list))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, report, newest])
  useEffect(reload, [reload])
  useCodingChanges(reload)

  // The undo label and the codebook's counts follow once the change is painted: their requests and
  // renders must not hold up the frame that shows it (tagging's key press to painted, bench/tagging.ts).
  const after = useCallback(() => {
    // This change overtakes any reload still on its way (which may carry other news): one asked now includes both.
    if (newest.supersede()) reload()
    requestAnimationFrame(() =>
      setTimeout(() => {
        refreshUndo()
        onCodesChanged()
      }, 0),
    )
  }, [onCodesChanged, reload, newest])

  const create = useCallback(
    async (documentId: number, start: number, end: number, codeIds: number[]) => {
      const h = await report(invoke('highlights.create', { documentId, start, end, codeIds }))
      if (!h) return undefined
      setHighlights((list) => [...list, h].sort(byStart))
      after()
      return h
    },
    [report, after],
  )

  const update = useCallback(
    async (id: number, patch: HighlightPatch) => {
      const h = await report(invoke('highlights.update', { id, ...patch }))
      if (!h) return undefined
      setHighlights((list) => list.map((x) => (x.id === id ? h : x)))
      after()
      return h
    },
    [report, after],
  )

  const remove = useCallback(
    async (id: number) => {
      const done = await report(invoke('highlights.delete', { id }))
      if (done === undefined) return false
      setHighlights((list) => list.filter((x) => x.id !== id))
      after()
      return true
    },
    [report, after],
  )

  const coders = useMemo(() => [...new Set(highlights.map((h) => h.coder).filter((c): c is string => Boolean(c)))].sort(), [highlights])
  return { highlights, coders, create, update, remove, reload }
}
