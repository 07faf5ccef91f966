// A stand-in for the `electron` module, for driving the built main process under plain Node
// (Electron's binary cannot be downloaded on the machines these tests run on). It records what the
// main process asks of Electron and lets the test (the parent process, over Node's IPC channel) fire
// app events, click menu items, invoke IPC as the page would and close the window. It models no
// rendering, no real dialogs, no OS integration: tests using it prove the main process's decisions,
// not Electron's behaviour.
import { EventEmitter } from 'node:events'

const calls = []
const record = (what, detail = {}) => {
  const call = { what, ...detail }
  calls.push(call)
  // Also streamed to the test, which still has them after the process exits.
  if (process.send && process.connected) process.send({ type: 'call', call })
}
const env = process.env
const paths = {
  home: env.STANDIN_HOME,
  appData: `${env.STANDIN_HOME}/appData`,
  userData: `${env.STANDIN_HOME}/appData/needle`,
  documents: `${env.STANDIN_HOME}/Documents`,
  temp: `${env.STANDIN_HOME}/tmp`,
}
const state = { execResult: false, dialogResult: { canceled: true, filePaths: [] }, menu: null, contextMenu: null }

class Emitter extends EventEmitter {}

/** Fires an event the way Electron does: listeners get an event object with preventDefault. */
function fire(emitter, name, ...args) {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    },
  }
  emitter.emit(name, event, ...args)
  return event
}

let quitting = false
class App extends Emitter {
  isPackaged = env.STANDIN_PACKAGED === '1'
  commandLine = { appendSwitch: (name, value) => record('appendSwitch', { name, value }) }
  getPath(name) {
    if (!(name in paths)) throw new Error(`stand-in: no path ${name}`)
    return paths[name]
  }
  setPath(name, value) {
    record('setPath', { name, value })
    paths[name] = value
  }
  getName() {
    return 'needle'
  }
  enableSandbox() {
    record('enableSandbox')
  }
  requestSingleInstanceLock() {
    const got = env.STANDIN_LOCK !== 'taken'
    record('requestSingleInstanceLock', { got })
    return got
  }
  releaseSingleInstanceLock() {
    record('releaseSingleInstanceLock')
  }
  whenReady() {
    return new Promise((resolve) => setTimeout(resolve, 10)).then(() => {
      record('ready')
      this.emit('ready')
    })
  }
  addRecentDocument(path) {
    record('addRecentDocument', { path })
  }
  quit() {
    if (quitting) return
    const e = fire(this, 'will-quit')
    if (e.defaultPrevented) return
    quitting = true
    record('quit')
    report({ type: 'exit', code: 0 })
    setTimeout(() => process.exit(0), 20)
  }
  exit(code = 0) {
    record('exit', { code })
    report({ type: 'exit', code })
    setTimeout(() => process.exit(code), 20)
  }
}
export const app = new App()

let nextId = 1
const windows = []
class WebContents extends Emitter {
  constructor(win) {
    super()
    this.win = win
    this.session = {
      setSpellCheckerEnabled: (on) => record('setSpellCheckerEnabled', { on }),
      addWordToSpellCheckerDictionary: (word) => record('addWord', { word }),
    }
  }
  send(channel, event, payload) {
    record('webContents.send', { window: this.win.id, event, payload })
  }
  setWindowOpenHandler() {}
  async executeJavaScript(_code) {
    record('executeJavaScript', { window: this.win.id })
    return state.execResult
  }
  undo() {
    record('webContents.undo', { window: this.win.id })
  }
  redo() {
    record('webContents.redo', { window: this.win.id })
  }
  replaceMisspelling(word) {
    record('replaceMisspelling', { word })
  }
}

export class BrowserWindow extends Emitter {
  constructor(options = {}) {
    super()
    this.id = nextId++
    this.options = options
    this.destroyed = false
    this.webContents = new WebContents(this)
    windows.push(this)
    record('BrowserWindow', { id: this.id, options: JSON.parse(JSON.stringify(options)) })
  }
  static getAllWindows() {
    return windows.filter((w) => !w.destroyed)
  }
  isDestroyed() {
    return this.destroyed
  }
  isMinimized() {
    return false
  }
  isMaximized() {
    return false
  }
  maximize() {}
  restore() {}
  show() {
    record('show', { window: this.id })
  }
  focus() {}
  setTitle(title) {
    record('setTitle', { window: this.id, title })
  }
  setRepresentedFilename() {}
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 }
  }
  async loadURL(url) {
    record('loadURL', { window: this.id, url })
  }
  close() {
    fire(this, 'close')
    this.destroyed = true
    this.emit('closed')
  }
  destroy() {
    this.destroyed = true
  }
}

