/**
 * The desktop app's state and its file actions: one session (on a worker thread, see
 * sessionWorker/), one window, native dialogs that end in the same dispatch the renderer uses,
 * and errors shown with their message, all in the UI language.
 */
import { basename, join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, nativeTheme, type FileFilter } from 'electron'
import type { Channel, EventMap, EventName, MenuCommand, OutputOf } from '../../shared/contract'
import type { ErrorPayload } from '../../shared/errors'
import type { FilePickRequest, ProjectSummary } from '../../shared/domain'
import { IPC_EVENT } from '../../shared/bridge'
import { defaultProjectsDir } from '../paths'
import type { Places } from '../services/settings/places'
import type { SettingsStore } from '../services/settings/store'
import { SessionClient } from '../sessionWorker/client'
import { EDITABLE_FOCUS_PROBE, routeUndo } from './editableFocus'
import { buildMenu } from './menu'
import { capturePngWithElectron, printPdfWithElectron } from './printPdf'
import { translator, type Translate } from './strings'
import { createMainWindow, type WindowOptions } from './window'

export interface DesktopOptions {
  dev: boolean
  /** The built session worker (out/main/sessionWorker.js). */
  workerEntry: URL
  places: Places | null
  window: Pick<WindowOptions, 'preload' | 'url' | 'pageBase' | 'icon'>
}

export class DesktopApp {
  readonly host: SessionClient
  window: BrowserWindow | null = null
  /** The open project as the worker last reported it. */
  project: ProjectSummary | null = null

  constructor(
    readonly settings: SettingsStore,
    private readonly options: DesktopOptions,
  ) {
    this.host = new SessionClient(
      options.workerEntry,
      { edition: 'desktop', places: options.places, settingsFile: settings.file },
      (event, payload) => this.send(event, payload),
      {
        pick: (request) => this.pick(request),
        printPdf: (job) => printPdfWithElectron(job),
        printPng: (job) => capturePngWithElectron(job),
      },
      (reason) => this.t('workerStopped', { reason }),
    )
  }

  get t(): Translate {
    return translator(this.settings.get().language)
  }

  private filters(): FileFilter[] {
    return [{ name: this.t('projectFilter'), extensions: ['needle'] }]
  }

  /** The window, shown and focused; created if there is none (macOS keeps running with no window). */
  showWindow(): BrowserWindow {
    const existing = this.window
    if (existing && !existing.isDestroyed()) {
      if (existing.isMinimized()) existing.restore()
      existing.show()
      existing.focus()
      return existing
    }
    const win = createMainWindow({
      ...this.options.window,
      settings: this.settings,
      onDropProject: (path) => void this.openProject(path),
      onClosed: () => {
        if (this.window === win) this.window = null
      },
      strings: () => this.t,
    })
    this.window = win
    return win
  }

  /** The renderer's file choices (Start screen, import) go through the same native dialogs as the menu. */
  private async pick(request: FilePickRequest): Promise<string[]> {
    if (request.mode === 'save') {
      const { canceled, filePath } = await this.saveDialog({
        title: request.title,
        defaultPath: request.defaultPath,
        filters: request.filters ?? this.filters(),
      })
      return canceled || !filePath ? [] : [filePath]
    }
    const { canceled, filePaths } = await dialog.showOpenDialog(this.showWindow(), {
      title: request.title,
      defaultPath: request.defaultPath,
      filters: request.filters,
      properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    })
    return canceled ? [] : filePaths
  }

