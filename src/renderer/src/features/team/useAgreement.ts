/** Runs the agreement check for the chosen coders and sources; keeps the last report. */
import { useCallback, useState } from 'react'
import type { AgreementReport } from '../../../../shared/contract/interop'
import { invoke } from '../../api/client'

export interface AgreementRequest {
  coderA: string
  coderB: string
  /** Sources to compare within; every document when empty. */
  sourceIds: number[]
}

export function useAgreement() {
  const [report, setReport] = useState<AgreementReport | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const compare = useCallback(async ({ coderA, coderB, sourceIds }: AgreementRequest) => {
    setBusy(true)
    setError(null)
    try {
      let documentIds: number[] | undefined
      if (sourceIds.length) {
        const lists = await Promise.all(sourceIds.map((id) => invoke('sources.documents', { id })))
        documentIds = lists.flat().map((d) => d.id)
      }
      setReport(await invoke('coding.agreement', { coderA, coderB, documentIds }))
    } catch (err) {
      setReport(null)
      setError(err)
    } finally {
      setBusy(false)
    }
  }, [])

  return { report, error, busy, compare }
}
