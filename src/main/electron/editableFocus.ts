/**
 * Which undo Edit > Undo (Cmd/Ctrl+Z) means. The menu's accelerator takes the key before the page
 * sees it, so main asks the page where the focus is: in editable text (an input, a textarea, a
 * contenteditable such as the tiptap persona editor) the field's own history runs
 * (webContents.undo(), which ProseMirror receives as a historyUndo input event); anywhere else the
 * coding undo does.
 */

/** Evaluated in the page: true when the focused element takes typed text. */
export const EDITABLE_FOCUS_PROBE = `(() => {
  let el = document.activeElement
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement
  if (!el) return false
  if (el.isContentEditable) return true
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled
  if (el instanceof HTMLInputElement) {
    const textual = ['text', 'search', 'url', 'tel', 'email', 'password', 'number', ''].includes(el.type)
    return textual && !el.readOnly && !el.disabled
  }
  return false
})()`

export interface UndoTarget {
  /** Runs the probe in the page; anything but true (an error, a page still loading) counts as false. */
  focusIsEditable(): Promise<boolean>
  fieldUndo(): void
  fieldRedo(): void
  codingUndo(): void
  codingRedo(): void
}

export async function routeUndo(direction: 'undo' | 'redo', target: UndoTarget): Promise<void> {
  let editable = false
  try {
    editable = (await target.focusIsEditable()) === true
  } catch {
    editable = false
  }
  if (editable) {
    if (direction === 'undo') target.fieldUndo()
    else target.fieldRedo()
  } else if (direction === 'undo') target.codingUndo()
  else target.codingRedo()
}
