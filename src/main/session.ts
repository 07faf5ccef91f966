/**
 * A session is one user's view of Needle: the project they have open, their settings,
 * and a way to push events to them. The Electron window, the browser edition's server,
 * the CLI and the tests each hold one; services receive it from dispatch.
 */
import type Database from 'better-sqlite3'
import type { EventMap, EventName } from '../shared/contract'
import { NeedleError } from '../shared/errors'
import type { AppState, FilePickRequest } from '../shared/domain'
import type { ProjectDb } from './db/open'
import type { Printer } from './services/exports/personas/printJob'
import type { SettingsStore } from './services/settings/store'

/** Native open/save dialogs, present only in the desktop app (the browser edition has an in-app picker). */
export interface NativeDialogs {
  pick(request: FilePickRequest): Promise<string[]>
}

export type Emit = <E extends EventName>(event: E, payload: EventMap[E]) => void

export class Session {
  project: ProjectDb | null = null
  /** Running imports by job id, so the researcher can cancel them. */
  readonly jobs = new Map<string, AbortController>()
  /** Set while an import holds the project's one write transaction. */
  busyWith: string | null = null
  /** Set by the desktop shell; null in the browser edition, the CLI and tests. */
  nativeDialogs: NativeDialogs | null = null
  /**
   * Set by the desktop app's session worker: prints through the window's Electron. Null: exports
   * start a system Chromium (printer.ts chooses).
   */
  printer: Printer | null = null
  /**
   * Builds the sample project at a path (src/main/sample), set by each transport: the builder codes
   * through dispatch, which the services behind project.openSample must not import.
   */
  buildSample: ((path: string) => Promise<void>) | null = null
  /** Codes under this name instead of the settings' coder (the CLI's --coder, scripted sample coding). */
  coderName: string | null = null

  constructor(
    readonly edition: AppState['edition'],
    readonly settings: SettingsStore,
    readonly emit: Emit = () => {},
  ) {}

  requireProject(): ProjectDb {
    if (!this.project) throw new NeedleError('no_project', 'No project is open. Create or open a project first.')
    return this.project
  }

  /** The database handle for a write; refuses with a clear message in read-only mode. */
  writable(): Database.Database {
    const project = this.requireProject()
    if (this.busyWith) {
      throw new NeedleError('conflict', `${this.busyWith} is running. Wait for it to finish or cancel it, then try again.`)
    }
    if (project.readOnly) {
      const who = project.lockedBy
        ? ` ${project.lockedBy.user} on ${project.lockedBy.host} has it open since ${project.lockedBy.since}.`
        : ''
      throw new NeedleError('read_only', `This project is open read-only.${who} Save a copy to make changes.`)
    }
    return project.db
  }

  /**
   * Jobs in worker threads (services/jobs) are terminated first, rolling back what they had not
   * committed; the checkpoint in close() waits for the write lock until their connections are gone.
   */
  closeProject(): void {
    for (const job of this.jobs.values()) job.abort()
    this.project?.close()
    this.project = null
  }
}
