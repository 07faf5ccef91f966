/**
 * Which screen is shown. No URL router: the browser edition's address must stay the same
 * across reloads (it carries no state), and the desktop app has no address bar at all.
 */
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useAppState } from './appState'
import { PROJECT_HOME, START, screens } from './screens'

interface Navigation {
  screen: string
  go(screen: string): void
}

const NavigationContext = createContext<Navigation | null>(null)

export function NavigationProvider({ children }: { children: ReactNode }) {
  const { state } = useAppState()
  const projectPath = state?.project?.path ?? null
  const [screen, setScreen] = useState(projectPath ? PROJECT_HOME : START)

  // Opening a project lands on its overview; closing it returns to the start screen.
  useEffect(() => setScreen(projectPath ? PROJECT_HOME : START), [projectPath])

  const value = useMemo<Navigation>(() => {
    const def = screens.find((s) => s.id === screen)
    const usable = def && (!def.needsProject || projectPath) ? screen : START
    return { screen: usable, go: setScreen }
  }, [screen, projectPath])
  return <NavigationContext value={value}>{children}</NavigationContext>
}

export function useNavigation(): Navigation {
  const value = use(NavigationContext)
  if (!value) throw new Error('useNavigation outside NavigationProvider')
  return value
}
