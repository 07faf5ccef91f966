/** A search as the researcher types: debounced, newest answer wins, more pages on demand. */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchCursor, SearchFilters, SearchHit } from '../../../../shared/contract/search'
import { ApiError, invoke } from '../../api/client'
import { useCodingChanges } from '../coding/changes'
import { useReportErrors } from '../coding/useErrors'

const PAGE = 100

/** A newer query replaces the running search on the server, which answers the old one `cancelled`: not an error to show. */
function unlessReplaced<T>(work: Promise<T>): Promise<T | undefined> {
  return work.catch((err: unknown) => {
    if (err instanceof ApiError && err.code === 'cancelled') return undefined
    throw err
  })
}

export function useSearch(query: string, filters: SearchFilters) {
  const [hits, setHits] = useState<SearchHit[]>([])
  const [total, setTotal] = useState(0)
  const [more, setMore] = useState(false)
  /** Where the shown hits end: "more" resumes there, so each page costs only its own hits. */
  const [next, setNext] = useState<SearchCursor | null>(null)
  const [busy, setBusy] = useState(false)
  const [version, setVersion] = useState(0)
  /** The query (and filters) the shown results answer, so a count is never shown for what is still being typed. */
  const [answered, setAnswered] = useState('')
  const report = useReportErrors()
  const seq = useRef(0)
  const filterKey = JSON.stringify(filters)

  useEffect(() => {
    const q = query.trim()
    const mine = ++seq.current
    if (!q) {
      setHits([])
      setTotal(0)
      setMore(false)
      setNext(null)
      return
    }
    const timer = setTimeout(() => {
      setBusy(true)
      void report(unlessReplaced(invoke('search.query', { query: q, filters, limit: PAGE }))).then((r) => {
        if (mine !== seq.current) return
        setBusy(false)
        setHits(r?.hits ?? [])
        setTotal(r?.total ?? 0)
        setMore(r?.more ?? false)
        setNext(r?.next ?? null)
        setAnswered(`${q}\u0000${filterKey}`)
      })
    }, 200)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, filterKey, version, report])

  // A code filter's results change when coding changes (code all, undo).
  useCodingChanges(useCallback(() => setVersion((v) => v + 1), []))

  const loadMore = () => {
    const mine = seq.current
    if (!next) return
    const page = invoke('search.query', { query: query.trim(), filters, limit: PAGE, after: next, count: false })
    void report(unlessReplaced(page)).then((r) => {
      if (!r || mine !== seq.current) return
      setHits((h) => [...h, ...r.hits])
      setMore(r.more)
      setNext(r.next)
    })
  }
  const settled = !busy && answered === `${query.trim()}\u0000${filterKey}`
  return { hits, total, more, busy, settled, loadMore }
}
