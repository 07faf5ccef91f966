/**
 * A survey's answers, read from sources.rows a page at a time as the table scrolls to them.
 * Pages stay cached while the source and question filter stay the same; a change starts over.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SourceRowsPage } from '../../../../shared/contract/sources'
import { invoke } from '../../api/client'

export const PAGE_SIZE = 200
export type SourceRowItem = SourceRowsPage['rows'][number]

export function useRowPages(sourceId: number, question: string | null) {
  const [total, setTotal] = useState<number | null>(null)
  const [questions, setQuestions] = useState<string[]>([])
  const [error, setError] = useState<unknown>(null)
  const [, setLoaded] = useState(0)
  const pages = useRef(new Map<number, SourceRowItem[]>())
  const inflight = useRef(new Set<number>())
  const generation = useRef(0)

  const fetchPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inflight.current.has(page)) return
      inflight.current.add(page)
      const gen = generation.current
      invoke('sources.rows', { id: sourceId, offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...(question ? { question } : {}) }).then(
        (r) => {
          if (gen !== generation.current) return
          inflight.current.delete(page)
          pages.current.set(page, r.rows)
          setTotal(r.total)
          setQuestions(r.questions)
          setLoaded((n) => n + 1)
        },
        (err) => {
          if (gen !== generation.current) return
          inflight.current.delete(page)
          setError(err)
        },
      )
    },
    [sourceId, question],
  )

  useEffect(() => {
    generation.current++
    pages.current = new Map()
    inflight.current = new Set()
    setTotal(null)
    setError(null)
    fetchPage(0)
  }, [fetchPage])

  /** Loads the pages that hold rows first..last (the ones on screen). */
  const ensure = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) fetchPage(p)
    },
    [fetchPage],
  )

  const rowAt = (index: number): SourceRowItem | null => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] ?? null

  return { total, questions, error, ensure, rowAt }
}
