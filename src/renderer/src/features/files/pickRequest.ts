/** What a caller asks the file picker for; it answers with absolute paths, or null if cancelled. */
export type PickMode = 'new' | 'open' | 'saveCopy' | 'files' | 'saveFile'

export interface PickRequest {
  mode: PickMode
  /** The folder to show first; the user's projects folder when absent. */
  startDir?: string
  /** Pre-filled file name for 'new', 'saveCopy' and 'saveFile'. */
  suggestedName?: string
  /** 'files': the extensions (lowercase, no dot) listed; every file when absent. */
  extensions?: string[]
  /** 'files': several files may be chosen, across folders. */
  multiple?: boolean
  /** 'saveFile': the extension (no dot) added to a typed name that lacks it. */
  extension?: string
  /** 'files' and 'saveFile' serve many callers, so the caller names the dialog and its button (translated). */
  title?: string
  confirmLabel?: string
}
