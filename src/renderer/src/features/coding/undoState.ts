/**
 * What Undo and Redo would do, kept in one place for every coding view. The stack itself
 * lives in the service (it survives a reload within the session); this is a copy refreshed
 * after each action.
 */
import { useSyncExternalStore } from 'react'
import type { UndoState } from '../../../../shared/contract/coding'
import { invoke } from '../../api/client'
import { announceCodingChange } from './changes'

let state: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }
const listeners = new Set<() => void>()

function set(next: UndoState) {
  state = next
  for (const l of listeners) l()
}

export function refreshUndo(): void {
  invoke('undo.state', {}).then(set, () => {})
}

/** Undoes or redoes one step, then every view reloads what it shows. Errors go to the caller. */
export async function step(direction: 'undo' | 'redo'): Promise<void> {
  if (direction === 'undo' ? !state.canUndo : !state.canRedo) return
  try {
    set(await invoke(direction === 'undo' ? 'undo.undo' : 'undo.redo', {}))
  } finally {
    announceCodingChange()
    refreshUndo()
  }
}

export function useUndoState(): UndoState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => void listeners.delete(l)
    },
    () => state,
  )
}
