/** A saved rule segment's members, and the researcher's manual additions and removals. */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutputOf } from '../../../../../shared/contract'
import { invoke } from '../../../api/client'
import { notifyError } from '../../errors/notifyError'

export type Member = OutputOf<'segments.members'>[number]

export function useRuleMembers(segmentId: number | null, onChanged: () => void) {
  const { t } = useTranslation()
  const [members, setMembers] = useState<Member[] | null>(null)

  const reload = useCallback(async () => {
    if (segmentId === null) return setMembers(null)
    try {
      setMembers(await invoke('segments.members', { id: segmentId }))
    } catch (err) {
      notifyError(t, err)
    }
  }, [segmentId, t])

  useEffect(() => void reload(), [reload])

  const change = useCallback(
    async (kind: 'add' | 'remove', participantIds: number[]) => {
      if (segmentId === null || participantIds.length === 0) return
      try {
        await invoke(kind === 'add' ? 'segments.addMembers' : 'segments.removeMembers', { id: segmentId, participantIds })
        await reload()
        onChanged()
      } catch (err) {
        notifyError(t, err)
      }
    },
    [segmentId, reload, onChanged, t],
  )

  return { members, reload, add: (ids: number[]) => change('add', ids), remove: (ids: number[]) => change('remove', ids) }
}
