/**
 * The renderer's copy of AppState (edition, settings, open project). Loaded once through
 * app.state, kept current by the results of actions and by 'project.changed' events, so
 * a change made from the native menu, the CLI's serve or another view shows up everywhere.
 */
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { AppState, ProjectSummary, Settings } from '../../../shared/domain'
import { invoke, on } from '../api/client'

type Status = 'loading' | 'ready' | 'failed'

interface AppStateValue {
  status: Status
  state: AppState | null
  retry(): void
  setProject(project: ProjectSummary | null): void
  /** Applies the patch at once (the UI must not lag a click) and persists it; reverts if that fails. */
  updateSettings(patch: Partial<Pick<Settings, 'language' | 'theme' | 'coderName'>> & { pickerDir?: string }): Promise<void>
}

const AppStateContext = createContext<AppStateValue | null>(null)

export function AppStateProvider({ children, onSettingsError }: { children: ReactNode; onSettingsError(err: unknown): void }) {
  const [status, setStatus] = useState<Status>('loading')
  const [state, setState] = useState<AppState | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    setStatus('loading')
    invoke('app.state', {}).then(
      (s) => {
        if (!live) return
        setState(s)
        setStatus('ready')
      },
      () => live && setStatus('failed'),
    )
    return () => {
      live = false
    }
  }, [attempt])

  useEffect(() => on('project.changed', ({ summary }) => setState((s) => (s ? { ...s, project: summary } : s))), [])

  const setProject = useCallback((project: ProjectSummary | null) => setState((s) => (s ? { ...s, project } : s)), [])

  const updateSettings = useCallback<AppStateValue['updateSettings']>(
    async (patch) => {
      let before: Settings | undefined
      setState((s) => {
        if (!s) return s
        before = s.settings
        return { ...s, settings: { ...s.settings, ...patch } }
      })
      try {
        const settings = await invoke('settings.update', patch)
        setState((s) => (s ? { ...s, settings } : s))
      } catch (err) {
        if (before) {
          const previous = before
          setState((s) => (s ? { ...s, settings: previous } : s))
        }
        onSettingsError(err)
      }
    },
    [onSettingsError],
  )

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  const value = useMemo(() => ({ status, state, retry, setProject, updateSettings }), [status, state, retry, setProject, updateSettings])
  return <AppStateContext value={value}>{children}</AppStateContext>
}

export function useAppState(): AppStateValue {
  const value = use(AppStateContext)
  if (!value) throw new Error('useAppState outside AppStateProvider')
  return value
}

/** For components that only render once the state is loaded. */
export function useLoadedState(): AppState {
  const { state } = useAppState()
  if (!state) throw new Error('useLoadedState before app.state loaded')
  return state
}
