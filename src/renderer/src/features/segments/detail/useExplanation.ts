/** One segment's explanation, fetched when a segment is opened; today's date makes deadlines "past" or not. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SegmentExplanation } from '../../../../../shared/contract/segments'
import { invoke } from '../../../api/client'
import { notifyError } from '../../errors/notifyError'

function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function useExplanation(segmentId: number | null) {
  const { t } = useTranslation()
  const [explanation, setExplanation] = useState<SegmentExplanation | null>(null)
  useEffect(() => {
    setExplanation(null)
    if (segmentId === null) return
    let live = true
    invoke('segments.explain', { segmentId, today: today() })
      .then((e) => live && setExplanation(e))
      .catch((err: unknown) => live && notifyError(t, err))
    return () => {
      live = false
    }
  }, [segmentId, t])
  return explanation
}
