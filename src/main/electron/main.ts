/**
 * The desktop app's entry (electron-vite's main input, built to out/main/index.js).
 * One instance per user: a second launch with a project file hands it to the first.
 * Start-up order: places and settings (before ready: userData and the UI language must be set
 * early), the app:// scheme, the single-instance lock; then, when ready, the session worker, IPC,
 * menu and window. Any error on the way is shown in a dialog and the app exits, releasing the
 * lock so the next launch can start (a swallowed error used to leave a windowless process holding it).
 */
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, dialog, session } from 'electron'
import type { Language } from '../../shared/domain'
import { resourcesDir, rendererDir } from '../paths'
import { legacyHome, moveLegacyHome, settingsDir, usePlaces, type Places } from '../services/settings/places'
import { SettingsStore } from '../services/settings/store'
import { APP_ORIGIN, registerAppScheme, serveAppScheme } from './appProtocol'
import { DesktopApp } from './desktop'
import { hardenAllWebContents, hardenSession } from './hardening'
import { registerIpc } from './ipc'
import { projectPathFromArgv } from './projectArgs'
import { translator } from './strings'

// electron-vite's dev server sets this; a built app loads its own files through app://.
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const pageUrl = devUrl ?? `${APP_ORIGIN}/index.html`
const pageBase = devUrl ? new URL(devUrl).origin + '/' : `${APP_ORIGIN}/`
// Beside out/main/index.js, both in development and in a build.
const here = dirname(fileURLToPath(import.meta.url))
const preload = join(here, '..', 'preload', 'index.cjs')
const workerEntry = pathToFileURL(join(here, 'sessionWorker.js'))

let language: Language = 'en'
let desktop: DesktopApp | null = null
let holdsLock = false
// A project named before the app is ready (command line, macOS open-file) waits for it.
let pending: string | null = projectPathFromArgv(process.argv)

function fail(err: unknown): void {
  const t = translator(language)
  const message = err instanceof Error ? err.message : String(err)
  console.error('[needle] start-up failed:', err)
  dialog.showErrorBox(t('startupFailed'), t('startupDetail', { message, settings: join(settingsDir(), 'settings.json') }))
  if (holdsLock) app.releaseSingleInstanceLock()
  app.exit(1)
}

/** Electron's own answers, one folder named for the product whatever the package is called. */
function electronPlaces(): Places | null {
  if (process.env.NEEDLE_HOME) return null // scripts and tests: places.ts reads it
  app.setPath('userData', join(app.getPath('appData'), 'Needle'))
  return { settingsDir: app.getPath('userData'), projectsDir: join(app.getPath('documents'), 'Needle') }
}

function openWhenReady(path: string): void {
  if (desktop) void desktop.openProject(path)
  else pending = path
}

function beforeReady(): { settings: SettingsStore; places: Places | null } {
  const places = electronPlaces()
  usePlaces(places)
  if (places) {
    try {
      const report = moveLegacyHome(legacyHome(), places)
      for (const { from, to } of report.moved) console.log(`[needle] moved ${from} to ${to}`)
    } catch (err) {
      // Each entry moves whole or not at all, so what is left is still in the old folder: carry on.
      console.error('[needle] could not move files from the old settings folder:', err)
    }
  }
  const settings = new SettingsStore(join(settingsDir(), 'settings.json'))
  language = settings.get().language
  // Chromium's UI language: on Windows and Linux it also lays the menu bar out right to left.
  app.commandLine.appendSwitch('lang', language)

  registerAppScheme()
  app.enableSandbox()
  hardenAllWebContents()
  return { settings, places }
}

function onReady(settings: SettingsStore, places: Places | null): void {
  hardenSession(session.defaultSession, devUrl ? new URL(devUrl).origin : null)
  if (!devUrl) serveAppScheme(rendererDir())
  const app_ = new DesktopApp(settings, {
    dev: Boolean(devUrl),
    workerEntry,
    places,
    window: { preload, url: pageUrl, pageBase, icon: join(resourcesDir(), 'icons', 'png', '512x512.png') },
  })
  desktop = app_
  registerIpc(app_, pageBase)
  app_.applyTheme()
  app_.refreshMenu()
  app_.showWindow()
  if (pending) {
    void app_.openProject(pending)
    pending = null
  }
  app.on('activate', () => app_.showWindow())
}

function start(): void {
  const { settings, places } = beforeReady()
  holdsLock = app.requestSingleInstanceLock()
  if (!holdsLock) {
    app.quit()
    return
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    desktop?.showWindow()
    const path = projectPathFromArgv(argv, workingDirectory)
    if (path) openWhenReady(path)
  })
  // macOS: a double-clicked .needle file, the Dock, Open Recent; with no window left, one opens.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openWhenReady(path)
  })
  app.on('open-url', (event, url) => {
    event.preventDefault()
    const path = projectPathFromArgv(['', url])
    if (path) openWhenReady(path)
    else desktop?.showWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Checkpoint and unlock the project (on the worker) so the file travels alone after quitting.
  let workerClosed = false
  app.on('will-quit', (event) => {
    if (workerClosed || !desktop) return
    event.preventDefault()
    void desktop.host.close().finally(() => {
      workerClosed = true
      app.quit()
    })
  })
  app
    .whenReady()
    .then(() => onReady(settings, places))
    .catch(fail)
}

try {
  start()
} catch (err) {
  fail(err)
}
