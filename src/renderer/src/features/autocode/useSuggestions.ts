/** The review queue of auto-code suggestions; nothing becomes a highlight until accepted here. */
import { useCallback, useEffect, useState } from 'react'
import type { Suggestion } from '../../../../shared/contract/autocode'
import { invoke } from '../../api/client'
import { STALE, useNewest } from '../../api/newest'
import { announceCodingChange, useCodingChanges } from '../coding/changes'
import { refreshUndo } from '../coding/undoState'
import { useReportErrors } from '../coding/useErrors'

export function useSuggestions(codeId: number | null) {
  const [items, setItems] = useState<Suggestion[]>([])
  const [total, setTotal] = useState(0)
  const [loaded, setLoaded] = useState(false)
  const report = useReportErrors()

  // A list asked for the code shown before may answer after the one for the code shown now.
  const newest = useNewest()
  const reload = useCallback(() => {
    void newest.take(report(invoke('autocode.list', { status: 'pending', codeId: codeId ?? undefined, limit: 1000 }))).then((r) => {
      if (r === STALE) return
      setLoaded(true)
      if (!r) return
      setItems(r.suggestions)
      setTotal(r.total)
    })
  }, [codeId, report, newest])
  useEffect(reload, [reload])
  useCodingChanges(reload)

  const done = () => {
    announceCodingChange()
    refreshUndo()
  }
  return {
    items,
    total,
    loaded,
    /** Runs the rules of these codes, or of the code shown (all codes when none is). */
    run: async (codeIds?: number[]) => {
      const r = await report(invoke('autocode.run', { codeIds: codeIds ?? (codeId ? [codeId] : undefined) }))
      if (r) done()
      return r
    },
    accept: async (ids: number[] | 'all') => {
      const r = await report(invoke('autocode.accept', ids === 'all' ? { all: true } : { ids }))
      if (r) done()
      return r
    },
    reject: async (ids: number[] | 'all') => {
      const r = await report(invoke('autocode.reject', ids === 'all' ? { all: true } : { ids }))
      if (r) done()
      return r
    },
  }
}
