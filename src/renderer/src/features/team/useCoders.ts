/** The coders who coded in the open project, re-read when its content changes (a merge adds coders). */
import { useEffect, useState } from 'react'
import type { CoderRow } from '../../../../shared/contract/interop'
import { invoke } from '../../api/client'
import { useAppState } from '../../app/appState'

export function useCoders() {
  const project = useAppState().state?.project ?? null
  const [coders, setCoders] = useState<CoderRow[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const key = project ? `${project.path}:${project.counts.highlights}` : ''
  useEffect(() => {
    if (!key) return
    let live = true
    invoke('coding.coders', {}).then(
      (list) => live && setCoders(list),
      (err) => live && setError(err),
    )
    return () => {
      live = false
    }
  }, [key])
  return { coders, error }
}
