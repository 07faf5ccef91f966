/**
 * Merging a teammate's copy: choose the file, confirm, run. The report stays on screen so the
 * researcher can read what came in and which values disagreed.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MergeReport } from '../../../../shared/contract/interop'
import { invoke } from '../../api/client'
import { useAppState } from '../../app/appState'
import { folderOf } from '../../app/paths'
import { usePickFile } from '../files/FilePickerProvider'

export function useMerge() {
  const { t } = useTranslation()
  const project = useAppState().state?.project ?? null
  const pick = usePickFile()
  const [pending, setPending] = useState<string | null>(null)
  const [report, setReport] = useState<MergeReport | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const choose = useCallback(async () => {
    const path = await pick({
      mode: 'open',
      startDir: project ? folderOf(project.path) : undefined,
      title: t('team.merge.pickTitle'),
      confirmLabel: t('team.merge.pickConfirm'),
    })
    if (path) setPending(path)
  }, [pick, project, t])

  const confirm = useCallback(async () => {
    if (!pending) return
    const path = pending
    setPending(null)
    setBusy(true)
    setError(null)
    try {
      setReport(await invoke('project.merge', { path }))
    } catch (err) {
      setReport(null)
      setError(err)
    } finally {
      setBusy(false)
    }
  }, [pending])

  return { pending, report, error, busy, choose, confirm, cancel: () => setPending(null) }
}
