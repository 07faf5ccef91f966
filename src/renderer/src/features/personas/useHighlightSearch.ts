/**
 * The evidence panel's source of highlights. With words typed, search.query finds where they are
 * said and the highlights covering those places are offered (a search hit is not yet evidence;
 * a highlight is). With only a code chosen, that code's coded segments are offered.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodeRow } from '../../../../shared/contract/codes'
import { invoke } from '../../api/client'
import { notifyError } from '../errors/notifyError'

export interface HighlightChoice {
  highlightId: number
  text: string
  documentId: number
  documentTitle: string
  source: string
  participant: string | null
  start: number
  end: number
  codes: string[]
}

const MAX = 60

async function byCode(codeId: number): Promise<HighlightChoice[]> {
  const segments = await invoke('coding.segments', { codeIds: [codeId] })
  return segments.slice(0, MAX).map((s) => ({
    highlightId: s.highlightIds[0],
    text: s.text,
    documentId: s.documentId,
    documentTitle: s.documentTitle,
    source: s.source,
    participant: s.participant,
    start: s.start,
    end: s.end,
    codes: s.codes,
  }))
}

async function byWords(query: string, codeId: number | null): Promise<HighlightChoice[]> {
  const result = await invoke('search.query', { query, limit: 200, count: false, filters: codeId ? { codeIds: [codeId] } : undefined })
  const documents = [...new Set(result.hits.map((h) => h.document))].slice(0, 200)
  if (!documents.length) return []
  const highlights = await invoke('highlights.list', { documentIds: documents })
  const found: HighlightChoice[] = []
  const seen = new Set<number>()
  for (const hit of result.hits) {
    for (const h of highlights) {
      if (seen.has(h.id) || h.documentId !== hit.document || h.end <= hit.start || h.start >= hit.end) continue
      if (codeId && !h.codes.some((c) => c.id === codeId)) continue
      seen.add(h.id)
      found.push({
        highlightId: h.id,
        text: h.text,
        documentId: h.documentId,
        documentTitle: hit.documentTitle,
        source: hit.source,
        participant: hit.participant,
        start: h.start,
        end: h.end,
        codes: h.codes.map((c) => c.name),
      })
    }
    if (found.length >= MAX) break
  }
  return found
}

export function useHighlightSearch(query: string, codeId: number | null) {
  const { t } = useTranslation()
  const [codes, setCodes] = useState<CodeRow[]>([])
  const [results, setResults] = useState<HighlightChoice[] | null>(null)
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    invoke('codes.list', {})
      .then((list) => setCodes(list.filter((c) => c.count > 0)))
      .catch((err) => notifyError(t, err))
  }, [t])

  useEffect(() => {
    const words = query.trim()
    if (!words && codeId == null) return setResults(null)
    let live = true
    setLoading(true)
    // Typing is debounced so each keystroke does not start a search.
    const timer = setTimeout(() => {
      ;(words ? byWords(words, codeId) : byCode(codeId!))
        .then((r) => live && setResults(r))
        .catch((err) => live && notifyError(t, err))
        .finally(() => live && setLoading(false))
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [query, codeId, t])

  return { codes, results, loading }
}
