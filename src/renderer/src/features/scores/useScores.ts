/** The saved 3D scores, and recomputing them with new weights (which also saves the weights for rules). */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScoreSettings, ScoreTable } from '../../../../shared/contract/segments'
import { invoke } from '../../api/client'
import { notifyError } from '../errors/notifyError'

export function useScores() {
  const { t } = useTranslation()
  const [table, setTable] = useState<ScoreTable | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [computing, setComputing] = useState(false)

  useEffect(() => {
    let live = true
    invoke('scores.get', {})
      .then((s) => {
        if (!live) return
        setTable(s)
        setLoaded(true)
      })
      .catch((err: unknown) => live && notifyError(t, err))
    return () => {
      live = false
    }
  }, [t])

  const compute = useCallback(
    async (settings: ScoreSettings) => {
      setComputing(true)
      try {
        setTable(await invoke('scores.compute', settings))
      } catch (err) {
        notifyError(t, err)
      } finally {
        setComputing(false)
      }
    },
    [t],
  )

  return { table, loaded, computing, compute }
}
