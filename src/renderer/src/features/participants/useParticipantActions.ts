/**
 * Participant edits as the panel makes them: each one reports failures, then refreshes the
 * list and the project's counts (a merge removes participants) so every view agrees.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke } from '../../api/client'
import { useAppState } from '../../app/appState'
import { refreshUndo } from '../coding/undoState'
import { notifyError, notifySuccess } from '../errors/notifyError'
import { participantEdits } from './participantQueries'

export function useParticipantActions(onChanged: () => void) {
  const { t } = useTranslation()
  const { setProject } = useAppState()
  const [busy, setBusy] = useState(false)

  const run = useCallback(
    async (work: () => Promise<unknown>, done?: string) => {
      setBusy(true)
      try {
        await work()
        if (done) notifySuccess(done)
        setProject(await invoke('project.info', {}))
        return true
      } catch (err) {
        notifyError(t, err)
        return false
      } finally {
        setBusy(false)
        // Each change is an undo step: the undo controls name it at once.
        refreshUndo()
        onChanged()
      }
    },
    [onChanged, setProject, t],
  )

  return {
    busy,
    rename: (id: number, name: string) => run(() => participantEdits.rename(id, name)),
    setInterviewer: (id: number, on: boolean) => run(() => participantEdits.setInterviewer(id, on)),
    merge: (from: number[], into: number, intoName: string) =>
      run(() => participantEdits.merge(from, into), t('participants.merged', { n: from.length, name: intoName })),
    split: (id: number, name: string, utteranceIds: number[], documentIds: number[]) =>
      run(() => participantEdits.split(id, name, utteranceIds, documentIds), t('participantEdits.splitDone', { name })),
  }
}
