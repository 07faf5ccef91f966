/**
 * What a rule can name: participants' attributes and their values, codes (needs for ratings),
 * and lifecycle stages from the saved scores. Loaded once per visit to the rules tab.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodeRow } from '../../../../../shared/contract/codes'
import type { ParticipantRow } from '../../../../../shared/contract/participants'
import { invoke } from '../../../api/client'
import { notifyError } from '../../errors/notifyError'

export interface RuleVocabulary {
  participants: ParticipantRow[]
  /** Attribute name → its distinct values, sorted. */
  attributes: Map<string, string[]>
  codes: CodeRow[]
  stages: string[]
}

export function useRuleVocabulary(): RuleVocabulary | null {
  const { t } = useTranslation()
  const [vocab, setVocab] = useState<RuleVocabulary | null>(null)
  useEffect(() => {
    let live = true
    Promise.all([invoke('participants.list', {}), invoke('codes.list', {}), invoke('scores.get', {})])
      .then(([participants, codes, scores]) => {
        if (!live) return
        const people = participants.filter((p) => !p.isInterviewer)
        const attributes = new Map<string, Set<string>>()
        for (const p of people)
          for (const [k, v] of Object.entries(p.attributes)) {
            if (!attributes.has(k)) attributes.set(k, new Set())
            if (v !== null && v !== '') attributes.get(k)!.add(v)
          }
        const stages = [...new Set((scores?.rows ?? []).map((r) => r.lifecycle).filter((s): s is string => !!s))].sort()
        setVocab({
          participants: people,
          attributes: new Map(
            [...attributes].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort((a, b) => a.localeCompare(b))]),
          ),
          codes,
          stages,
        })
      })
      .catch((err: unknown) => live && notifyError(t, err))
    return () => {
      live = false
    }
  }, [t])
  return vocab
}
