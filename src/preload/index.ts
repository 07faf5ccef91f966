/**
 * The only door between the sandboxed page and the main process: `invoke` and `on`, nothing
 * else (no ipcRenderer, no Node). Arguments are checked here and again in main, because a
 * compromised page could call these with anything.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { IPC_EVENT, IPC_INVOKE, type NeedleBridge } from '../shared/bridge'

const bridge: NeedleBridge = {
  invoke(channel, input) {
    if (typeof channel !== 'string' || channel.length === 0 || channel.length > 200)
      return Promise.reject(new TypeError('needle.invoke: a command name is required'))
    return ipcRenderer.invoke(IPC_INVOKE, channel, input)
  },
  on(event, listener) {
    if (typeof event !== 'string' || typeof listener !== 'function') throw new TypeError('needle.on(event, listener)')
    const relay = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as never)
    }
    ipcRenderer.on(IPC_EVENT, relay)
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, relay)
    }
  },
}

contextBridge.exposeInMainWorld('needle', bridge)
