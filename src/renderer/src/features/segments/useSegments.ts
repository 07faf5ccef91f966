/** The project's saved segments (runs and rules), with rename and delete, refreshed after every change. */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SegmentSummary } from '../../../../shared/contract/segments'
import { invoke } from '../../api/client'
import { notifyError } from '../errors/notifyError'

export function useSegments() {
  const { t } = useTranslation()
  const [segments, setSegments] = useState<SegmentSummary[] | null>(null)

  const reload = useCallback(async () => {
    try {
      setSegments(await invoke('segments.list', {}))
    } catch (err) {
      notifyError(t, err)
    }
  }, [t])

  useEffect(() => void reload(), [reload])

  const rename = useCallback(
    async (id: number, name: string) => {
      try {
        const updated = await invoke('segments.rename', { id, name })
        setSegments((list) => list?.map((s) => (s.id === id ? updated : s)) ?? null)
      } catch (err) {
        notifyError(t, err)
      }
    },
    [t],
  )

  const remove = useCallback(
    async (id: number) => {
      try {
        await invoke('segments.delete', { id })
        setSegments((list) => list?.filter((s) => s.id !== id) ?? null)
      } catch (err) {
        notifyError(t, err)
      }
    },
    [t],
  )

  return { segments, reload, rename, remove }
}
