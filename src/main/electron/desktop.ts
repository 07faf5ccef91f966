/**
 * The desktop app's state and its file actions: one Session, one window, native dialogs
 * that end in the same dispatch the renderer uses, and errors shown with their message.
 */
import { basename, join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, type FileFilter } from 'electron'
import type { Channel, EventMap, EventName, MenuCommand } from '../../shared/contract'
import type { ErrorPayload } from '../../shared/errors'
import type { FilePickRequest, ProjectSummary } from '../../shared/domain'
import { IPC_EVENT } from '../../shared/bridge'
import { dispatch } from '../dispatch'
import { buildSampleProject } from '../sample/content'
import { Session } from '../session'
import { defaultProjectsDir } from '../paths'
import type { SettingsStore } from '../services/settings/store'
import { buildMenu } from './menu'
import { electronPrinter } from './printPdf'

const PROJECT_FILTERS: FileFilter[] = [{ name: 'Needle project', extensions: ['needle'] }]

export class DesktopApp {
  readonly session: Session
  window: BrowserWindow | null = null

  constructor(
    readonly settings: SettingsStore,
    private readonly dev: boolean,
  ) {
    this.session = new Session('desktop', settings, (event, payload) => this.send(event, payload))
    this.session.nativeDialogs = { pick: (request) => this.pick(request) }
    this.session.printer = electronPrinter
    this.session.buildSample = buildSampleProject
  }

  /** The renderer's file choices (Start screen, import) go through the same native dialogs as the menu. */
  private async pick(request: FilePickRequest): Promise<string[]> {
    if (request.mode === 'save') {
      const { canceled, filePath } = await this.saveDialog({
        title: request.title,
        defaultPath: request.defaultPath,
        filters: request.filters ?? PROJECT_FILTERS,
      })
      return canceled || !filePath ? [] : [filePath]
    }
    const options: Electron.OpenDialogOptions = {
      title: request.title,
      defaultPath: request.defaultPath,
      filters: request.filters,
      properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    }
    const { canceled, filePaths } = this.window ? await dialog.showOpenDialog(this.window, options) : await dialog.showOpenDialog(options)
    return canceled ? [] : filePaths
  }

  /** Pushes an event to the page, and keeps the window's title and menu in step with the project. */
  send<E extends EventName>(event: E, payload: EventMap[E]): void {
    const win = this.window
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, event, payload)
    if (event === 'project.changed') this.projectChanged((payload as EventMap['project.changed']).summary)
  }

  refreshMenu(): void {
    const settings = this.settings.get()
    Menu.setApplicationMenu(
      buildMenu(
        {
          recent: settings.recent,
          hasProject: this.session.project !== null,
          language: settings.language,
          theme: settings.theme,
          dev: this.dev,
        },
        {
          newProject: () => void this.newProject(),
          openProject: () => void this.openProjectDialog(),
          openRecent: (path) => void this.openProject(path),
          openSample: () => void this.run('project.openSample', {}),
          saveCopy: () => void this.saveCopy(),
          closeProject: () => void this.run('project.close', {}),
          command: (command) => this.command(command),
        },
      ),
    )
  }

  command(command: MenuCommand): void {
    this.send('menu.command', { command })
  }

  async openProject(path: string): Promise<void> {
    await this.run('project.open', { path })
  }

  async newProject(): Promise<void> {
    const { canceled, filePath } = await this.saveDialog({
      title: 'New project',
      buttonLabel: 'Create',
      defaultPath: join(defaultProjectsDir(), 'Untitled.needle'),
    })
    if (!canceled && filePath) await this.run('project.create', { path: filePath })
  }

  async openProjectDialog(): Promise<void> {
    const options = {
      title: 'Open project',
      filters: PROJECT_FILTERS,
      properties: ['openFile' as const],
      defaultPath: defaultProjectsDir(),
    }
    const { canceled, filePaths } = this.window ? await dialog.showOpenDialog(this.window, options) : await dialog.showOpenDialog(options)
    if (!canceled && filePaths[0]) await this.openProject(filePaths[0])
  }

  async saveCopy(): Promise<void> {
    const project = this.session.project
    if (!project) return
    const { canceled, filePath } = await this.saveDialog({
      title: 'Save a copy',
      buttonLabel: 'Save copy',
      defaultPath: project.path.replace(/(\.needle)?$/i, ' copy.needle'),
    })
    if (canceled || !filePath) return
    const saved = await this.run('project.saveCopy', { path: filePath })
    if (saved && this.window) {
      void dialog.showMessageBox(this.window, { type: 'info', message: `Saved a copy as ${basename(saved.path)}.`, detail: saved.path })
    }
  }

  /** Dispatches and shows a failure to the user; returns the value, or null when it failed. */
  private async run<C extends Channel>(channel: C, input: unknown) {
    const result = await dispatch(this.session, channel, input)
    if (result.ok) return result.value
    await this.showError(result.error, channel, input)
    return null
  }

  private async showError(error: ErrorPayload, channel: Channel, input: unknown): Promise<void> {
    const path = typeof (input as { path?: unknown })?.path === 'string' ? (input as { path: string }).path : null
    const backups = Array.isArray(error.details?.backups) ? error.details.backups : []
    const canRestore = error.code === 'corrupt' && path !== null && backups.length > 0 && channel === 'project.open'
    const options = {
      type: 'error' as const,
      title: 'Needle',
      message: error.message,
      buttons: canRestore ? ['Restore the latest backup', 'Cancel'] : ['OK'],
      defaultId: 0,
      cancelId: canRestore ? 1 : 0,
    }
    const { response } = this.window ? await dialog.showMessageBox(this.window, options) : await dialog.showMessageBox(options)
    if (canRestore && response === 0) await this.run('project.restoreBackup', { path })
  }

  private saveDialog(options: Electron.SaveDialogOptions) {
    const full: Electron.SaveDialogOptions = {
      filters: PROJECT_FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      ...options,
    }
    return this.window ? dialog.showSaveDialog(this.window, full) : dialog.showSaveDialog(full)
  }

  private projectChanged(summary: ProjectSummary | null): void {
    const win = this.window
    if (win && !win.isDestroyed()) {
      win.setTitle(summary ? `${summary.name}${summary.readOnly ? ' (read-only)' : ''} — Needle` : 'Needle')
      if (process.platform === 'darwin') win.setRepresentedFilename(summary?.path ?? '')
    }
    if (summary) app.addRecentDocument(summary.path)
    this.refreshMenu()
  }
}
