/** The codebook as a list in tree order, with every change a researcher can make to it. */
import { useCallback, useEffect, useState } from 'react'
import type { CodeRow } from '../../../../shared/contract/codes'
import type { CodeKind } from '../../../../shared/domain'
import { invoke } from '../../api/client'
import { STALE, useNewest } from '../../api/newest'
import { announceCodingChange, useCodingChanges } from '../coding/changes'
import { useReportErrors } from '../coding/useErrors'
import { refreshUndo } from '../coding/undoState'

export function useCodebook() {
  const [codes, setCodes] = useState<CodeRow[]>([])
  const [loaded, setLoaded] = useState(false)
  const report = useReportErrors()

  const newest = useNewest()

  const reload = useCallback(() => {
    void newest.take(report(invoke('codes.list', {}))).then((list) => {
      if (list === STALE) return
      if (list) setCodes(list)
      setLoaded(true)
    })
  }, [report, newest])
  useEffect(reload, [reload])
  useCodingChanges(reload)

  /** Changes that other views show (names, counts, colours) are announced to them. */
  const change = useCallback(
    async <T>(work: Promise<T>): Promise<T | undefined> => {
      const result = await report(work)
      if (result !== undefined) {
        announceCodingChange()
        refreshUndo()
      }
      return result
    },
    [report],
  )

  return {
    codes,
    loaded,
    reload,
    create: (name: string, kind: CodeKind, parentId?: number | null) =>
      change(invoke('codes.create', { name, kind, parentId: parentId ?? null })),
    update: (input: { id: number; name?: string; kind?: CodeKind; color?: string; description?: string; pin?: number | null }) =>
      change(invoke('codes.update', input)),
    move: (id: number, parentId: number | null, index?: number) => change(invoke('codes.move', { id, parentId, index })),
    merge: (from: number, into: number) => change(invoke('codes.merge', { from, into })),
    remove: (id: number, highlights: 'delete' | 'keep-uncoded' | 'move-to-parent') => change(invoke('codes.delete', { id, highlights })),
  }
}

export type Codebook = ReturnType<typeof useCodebook>
