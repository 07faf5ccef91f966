/**
 * The browser edition has no native file dialogs, so New, Open, Save a Copy and Import ask
 * this in-app picker, which browses the machine through files.list. `pick` resolves once
 * with the chosen path or null, however the modal is closed; `pickMany` with every chosen path.
 */
import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { FilePickerModal } from './FilePickerModal'
import type { PickRequest } from './pickRequest'

type Pick = (request: PickRequest) => Promise<string | null>
type PickMany = (request: PickRequest) => Promise<string[] | null>
const FilePickerContext = createContext<{ pick: Pick; pickMany: PickMany } | null>(null)

export function FilePickerProvider({ children, projectsDir }: { children: ReactNode; projectsDir: string }) {
  const [request, setRequest] = useState<PickRequest | null>(null)
  const resolver = useRef<((paths: string[] | null) => void) | null>(null)

  const pickMany = useCallback<PickMany>((next) => {
    resolver.current?.(null) // a second request supersedes an open one
    setRequest(next)
    return new Promise((resolve) => {
      resolver.current = resolve
    })
  }, [])
  const pick = useCallback<Pick>(async (next) => (await pickMany({ ...next, multiple: false }))?.[0] ?? null, [pickMany])

  const finish = useCallback((paths: string[] | null) => {
    resolver.current?.(paths && paths.length ? paths : null)
    resolver.current = null
    setRequest(null)
  }, [])

  const value = useMemo(() => ({ pick, pickMany }), [pick, pickMany])
  return (
    <FilePickerContext value={value}>
      {children}
      <FilePickerModal request={request} projectsDir={projectsDir} onDone={finish} />
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
