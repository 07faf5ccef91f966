/**
 * Where New, Open, Save a Copy, Import and every other file choice ask for a path. The desktop
 * app answers with the system's own dialogs (dialog.pick); the browser edition has none, so it
 * shows this in-app picker, which browses the machine through files.list. Either way `pick`
 * resolves once with the chosen path or null (cancelled: nothing changes); `pickMany` with
 * every chosen path.
 */
import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke } from '../../api/client'
import { useAppState, useLoadedState } from '../../app/appState'
import { folderOf } from '../../app/paths'
import { notifyError } from '../errors/notifyError'
import { FilePickerModal } from './FilePickerModal'
import { pickNatively, usesNativeDialogs } from './nativePick'
import type { PickRequest } from './pickRequest'

type Pick = (request: PickRequest) => Promise<string | null>
type PickMany = (request: PickRequest) => Promise<string[] | null>
const FilePickerContext = createContext<{ pick: Pick; pickMany: PickMany } | null>(null)

export function FilePickerProvider({ children, projectsDir }: { children: ReactNode; projectsDir: string }) {
  const { t } = useTranslation()
  const { edition, settings, project } = useLoadedState()
  const { updateSettings } = useAppState()
  const native = usesNativeDialogs(edition)
  // Where the picker opens when the caller names no folder: where the researcher last chose
  // something, else the open project's folder, else the projects folder.
  const startDir = settings.pickerDir ?? (project ? folderOf(project.path) : projectsDir)
  const [request, setRequest] = useState<PickRequest | null>(null)
  const resolver = useRef<((paths: string[] | null) => void) | null>(null)

  const pickMany = useCallback<PickMany>(
    async (next) => {
      if (native) {
        try {
          return await pickNatively(next, projectsDir, t, (r) => invoke('dialog.pick', r))
        } catch (err) {
          // Callers wait for a path or null; a dialog that failed to open is reported, and chose nothing.
          notifyError(t, err)
          return null
        }
      }
      resolver.current?.(null) // a second request supersedes an open one
      setRequest(next)
      return new Promise((resolve) => {
        resolver.current = resolve
      })
    },
    [native, projectsDir, t],
  )
  const pick = useCallback<Pick>(async (next) => (await pickMany({ ...next, multiple: false }))?.[0] ?? null, [pickMany])

  const finish = useCallback(
    (paths: string[] | null) => {
      resolver.current?.(paths && paths.length ? paths : null)
      resolver.current = null
      setRequest(null)
      if (paths?.length) {
        const folder = folderOf(paths[0])
        if (folder !== settings.pickerDir) void updateSettings({ pickerDir: folder })
      }
    },
    [settings.pickerDir, updateSettings],
  )

  const value = useMemo(() => ({ pick, pickMany }), [pick, pickMany])
  return (
    <FilePickerContext value={value}>
      {children}
      {native ? null : <FilePickerModal request={request} projectsDir={projectsDir} startDir={startDir} onDone={finish} />}
    </FilePickerContext>
  )
}

export function usePickFile(): Pick {
  const value = use(FilePickerContext)
  if (!value) throw new Error('usePickFile outside FilePickerProvider')
  return value.pick
}

/** The picker in 'files' mode with `multiple`: every chosen path, or null if cancelled. */
export function usePickFiles(): PickMany {
  const value = use(FilePickerContext)
  if (!value) throw new Error('usePickFiles outside FilePickerProvider')
  return value.pickMany
}
