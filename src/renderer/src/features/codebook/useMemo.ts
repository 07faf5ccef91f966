/** The memo on one thing (the project, a document, a code, a participant): load, save, remove. */
import { useCallback, useEffect, useState } from 'react'
import type { Memo, MemoTarget } from '../../../../shared/contract/codes'
import { invoke } from '../../api/client'
import { useReportErrors } from '../coding/useErrors'
import { refreshUndo } from '../coding/undoState'

export function useMemoOf(targetKind: MemoTarget, targetId: number | null) {
  const [memo, setMemo] = useState<Memo | null>(null)
  const [loaded, setLoaded] = useState(false)
  const report = useReportErrors()
  useEffect(() => {
    let live = true
    setLoaded(false)
    void report(invoke('memos.list', { targetKind, targetId })).then((list) => {
      if (!live) return
      setMemo(list?.[0] ?? null)
      setLoaded(true)
    })
    return () => {
      live = false
    }
  }, [targetKind, targetId, report])

  const save = useCallback(
    async (text: string) => {
      if (!text.trim()) {
        if (memo) await report(invoke('memos.delete', { id: memo.id }))
        setMemo(null)
      } else {
        const saved = await report(invoke('memos.save', { id: memo?.id, targetKind, targetId, text }))
        if (saved) setMemo(saved)
      }
      refreshUndo()
    },
    [memo, targetKind, targetId, report],
  )
  return { memo, loaded, save }
}
