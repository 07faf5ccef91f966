/**
 * "The coding changed somewhere" (undo, redo, a merge in the codebook, code-all in search):
 * every open view of codes and highlights reloads. Tagging in the reader updates its own
 * list in place instead, so a 5,000-highlight document does not reload on every key press.
 */
import { useEffect, useRef } from 'react'

const listeners = new Set<() => void>()

export function announceCodingChange(): void {
  for (const l of listeners) l()
}

export function useCodingChanges(reload: () => void): void {
  const latest = useRef(reload)
  latest.current = reload
  useEffect(() => {
    const l = () => latest.current()
    listeners.add(l)
    return () => void listeners.delete(l)
  }, [])
}
