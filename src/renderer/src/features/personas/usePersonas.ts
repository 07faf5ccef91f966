/** The project's persona cards for the gallery: list, draft from segments, delete (each undoable; an undo reloads the list). */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Persona, PersonaLanguage, PersonaSummary } from '../../../../shared/persona/content'
import { invoke } from '../../api/client'
import { STALE, useNewest } from '../../api/newest'
import { useCodingChanges } from '../coding/changes'
import { refreshUndo } from '../coding/undoState'
import { notifyError } from '../errors/notifyError'

export function usePersonas() {
  const { t } = useTranslation()
  const [personas, setPersonas] = useState<PersonaSummary[] | null>(null)
  // Full cards for the gallery (context, needs, direction); summaries alone lack them.
  const [cards, setCards] = useState<Map<number, Persona>>(new Map())

  const newest = useNewest()

  const reload = useCallback(async () => {
    try {
      const answer = await newest.take(
        (async () => {
          const list = await invoke('personas.list', {})
          return { list, full: await Promise.all(list.map((p) => invoke('personas.get', { id: p.id }))) }
        })(),
      )
      if (answer === STALE) return
      setCards(new Map(answer.full.map((p) => [p.id, p])))
      setPersonas(answer.list)
    } catch (err) {
      notifyError(t, err)
    }
  }, [t, newest])

  useEffect(() => void reload(), [reload])
  useCodingChanges(() => void reload())

  /** Drafts one card per chosen segment; returns the new cards (empty on failure). */
  const draft = useCallback(
    async (segmentIds: number[], language: PersonaLanguage): Promise<Persona[]> => {
      try {
        const made: Persona[] = []
        for (const segmentId of segmentIds) made.push(await invoke('personas.draftFromSegment', { segmentId, language }))
        refreshUndo()
        await reload()
        return made
      } catch (err) {
        notifyError(t, err)
        refreshUndo()
        await reload()
        return []
      }
    },
    [t, reload],
  )

  const remove = useCallback(
    async (id: number) => {
      try {
        await invoke('personas.delete', { id })
        refreshUndo()
        setPersonas((list) => list?.filter((p) => p.id !== id) ?? null)
      } catch (err) {
        notifyError(t, err)
      }
    },
    [t],
  )

  return { personas, cards, reload, draft, remove }
}
