/**
 * Messages between the desktop app's main thread (which owns the window and native dialogs) and
 * the worker thread that holds the Session and runs dispatch, so that a long command (an import, a
 * backup, VACUUM INTO, a REFI-QDA zip) never blocks the window. Everything here is structured-clonable.
 */
import type { EventMap, EventName } from '../../shared/contract'
import type { Result } from '../../shared/errors'
import type { AppState, FilePickRequest } from '../../shared/domain'
import type { PrintJob } from '../services/exports/personas/printJob'
import type { Places } from '../services/settings/places'

export interface WorkerInit {
  edition: AppState['edition']
  places: Places | null
  settingsFile: string
}

/** What the worker asks main for: the things only main can do (native dialogs, printing with Electron's Chromium). */
export interface MainRequests {
  pick(request: FilePickRequest): Promise<string[]>
  printPdf(job: PrintJob): Promise<Uint8Array>
  printPng(job: PrintJob & { selector: string }): Promise<Uint8Array>
}
export type RequestMethod = keyof MainRequests

export type ToWorker =
  | { type: 'dispatch'; id: number; channel: string; input: unknown }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; message: string }
  | { type: 'shutdown' }

export type FromWorker =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: EventName; payload: EventMap[EventName] }
  | { type: 'request'; id: number; method: RequestMethod; args: unknown }
  | { type: 'closed' }
