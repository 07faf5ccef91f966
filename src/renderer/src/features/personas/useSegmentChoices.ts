/** Saved segments a persona can be drafted from. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SegmentSummary } from '../../../../shared/contract/segments'
import { invoke } from '../../api/client'
import { notifyError } from '../errors/notifyError'

export function useSegmentChoices(active: boolean): SegmentSummary[] | null {
  const { t } = useTranslation()
  const [segments, setSegments] = useState<SegmentSummary[] | null>(null)
  useEffect(() => {
    if (!active) return
    let live = true
    invoke('segments.list', {})
      .then((list) => live && setSegments(list))
      .catch((err) => notifyError(t, err))
    return () => {
      live = false
    }
  }, [active, t])
  return segments
}
