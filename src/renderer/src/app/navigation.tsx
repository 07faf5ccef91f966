/**
 * Which screen is shown. No URL router: the browser edition's address must stay the same
 * across reloads (it carries no state), and the desktop app has no address bar at all.
 * The screens are handed in (App passes app/screens.ts) rather than imported: screens use
 * navigation, so importing them here would make a cycle through every feature.
 */
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useAppState } from './appState'

/** Where Needle goes when a project opens. */
export const PROJECT_HOME = 'overview'
export const START = 'start'

interface Navigation {
  screen: string
  go(screen: string): void
}

const NavigationContext = createContext<Navigation | null>(null)

interface Props {
  /** Every screen there is, and whether it needs an open project. */
  screens: readonly { id: string; needsProject: boolean }[]
  children: ReactNode
}

export function NavigationProvider({ screens, children }: Props) {
  const { state } = useAppState()
  const projectPath = state?.project?.path ?? null
  const [screen, setScreen] = useState(projectPath ? PROJECT_HOME : START)

  // Opening a project lands on its overview; closing it returns to the start screen.
  useEffect(() => setScreen(projectPath ? PROJECT_HOME : START), [projectPath])

  const value = useMemo<Navigation>(() => {
    const def = screens.find((s) => s.id === screen)
    const usable = def && (!def.needsProject || projectPath) ? screen : START
    return { screen: usable, go: setScreen }
  }, [screen, projectPath, screens])
  return <NavigationContext value={value}>{children}</NavigationContext>
}

export function useNavigation(): Navigation {
  const value = use(NavigationContext)
  if (!value) throw new Error('useNavigation outside NavigationProvider')
  return value
}
