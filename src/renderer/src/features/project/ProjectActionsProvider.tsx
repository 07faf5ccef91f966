/**
 * The File actions (new, open, open sample, save a copy, export for sharing, close, restore a backup) in one
 * place, shared by the start screen, the header's File menu, keyboard shortcuts and the
 * desktop app's menu commands. Each asks the picker for a path, calls the service,
 * updates the app state, and reports failures; a damaged project gets the repair or restore offer.
 */
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectSummary } from '../../../../shared/domain'
import { ApiError, invoke } from '../../api/client'
import { useAppState } from '../../app/appState'
import { baseName, folderOf, projectName, projectOfBackup } from '../../app/paths'
import { notifyError, notifySuccess } from '../errors/notifyError'
import { usePickFile } from '../files/FilePickerProvider'
import { ExportForSharingModal } from '../sharing/ExportForSharingModal'
import { RepairProjectModal, type RepairableProject } from './RepairProjectModal'
import { RestoreBackupModal, type DamagedProject } from './RestoreBackupModal'

export interface ProjectActions {
  busy: boolean
  newProject(): Promise<void>
  openProject(): Promise<void>
  openPath(path: string): Promise<void>
  openSample(): Promise<void>
  saveCopy(): Promise<void>
  /** Opens the Export for Sharing dialog (target file, anonymise or not). */
  exportForSharing(): void
  closeProject(): Promise<void>
}

const ProjectActionsContext = createContext<ProjectActions | null>(null)

export function ProjectActionsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const { state, setProject } = useAppState()
  const pick = usePickFile()
  const [busy, setBusy] = useState(false)
  const [damaged, setDamaged] = useState<DamagedProject | null>(null)
  const [repairable, setRepairable] = useState<RepairableProject | null>(null)
  const [sharing, setSharing] = useState(false)
  const project = state?.project ?? null

  /** Runs one service call; `path` is the file it concerns, so a corrupt error can offer its backup. */
  const run = useCallback(
    async (work: () => Promise<ProjectSummary | null | void>, path?: string) => {
      setBusy(true)
      try {
        const summary = await work()
        if (summary !== undefined) setProject(summary)
      } catch (err) {
        const backups =
          err instanceof ApiError && err.code === 'corrupt' ? (err.payload.details?.backups as string[] | undefined) : undefined
        // What open refused, check lists: when repair can fix all of it, the researcher is offered that first.
        const check =
          err instanceof ApiError && err.code === 'corrupt' && path ? await invoke('project.check', { path }).catch(() => null) : null
        if (err instanceof ApiError && check?.repairable) {
          setRepairable({ path: check.path, message: err.message, problems: check.problems })
        } else if (err instanceof ApiError && backups?.length) {
          setDamaged({ path: path ?? projectOfBackup(backups[0]), message: err.message, newestBackup: backups[0] })
        } else notifyError(t, err)
      } finally {
        setBusy(false)
      }
    },
    [setProject, t],
  )

  const openPath = useCallback((path: string) => run(() => invoke('project.open', { path }), path), [run])

  const newProject = useCallback(async () => {
    const path = await pick({ mode: 'new', suggestedName: t('picker.defaultName') })
    if (!path) return
    await run(async () => {
      const summary = await invoke('project.create', { path })
      notifySuccess(t('notify.created', { name: summary.name }))
      return summary
    })
  }, [pick, run, t])

  const openProject = useCallback(async () => {
    const path = await pick({ mode: 'open', startDir: project ? folderOf(project.path) : undefined })
    if (path) await openPath(path)
  }, [pick, openPath, project])

  const openSample = useCallback(() => run(() => invoke('project.openSample', {})), [run])

  const saveCopy = useCallback(async () => {
    if (!project) return
    const path = await pick({
      mode: 'saveCopy',
      startDir: folderOf(project.path),
      suggestedName: `${projectName(project.path)} (${t('picker.copySuffix')})`,
    })
    if (!path) return
    await run(async () => {
      const copy = await invoke('project.saveCopy', { path })
      notifySuccess(t('notify.copySaved', { path: copy.path }))
    })
  }, [pick, project, run, t])

  const closeProject = useCallback(async () => {
    if (!project) return
    await run(async () => {
      await invoke('project.close', {})
      return null
    })
  }, [project, run])

  const restore = useCallback(async () => {
    if (!damaged) return
    const { path } = damaged
    setDamaged(null)
    await run(async () => {
      const summary = await invoke('project.restoreBackup', { path })
      notifySuccess(t('notify.restored', { name: summary.name }))
      return summary
    }, path)
  }, [damaged, run, t])

  const repair = useCallback(async () => {
    if (!repairable) return
    const { path } = repairable
    setRepairable(null)
    await run(async () => {
      const done = await invoke('project.repair', { path, backUpAndRepair: true })
      const summary = await invoke('project.open', { path })
      notifySuccess(t('repair.done', { name: summary.name, backup: done.backup ? baseName(done.backup) : '' }))
      return summary
    }, path)
  }, [repairable, run, t])

  const exportForSharing = useCallback(() => setSharing(project !== null), [project])

  const value = useMemo(
    () => ({ busy, newProject, openProject, openPath, openSample, saveCopy, exportForSharing, closeProject }),
    [busy, newProject, openProject, openPath, openSample, saveCopy, exportForSharing, closeProject],
  )
  return (
    <ProjectActionsContext value={value}>
      {children}
      <RepairProjectModal project={repairable} busy={busy} onRepair={repair} onCancel={() => setRepairable(null)} />
      <RestoreBackupModal damaged={damaged} busy={busy} onRestore={restore} onCancel={() => setDamaged(null)} />
      <ExportForSharingModal opened={sharing && project !== null} onClose={() => setSharing(false)} />
    </ProjectActionsContext>
  )
}

export function useProjectActions(): ProjectActions {
  const value = use(ProjectActionsContext)
  if (!value) throw new Error('useProjectActions outside ProjectActionsProvider')
  return value
}
