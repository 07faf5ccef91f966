/** One document with its speaker turns, laid out as the reader's spans. */
import { useEffect, useMemo, useState } from 'react'
import type { DocumentView } from '../../../../shared/contract/sources'
import { invoke } from '../../api/client'
import { documentSpans } from './reader/layout'
import { useReportErrors } from './useErrors'

export function useDocument(documentId: number | null) {
  const [doc, setDoc] = useState<DocumentView | null>(null)
  const report = useReportErrors()
  useEffect(() => {
    setDoc(null)
    if (documentId == null) return
    let live = true
    void report(invoke('documents.get', { id: documentId })).then((d) => live && d && setDoc(d))
    return () => {
      live = false
    }
  }, [documentId, report])
  const spans = useMemo(() => (doc ? documentSpans(doc) : []), [doc])
  return { doc, spans }
}
