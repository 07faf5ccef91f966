/** Writes the sharing copy through the service and keeps what it reports for the dialog to show. */
import { useCallback, useState } from 'react'
import type { SharingCopy } from '../../../../shared/contract/interop'
import { invoke } from '../../api/client'

export function useExportForSharing() {
  const [busy, setBusy] = useState(false)
  const [written, setWritten] = useState<SharingCopy | null>(null)
  const [error, setError] = useState<unknown>(null)

  const exportCopy = useCallback(
    async (path: string, anonymise: boolean, choices: { identifyingAttributes?: string[]; maskNames?: string[] } = {}) => {
      setBusy(true)
      setError(null)
      try {
        setWritten(await invoke('project.exportForSharing', { path, anonymise, ...(anonymise ? choices : {}) }))
      } catch (err) {
        setError(err)
      } finally {
        setBusy(false)
      }
    },
    [],
  )

  const reset = useCallback(() => {
    setWritten(null)
    setError(null)
  }, [])

  return { busy, written, error, exportCopy, reset }
}
