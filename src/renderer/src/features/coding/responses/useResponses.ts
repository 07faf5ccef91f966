/** Every answer to one open question (or every note of one feedback column), as reader spans. */
import { useEffect, useMemo, useState } from 'react'
import type { SourceRowsPage } from '../../../../../shared/contract/sources'
import { invoke } from '../../../api/client'
import type { Span } from '../reader/layout'
import { useReportErrors } from '../useErrors'

const PAGE = 1000

export function useResponses(sourceId: number, question: string) {
  const [rows, setRows] = useState<SourceRowsPage['rows'] | null>(null)
  const report = useReportErrors()
  useEffect(() => {
    let live = true
    setRows(null)
    void (async () => {
      const all: SourceRowsPage['rows'] = []
      for (let offset = 0; ; offset += PAGE) {
        const page = await report(invoke('sources.rows', { id: sourceId, question, offset, limit: PAGE }))
        if (!page || !live) break
        all.push(...page.rows)
        if (all.length >= page.total || page.rows.length === 0) break
      }
      if (live) setRows(all)
    })()
    return () => {
      live = false
    }
  }, [sourceId, question, report])

  const spans = useMemo<Span[]>(
    () =>
      (rows ?? [])
        .filter((r) => r.text.trim())
        .map((r) => ({
          documentId: r.documentId,
          start: 0,
          end: r.text.length,
          text: r.text,
          dir: r.direction,
          caption: r.participant ?? `#${r.rowNumber ?? ''}`,
        })),
    [rows],
  )
  const documentIds = useMemo(() => spans.map((s) => s.documentId), [spans])
  return { loaded: rows !== null, spans, documentIds }
}
