/** G then a letter goes to a screen; ? opens the shortcuts sheet. Ignored while typing. */
import { useEffect, useRef } from 'react'
import { useLoadedState } from '../../app/appState'
import { useNavigation } from '../../app/navigation'
import { screens } from '../../app/screens'
import { armSequence, isTyping, screenForCode, sequencePending } from '../../app/screenKeys'

export function useScreenKeys(openSheet: () => void): void {
  const { project } = useLoadedState()
  const { go } = useNavigation()
  const latest = useRef({ project, go, openSheet })
  latest.current = { project, go, openSheet }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return
      // A dialog open on top owns the keyboard (its own Esc, Enter, arrows).
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return
      if (e.key === '?') {
        e.preventDefault()
        latest.current.openSheet()
        return
      }
      if (sequencePending()) {
        armSequence(false)
        const id = screenForCode(e.code)
        const def = screens.find((s) => s.id === id)
        if (!def || (def.needsProject && !latest.current.project)) return
        e.preventDefault()
        latest.current.go(def.id)
        return
      }
      armSequence(e.code === 'KeyG' && !e.shiftKey)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
