/**
 * ipcMain -> dispatch. Only our own page's main frame may call: a frame from anywhere else
 * (an injected iframe, a page navigated to by mistake) is refused before dispatch, and
 * dispatch itself validates every input against the contract. Dispatch runs on the session
 * worker (sessionWorker/), so the window never waits on a long command.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { IPC_INVOKE } from '../../shared/bridge'
import type { Result } from '../../shared/errors'
import type { DesktopApp } from './desktop'

export function isTrustedSender(event: IpcMainInvokeEvent, desktop: DesktopApp, pageBase: string): boolean {
  const win = desktop.window
  const frame = event.senderFrame
  if (!win || win.isDestroyed() || event.sender !== win.webContents || !frame) return false
  // The top frame of our window showing our page: no iframe, no page navigated to by mistake.
  return frame.parent === null && frame.url.startsWith(pageBase)
}

export function registerIpc(desktop: DesktopApp, pageBase: string): void {
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, desktop, pageBase)) {
      return { ok: false, error: { code: 'invalid_input', message: 'Commands are only accepted from the Needle window.' } }
    }
    if (typeof channel !== 'string') return { ok: false, error: { code: 'invalid_input', message: 'A command name is required.' } }
    const result = await desktop.host.dispatch(channel, input)
    // Language and theme show in the menu, the dialogs and the native theme.
    if (channel === 'settings.update' && result.ok) desktop.settingsChanged()
    return result
  })
}
