/**
 * The one main window: sandboxed, isolated, no Node in the page; it remembers its size and
 * place, and a project file dropped onto it (which Chromium turns into a file:// navigation)
 * is opened instead of displayed. Right-click gives the context menu (contextMenu.ts).
 */
import { fileURLToPath } from 'node:url'
import { BrowserWindow, Menu, screen } from 'electron'
import type { SettingsStore } from '../services/settings/store'
import { contextMenuTemplate, spellcheckAllowed } from './contextMenu'
import { openExternally } from './hardening'
import type { Translate } from './strings'
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
  /** The window is gone (destroyed): whoever holds it must forget it. */
  onClosed(): void
  /** The window and taskbar icon (a PNG; macOS takes the app bundle's instead). */
  icon?: string
  /** The context menu's words, in the current UI language. */
  strings(): Translate
}

export function createMainWindow({
  preload,
  url,
  pageBase,
  settings,
  onDropProject,
  onClosed,
  icon,
  strings,
}: WindowOptions): BrowserWindow {
  settings.reload()
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
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: spellcheckAllowed(),
    },
  })
  if (!spellcheckAllowed()) {
    // Belt and braces (see spellcheckAllowed): never fetch Hunspell dictionaries from the network.
    win.webContents.session.setSpellCheckerEnabled(false)
  }
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
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, strings(), {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    })
    Menu.buildFromTemplate(template).popup({ window: win })
  })
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
  win.on('closed', onClosed)

  void win.loadURL(url)
  return win
}