export const Menu = {
  buildFromTemplate(template) {
    return { template, popup: () => (state.contextMenu = template) }
  },
  setApplicationMenu(menu) {
    state.menu = menu
    record('setApplicationMenu')
  },
}

const handlers = new Map()
export const ipcMain = {
  handle(channel, fn) {
    handlers.set(channel, fn)
  },
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record('registerSchemesAsPrivileged', { schemes })
  },
  handle(scheme) {
    if (env.STANDIN_FAIL === 'protocol') throw new Error('stand-in: protocol.handle failed')
    record('protocol.handle', { scheme })
  },
}

function dialogCall(kind, win, options) {
  const hasWindow = win instanceof BrowserWindow
  if (hasWindow && win.destroyed) throw new TypeError('Object has been destroyed') // what Electron does
  record('dialog', { kind, window: hasWindow ? win.id : null, title: (hasWindow ? options : win)?.title })
}
export const dialog = {
  async showOpenDialog(win, options) {
    dialogCall('open', win, options)
    return state.dialogResult
  },
  async showSaveDialog(win, options) {
    dialogCall('save', win, options)
    return { canceled: state.dialogResult.canceled, filePath: state.dialogResult.filePaths[0] }
  },
  async showMessageBox(win, options) {
    dialogCall('message', win, options)
    record('messageBox', { message: (win instanceof BrowserWindow ? options : win).message })
    return { response: 0 }
  },
  showErrorBox(title, content) {
    record('showErrorBox', { title, content })
  },
}

export const nativeTheme = {
  set themeSource(value) {
    record('themeSource', { value })
  },
}

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }
export const session = {
  defaultSession: {
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
    webRequest: { onHeadersReceived() {} },
  },
}
export const shell = { openExternal: async (url) => record('openExternal', { url }) }
export default { app, BrowserWindow, Menu, ipcMain, protocol, dialog, nativeTheme, screen, session, shell }

// ---- the test's side: commands over Node's IPC channel ----

/** The menu template as data (click handlers replaced by their path, which `click` finds again). */
function plain(items) {
  return (items ?? []).map((item) => ({
    label: item.label,
    role: item.role,
    accelerator: item.accelerator,
    enabled: item.enabled,
    visible: item.visible,
    type: item.type,
    submenu: Array.isArray(item.submenu) ? plain(item.submenu) : undefined,
  }))
}

function findItem(items, path) {
  let level = items
  let item
  for (const label of path) {
    item = (level ?? []).find((i) => i.label === label)
    if (!item) throw new Error(`stand-in: no menu item ${path.join(' > ')}`)
    level = item.submenu
  }
  return item
}

function mainWindow() {
  return windows.filter((w) => !w.destroyed).at(-1)
}

function report(message) {
  if (process.send && process.connected) process.send(message)
}

// The main thread's responsiveness: the longest gap between 10 ms ticks since `lagStart`.
let lag = { max: 0, timer: null }
const commands = {
  lagStart: () => {
    clearInterval(lag.timer)
    let last = performance.now()
    lag = { max: 0, timer: null }
    lag.timer = setInterval(() => {
      const now = performance.now()
      lag.max = Math.max(lag.max, now - last - 10)
      last = now
    }, 10)
  },
  lagStop: () => {
    clearInterval(lag.timer)
    return lag.max
  },
  calls: () => calls,
  menu: () => plain(state.menu?.template),
  contextMenu: () => plain(state.contextMenu),
  set: ({ execResult, dialogResult }) => {
    if (execResult !== undefined) state.execResult = execResult
    if (dialogResult !== undefined) state.dialogResult = dialogResult
  },
  fire: ({ event, args }) => {
    fire(app, event, ...args)
  },
  click: ({ path }) => {
    const item = findItem(state.menu.template, path)
    item.click?.(item, mainWindow(), {})
  },
  closeWindow: () => mainWindow()?.close(),
  quit: () => app.quit(),
  contextMenuEvent: ({ params }) => {
    fire(mainWindow().webContents, 'context-menu', params)
  },
  invoke: async ({ channel, input }) => {
    const win = mainWindow()
    const handler = handlers.get('needle:invoke')
    const url = win.options && calls.find((c) => c.what === 'loadURL' && c.window === win.id)?.url
    return handler({ sender: win.webContents, senderFrame: { parent: null, url } }, channel, input)
  },
}

process.on('message', async (message) => {
  const { id, command, ...args } = message
  try {
    report({ type: 'reply', id, ok: true, value: await commands[command](args) })
  } catch (err) {
    report({ type: 'reply', id, ok: false, message: err?.stack ?? String(err) })
  }
})
