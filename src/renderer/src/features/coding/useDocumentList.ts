/**
 * What can be coded, by source: a transcript is one document; a survey or feedback file is
 * listed by question (or notes column), each opening as a response list.
 */
import { useEffect, useState } from 'react'
import type { SourceRow } from '../../../../shared/domain'
import { invoke } from '../../api/client'
import { useReportErrors } from './useErrors'

export interface SourceEntry {
  source: SourceRow
  documents: { id: number; title: string; direction: 'ltr' | 'rtl'; participant: string | null }[]
  questions: string[]
}

export function useDocumentList(sources: SourceRow[]) {
  const [entries, setEntries] = useState<SourceEntry[]>([])
  const report = useReportErrors()
  const key = sources.map((s) => `${s.id}:${s.documents}`).join(',')
  useEffect(() => {
    let live = true
    void Promise.all(
      sources.map(async (source): Promise<SourceEntry> => {
        if (source.kind === 'interview') {
          const documents = (await report(invoke('sources.documents', { id: source.id }))) ?? []
          return { source, documents, questions: [] }
        }
        const page = await report(invoke('sources.rows', { id: source.id, limit: 1 }))
        return { source, documents: [], questions: page?.questions ?? [] }
      }),
    ).then((list) => live && setEntries(list))
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, report])
  return entries
}
