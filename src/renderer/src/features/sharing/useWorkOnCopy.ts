/**
 * A read-only project's way out: save a copy (the service copies even while another process
 * holds the file) and open that copy, so the researcher can change it straight away.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke } from '../../api/client'
import { useAppState } from '../../app/appState'
import { folderOf, projectName } from '../../app/paths'
import { notifyError, notifySuccess } from '../errors/notifyError'
import { usePickFile } from '../files/FilePickerProvider'
import { useProjectActions } from '../project/ProjectActionsProvider'

export function useWorkOnCopy() {
  const { t } = useTranslation()
  const project = useAppState().state?.project ?? null
  const pick = usePickFile()
  const { openPath } = useProjectActions()
  const [busy, setBusy] = useState(false)

  const workOnCopy = useCallback(async () => {
    if (!project) return
    const path = await pick({
      mode: 'saveCopy',
      startDir: folderOf(project.path),
      suggestedName: `${projectName(project.path)} (${t('picker.copySuffix')})`,
    })
    if (!path) return
    setBusy(true)
    try {
      const copy = await invoke('project.saveCopy', { path })
      await openPath(copy.path)
      notifySuccess(t('sharing.readOnly.opened', { name: projectName(copy.path) }))
    } catch (err) {
      notifyError(t, err)
    } finally {
      setBusy(false)
    }
  }, [openPath, pick, project, t])

  return { busy, workOnCopy }
}
