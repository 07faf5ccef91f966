/**
 * Merging a teammate's copy: choose the file, confirm, run. The report stays on screen so the
 * researcher can read what came in and which values disagreed.
 */
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MergeReport } from '../../../../shared/contract/interop'
import { ApiError, invoke } from '../../api/client'
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
  const [cancelled, setCancelled] = useState(false)
  // The running merge's job id: a big copy takes a while, and the researcher may stop it (nothing is merged).
  const job = useRef<string | null>(null)

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
    setCancelled(false)
    const jobId = `merge-${Date.now()}`
    job.current = jobId
    try {
      setReport(await invoke('project.merge', { path, jobId }))
    } catch (err) {
      setReport(null)
      // A stop the researcher asked for is news, not an error: the project is as it was.
      if (err instanceof ApiError && err.code === 'cancelled') setCancelled(true)
      else setError(err)
    } finally {
      job.current = null
      setBusy(false)
    }
  }, [pending])

  const stop = useCallback(() => {
    if (job.current) void invoke('import.cancel', { jobId: job.current })
  }, [])

  return { pending, report, error, busy, cancelled, choose, confirm, stop, cancel: () => setPending(null) }
}
