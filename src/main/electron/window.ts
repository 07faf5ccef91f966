/**
 * The one main window: sandboxed, isolated, no Node in the page; it remembers its size and
 * place, and a project file dropped onto it (which Chromium turns into a file:// navigation)
 * is opened instead of displayed.
 */
import { fileURLToPath } from 'node:url'
import { BrowserWindow, screen } from 'electron'
import type { SettingsStore } from '../services/settings/store'
import { openExternally } from './hardening'
import { PROJECT_EXTENSION } from './projectArgs'
import { MIN_SIZE, restoreBounds } from './windowBounds'

export interface WindowOptions {
  preload: string
  url: string
  /** Every URL of our own page starts with this (app://needle/ or the dev server's origin). */
  pageBase: string
  settings: SettingsStore
  /** A .needle file dropped onto the window. */
  onDropProject(path: string): void
}

export function createMainWindow({ preload, url, pageBase, settings, onDropProject }: WindowOptions): BrowserWindow {
  const { bounds, maximized } = restoreBounds(
    settings.window,
    screen.getAllDisplays().map((d) => d.workArea),
  )
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Needle',
    backgroundColor: '#1a1b1e',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  })
  if (maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  // The title names the open project; main sets it, not the page.
  win.on('page-title-updated', (event) => event.preventDefault())

  const contents = win.webContents
  contents.on('will-navigate', (event) => {
    // The page never navigates: it is a single-page app, and anything else is a drop or an attack.
    event.preventDefault()
    if (event.url.startsWith('file:')) {
      let path: string
      try {
        path = fileURLToPath(event.url)
      } catch {
        return
      }
      if (PROJECT_EXTENSION.test(path)) onDropProject(path)
      return
    }
    if (!event.url.startsWith(pageBase)) openExternally(event.url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault()
  })

  const saveBounds = () => {
    if (win.isDestroyed() || win.isMinimized()) return
    const { x, y, width, height } = win.getNormalBounds()
    settings.update({ window: { x, y, width, height, maximized: win.isMaximized() } })
  }
  let timer: NodeJS.Timeout | undefined
  const saveSoon = () => {
    clearTimeout(timer)
    timer = setTimeout(saveBounds, 500)
  }
  win.on('resize', saveSoon)
  win.on('move', saveSoon)
  win.on('maximize', saveSoon)
  win.on('unmaximize', saveSoon)
  win.on('close', () => {
    clearTimeout(timer)
    saveBounds()
  })

  void win.loadURL(url)
  return win
}
