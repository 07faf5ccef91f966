/**
 * Which screen is shown. No URL router: the browser edition's address must stay the same
 * across reloads (it carries no state), and the desktop app has no address bar at all.
 * The screens are handed in (App passes app/screens.ts) rather than imported: screens use
 * navigation, so importing them here would make a cycle through every feature.
 *
 * Each change of screen is a history entry (same address, the screen in its state), so the
 * browser's Back goes to the previous screen instead of leaving Needle. A screen holding work
 * that leaving would lose (an unsaved segmentation run) sets a leave guard: while it is set,
 * going elsewhere (sidebar, G+letter, Back) waits for the researcher to confirm (LeaveConfirm).
 */
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useAppState } from './appState'

/** Where Needle goes when a project opens. */
export const PROJECT_HOME = 'overview'
export const START = 'start'

interface Navigation {
  screen: string
  go(screen: string): void
  /** The screen the researcher asked to go to while a leave guard was set, awaiting their answer. */
  leaving: string | null
  /** Go on to `leaving`, dropping the guarded work. */
  confirmLeave(): void
  /** Stay on this screen. */
  stay(): void
  /** Set by a screen while it holds work that leaving would lose; cleared when that is saved or gone. */
  setLeaveGuard(on: boolean): void
}

const NavigationContext = createContext<Navigation | null>(null)

interface Props {
  /** Every screen there is, and whether it needs an open project. */
  screens: readonly { id: string; needsProject: boolean }[]
  children: ReactNode
}

const stateOf = (screen: string) => ({ needleScreen: screen })

export function NavigationProvider({ screens, children }: Props) {
  const { state } = useAppState()
  const projectPath = state?.project?.path ?? null
  const [screen, setScreen] = useState(projectPath ? PROJECT_HOME : START)
  const [leaving, setLeaving] = useState<string | null>(null)
  const guarded = useRef(false)
  const current = useRef(screen)
  current.current = screen

  // Opening a project lands on its overview; closing it returns to the start screen.
  useEffect(() => {
    const home = projectPath ? PROJECT_HOME : START
    setScreen(home)
    window.history.replaceState(stateOf(home), '')
  }, [projectPath])

  const show = useCallback((target: string) => {
    setScreen(target)
    window.history.pushState(stateOf(target), '')
  }, [])

  const go = useCallback(
    (target: string) => {
      if (target === current.current) return
      if (guarded.current) setLeaving(target)
      else show(target)
    },
    [show],
  )

  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      const target = (e.state as { needleScreen?: string } | null)?.needleScreen
      if (!target || target === current.current) return
      if (guarded.current) {
        // Back has already moved the history: put this screen's entry back until the researcher answers.
        window.history.pushState(stateOf(current.current), '')
        setLeaving(target)
      } else setScreen(target)
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  const confirmLeave = useCallback(() => {
    if (leaving === null) return
    guarded.current = false
    setLeaving(null)
    show(leaving)
  }, [leaving, show])
  const stay = useCallback(() => setLeaving(null), [])

  const setLeaveGuard = useCallback((on: boolean) => {
    guarded.current = on
  }, [])

  const value = useMemo<Navigation>(() => {
    const def = screens.find((s) => s.id === screen)
    const usable = def && (!def.needsProject || projectPath) ? screen : START
    return { screen: usable, go, leaving, confirmLeave, stay, setLeaveGuard }
  }, [screen, projectPath, screens, go, leaving, confirmLeave, stay, setLeaveGuard])
  return <NavigationContext value={value}>{children}</NavigationContext>
}

export function useNavigation(): Navigation {
  const value = use(NavigationContext)
  if (!value) throw new Error('useNavigation outside NavigationProvider')
  return value
}

/**
 * Holds the researcher on this screen while `active` (work not saved): leaving in the app asks
 * first, and reloading or closing the browser tab gets the browser's own warning.
 */
export function useLeaveGuard(active: boolean): void {
  const { setLeaveGuard } = useNavigation()
  useEffect(() => {
    setLeaveGuard(active)
    if (!active) return
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault()
    window.addEventListener('beforeunload', onUnload)
    return () => {
      setLeaveGuard(false)
      window.removeEventListener('beforeunload', onUnload)
    }
  }, [active, setLeaveGuard])
}
