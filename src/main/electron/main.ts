/**
 * The desktop app's entry (electron-vite's main input, built to out/main/index.js).
 * One instance per user: a second launch with a project file hands it to the first.
 */
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, session } from 'electron'
import { rendererDir } from '../paths'
import { SettingsStore } from '../services/settings/store'
import { APP_ORIGIN, registerAppScheme, serveAppScheme } from './appProtocol'
import { DesktopApp } from './desktop'
import { hardenAllWebContents, hardenSession } from './hardening'
import { registerIpc } from './ipc'
import { projectPathFromArgv } from './projectArgs'
import { createMainWindow } from './window'

// electron-vite's dev server sets this; a built app loads its own files through app://.
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const pageUrl = devUrl ?? `${APP_ORIGIN}/index.html`
const pageBase = devUrl ? new URL(devUrl).origin + '/' : `${APP_ORIGIN}/`
// Beside out/main/index.js, both in development and in a build.
const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

registerAppScheme()
app.enableSandbox()
hardenAllWebContents()

let desktop: DesktopApp | null = null
// A project named before the app is ready (command line, macOS open-file) waits for it.
let pending: string | null = projectPathFromArgv(process.argv)

function openWhenReady(path: string): void {
  if (desktop) void desktop.openProject(path)
  else pending = path
}

function showWindow(): void {
  if (!desktop) return
  if (!desktop.window || desktop.window.isDestroyed()) {
    desktop.window = createMainWindow({ preload, url: pageUrl, pageBase, settings: desktop.settings, onDropProject: openWhenReady })
    return
  }
  if (desktop.window.isMinimized()) desktop.window.restore()
  desktop.window.focus()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow()
    const path = projectPathFromArgv(argv, workingDirectory)
    if (path) openWhenReady(path)
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openWhenReady(path)
  })

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, devUrl ? new URL(devUrl).origin : null)
    if (!devUrl) serveAppScheme(rendererDir())
    desktop = new DesktopApp(new SettingsStore(), Boolean(devUrl))
    registerIpc(desktop, pageBase)
    desktop.refreshMenu()
    showWindow()
    if (pending) {
      void desktop.openProject(pending)
      pending = null
    }
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Checkpoint and unlock the project so the file travels alone after quitting.
  app.on('will-quit', () => desktop?.session.closeProject())
}
