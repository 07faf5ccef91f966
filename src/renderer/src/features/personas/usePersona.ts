/**
 * One persona being edited: the card, its quotes, its own picture, and every edit the editor makes.
 * Each edit returns the card as main stored it (sanitised), which replaces the local copy, and is
 * one step in the undo history. An undo or redo reloads the card and bumps `revision`, so fields
 * that keep their own text while typed in (name, context, section text) start again from it.
 */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonaEvidenceQuote } from '../../../../shared/contract/personas'
import type { InputOf } from '../../../../shared/contract'
import type { Persona } from '../../../../shared/persona/content'
import { ApiError, invoke } from '../../api/client'
import { STALE, useNewest } from '../../api/newest'
import { useCodingChanges } from '../coding/changes'
import { refreshUndo } from '../coding/undoState'
import { notifyError } from '../errors/notifyError'

export type PersonaPatch = Omit<InputOf<'personas.update'>, 'id'>

export function usePersona(id: number | null) {
  const { t } = useTranslation()
  const [persona, setPersona] = useState<Persona | null>(null)
  const [quotes, setQuotes] = useState<PersonaEvidenceQuote[]>([])
  const [imageUrl, setImageUrl] = useState<string | null>(null)
  const [revision, setRevision] = useState(0)
  /** The card no longer exists (an undo took back its drafting, or a redo its deletion). */
  const [gone, setGone] = useState(false)

  const loadQuotes = useCallback(async (personaId: number) => setQuotes(await invoke('personas.evidence', { personaId })), [])
  const loadImage = useCallback(async (p: Persona) => {
    setImageUrl(p.hasImage ? (await invoke('personas.avatarImage', { personaId: p.id })).dataUrl : null)
  }, [])

  /**
   * Every answer that carries the card goes through here: two requests can cross on the way back (a
   * reload after an undo, an edit typed meanwhile), and only the one asked last may set the card.
   */
  const newest = useNewest()
  const cardFrom = useCallback(
    async (request: Promise<Persona>): Promise<Persona | null> => {
      const p = await newest.take(request)
      if (p === STALE) return null
      setPersona(p)
      return p
    },
    [newest],
  )

  useEffect(() => {
    if (id == null) return setPersona(null)
    let live = true
    ;(async () => {
      try {
        const p = await newest.take(invoke('personas.get', { id }))
        if (!live || p === STALE) return
        setPersona(p)
        await Promise.all([loadQuotes(id), loadImage(p)])
      } catch (err) {
        notifyError(t, err)
      }
    })()
    return () => {
      live = false
    }
  }, [id, t, loadQuotes, loadImage, newest])

  useCodingChanges(() => {
    if (id == null) return
    ;(async () => {
      try {
        const p = await cardFrom(invoke('personas.get', { id }))
        if (!p) return
        setRevision((r) => r + 1)
        await Promise.all([loadQuotes(id), loadImage(p)])
      } catch (err) {
        if (err instanceof ApiError && err.code === 'not_found') setGone(true)
        else notifyError(t, err)
      }
    })()
  })

  const update = useCallback(
    async (patch: PersonaPatch) => {
      if (id == null) return
      try {
        await cardFrom(invoke('personas.update', { id, ...patch }))
        refreshUndo()
      } catch (err) {
        notifyError(t, err)
      }
    },
    [id, t, cardFrom],
  )

  const attach = useCallback(
    async (sectionId: string, highlightId: number) => {
      if (id == null) return
      try {
        await cardFrom(invoke('personas.attachEvidence', { personaId: id, sectionId, highlightId }))
        refreshUndo()
        await loadQuotes(id)
      } catch (err) {
        notifyError(t, err)
      }
    },
    [id, t, loadQuotes, cardFrom],
  )

  const detach = useCallback(
    async (sectionId: string, highlightId: number) => {
      if (id == null) return
      try {
        await cardFrom(invoke('personas.detachEvidence', { personaId: id, sectionId, highlightId }))
        refreshUndo()
        await loadQuotes(id)
      } catch (err) {
        notifyError(t, err)
      }
    },
    [id, t, loadQuotes, cardFrom],
  )

  const setImage = useCallback(
    async (path: string) => {
      if (id == null) return
      try {
        const p = await cardFrom(invoke('personas.setAvatarImage', { personaId: id, path }))
        refreshUndo()
        if (p) await loadImage(p)
      } catch (err) {
        notifyError(t, err)
      }
    },
    [id, t, loadImage, cardFrom],
  )

  /** Keeps an uncoded quote (drafting again will not swap it), or replaces it with other members' words. */
  const quoteAction = useCallback(
    async (ref: string, action: 'keep' | 'unkeep' | 'replace') => {
      if (id == null) return
      try {
        await cardFrom(
          action === 'replace'
            ? invoke('personas.replaceQuote', { personaId: id, ref })
            : invoke('personas.keepQuote', { personaId: id, ref, keep: action === 'keep' }),
        )
        // The quotes section's text changed under its editor: start it again from the stored card.
        setRevision((r) => r + 1)
        refreshUndo()
      } catch (err) {
        notifyError(t, err)
      }
    },
    [id, t, cardFrom],
  )

  /** Takes a breadcrumb off the card. */
  const removeBreadcrumb = useCallback(
    async (key: string) => {
      if (id == null) return
      try {
        await cardFrom(invoke('personas.removeBreadcrumb', { personaId: id, key }))
        refreshUndo()
      } catch (err) {
        notifyError(t, err)
      }
    },
    [id, t, cardFrom],
  )

  return { persona, quotes, imageUrl, revision, gone, update, attach, detach, setImage, quoteAction, removeBreadcrumb }
}
