/** What a caller asks the file picker for; it answers with an absolute path, or null if cancelled. */
export type PickMode = 'new' | 'open' | 'saveCopy'

export interface PickRequest {
  mode: PickMode
  /** The folder to show first; the user's projects folder when absent. */
  startDir?: string
  /** Pre-filled file name for 'new' and 'saveCopy'. */
  suggestedName?: string
}
