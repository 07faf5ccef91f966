/** Chart data for the latest saved run (the service's default), re-fetched when the crosstab's attribute changes. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SegmentCharts } from '../../../../shared/contract/segments'
import { ApiError, invoke } from '../../api/client'
import { notifyError } from '../errors/notifyError'

export function useCharts(attribute: string | null) {
  const { t } = useTranslation()
  const [charts, setCharts] = useState<SegmentCharts | null>(null)
  const [missing, setMissing] = useState(false)
  useEffect(() => {
    let live = true
    invoke('segments.charts', attribute ? { attribute } : {})
      .then((c) => {
        if (!live) return
        setCharts(c)
        setMissing(c.segments.length === 0)
      })
      .catch((err: unknown) => {
        if (!live) return
        // No saved run yet is a state of the project, not a failure: the screen says what to do.
        if (err instanceof ApiError && err.code === 'not_found') setMissing(true)
        else notifyError(t, err)
      })
    return () => {
      live = false
    }
  }, [attribute, t])
  return { charts, missing }
}