  /** Pushes an event to the page, and keeps the window's title and menu in step with the project. */
  send<E extends EventName>(event: E, payload: EventMap[E]): void {
    const win = this.window
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, event, payload)
    if (event === 'project.changed') this.projectChanged((payload as EventMap['project.changed']).summary)
  }

  /** After the worker changed settings (language, theme, recent projects): menu and appearance follow. */
  settingsChanged(): void {
    this.settings.reload()
    this.applyTheme()
    this.refreshMenu()
  }

  applyTheme(): void {
    const { theme } = this.settings.get()
    // Native dialogs, the menu bar and scroll bars follow the app's theme, not only the system's.
    nativeTheme.themeSource = theme === 'auto' ? 'system' : theme
  }

  refreshMenu(): void {
    const settings = this.settings.get()
    Menu.setApplicationMenu(
      buildMenu(
        {
          recent: settings.recent,
          hasProject: this.project !== null,
          language: settings.language,
          theme: settings.theme,
          dev: this.options.dev,
        },
        {
          newProject: () => void this.newProject(),
          openProject: () => void this.openProjectDialog(),
          openRecent: (path) => void this.openProject(path),
          openSample: () => void this.openSample(),
          saveCopy: () => void this.saveCopy(),
          closeProject: () => void this.run('project.close', {}),
          undo: () => void this.undo('undo'),
          redo: () => void this.undo('redo'),
          command: (command) => this.command(command),
        },
      ),
    )
  }

  command(command: MenuCommand): void {
    this.showWindow()
    this.send('menu.command', { command })
  }

  private async undo(direction: 'undo' | 'redo'): Promise<void> {
    const win = this.window
    if (!win || win.isDestroyed()) return
    const contents = win.webContents
    await routeUndo(direction, {
      focusIsEditable: async () => (await contents.executeJavaScript(EDITABLE_FOCUS_PROBE, true)) === true,
      fieldUndo: () => contents.undo(),
      fieldRedo: () => contents.redo(),
      codingUndo: () => this.send('menu.command', { command: 'undo' }),
      codingRedo: () => this.send('menu.command', { command: 'redo' }),
    })
  }

  async openProject(path: string): Promise<void> {
    this.showWindow()
    await this.run('project.open', { path })
  }

  async openSample(): Promise<void> {
    this.showWindow()
    await this.run('project.openSample', {})
  }

  async newProject(): Promise<void> {
    const t = this.t
    const { canceled, filePath } = await this.saveDialog({
      title: t('newTitle'),
      buttonLabel: t('create'),
      defaultPath: join(defaultProjectsDir(), 'Untitled.needle'),
    })
    if (!canceled && filePath) await this.run('project.create', { path: filePath })
  }

  async openProjectDialog(): Promise<void> {
    const { canceled, filePaths } = await dialog.showOpenDialog(this.showWindow(), {
      title: this.t('openTitle'),
      filters: this.filters(),
      properties: ['openFile'],
      defaultPath: defaultProjectsDir(),
    })
    if (!canceled && filePaths[0]) await this.openProject(filePaths[0])
  }

  async saveCopy(): Promise<void> {
    const project = this.project
    if (!project) return
    const t = this.t
    const { canceled, filePath } = await this.saveDialog({
      title: t('saveCopyTitle'),
      buttonLabel: t('saveCopyButton'),
      defaultPath: project.path.replace(/(\.needle)?$/i, ' copy.needle'),
    })
    if (canceled || !filePath) return
    const saved = await this.run('project.saveCopy', { path: filePath })
    if (saved) {
      void dialog.showMessageBox(this.showWindow(), {
        type: 'info',
        message: t('savedCopy', { name: basename(saved.path) }),
        detail: saved.path,
      })
    }
  }

  /** Dispatches (on the worker) and shows a failure to the user; returns the value, or null when it failed. */
  async run<C extends Channel>(channel: C, input: unknown): Promise<OutputOf<C> | null> {
    const result = await this.host.dispatch(channel, input)
    if (result.ok) return result.value as OutputOf<C>
    await this.showError(result.error, channel, input)
    return null
  }

  private async showError(error: ErrorPayload, channel: Channel, input: unknown): Promise<void> {
    const t = this.t
    const path = typeof (input as { path?: unknown })?.path === 'string' ? (input as { path: string }).path : null
    const backups = Array.isArray(error.details?.backups) ? error.details.backups : []
    const canRestore = error.code === 'corrupt' && path !== null && backups.length > 0 && channel === 'project.open'
    const { response } = await dialog.showMessageBox(this.showWindow(), {
      type: 'error',
      title: 'Needle',
      message: error.message,
      buttons: canRestore ? [t('restoreBackup'), t('cancel')] : [t('ok')],
      defaultId: 0,
      cancelId: canRestore ? 1 : 0,
    })
    if (canRestore && response === 0) await this.run('project.restoreBackup', { path })
  }

  private saveDialog(options: Electron.SaveDialogOptions) {
    return dialog.showSaveDialog(this.showWindow(), {
      filters: this.filters(),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      ...options,
    })
  }

  private projectChanged(summary: ProjectSummary | null): void {
    this.project = summary
    const win = this.window
    if (win && !win.isDestroyed()) {
      win.setTitle(summary ? `${summary.name}${summary.readOnly ? ` (${this.t('readOnly')})` : ''} — Needle` : 'Needle')
      if (process.platform === 'darwin') win.setRepresentedFilename(summary?.path ?? '')
    }
    if (summary) app.addRecentDocument(summary.path)
    // Opening a project adds it to the recent list (the worker wrote it): read it for the menu.
    this.settingsChanged()
  }
}
