/**
 * The browser edition has no native file dialogs, so New, Open and Save a Copy ask this
 * in-app picker, which browses the machine through files.list. `pick` resolves once with
 * the chosen path or null, however the modal is closed.
 */
import { createContext, use, useCallback, useRef, useState, type ReactNode } from 'react'
import { FilePickerModal } from './FilePickerModal'
import type { PickRequest } from './pickRequest'

type Pick = (request: PickRequest) => Promise<string | null>
const FilePickerContext = createContext<Pick | null>(null)

export function FilePickerProvider({ children, projectsDir }: { children: ReactNode; projectsDir: string }) {
  const [request, setRequest] = useState<PickRequest | null>(null)
  const resolver = useRef<((path: string | null) => void) | null>(null)

  const pick = useCallback<Pick>((next) => {
    resolver.current?.(null) // a second request supersedes an open one
    setRequest(next)
    return new Promise((resolve) => {
      resolver.current = resolve
    })
  }, [])

  const finish = useCallback((path: string | null) => {
    resolver.current?.(path)
    resolver.current = null
    setRequest(null)
  }, [])

  return (
    <FilePickerContext value={pick}>
      {children}
      <FilePickerModal request={request} projectsDir={projectsDir} onDone={finish} />
    </FilePickerContext>
  )
}

export function usePickFile(): Pick {
  const pick = use(FilePickerContext)
  if (!pick) throw new Error('usePickFile outside FilePickerProvider')
  return pick
}
