/**
 * Undo/redo arrive from the native menu (and later from shortcuts). Nothing is undoable
 * yet; the coding screen registers its handler here, so the menu needs no change then.
 */
interface UndoHandler {
  undo(): void
  redo(): void
}

let current: UndoHandler | null = null

export function registerUndoHandler(handler: UndoHandler): () => void {
  current = handler
  return () => {
    if (current === handler) current = null
  }
}

export function undo(): void {
  current?.undo()
}

export function redo(): void {
  current?.redo()
}
