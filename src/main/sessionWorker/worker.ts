/**
 * The desktop app's session, on a worker thread (built to out/main/sessionWorker.js). It runs
 * the same dispatch as every other transport; what needs the window (native dialogs, Electron's
 * printer) it asks the main thread for. It must never import electron: a worker thread has none.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { dispatch } from '../dispatch'
import { buildSampleProject } from '../sample/content'
import type { Printer } from '../services/exports/personas/printJob'
import { usePlaces } from '../services/settings/places'
import { SettingsStore } from '../services/settings/store'
import { Session } from '../session'
import type { FromWorker, MainRequests, RequestMethod, ToWorker, WorkerInit } from './protocol'

const port = parentPort
if (!port) throw new Error('sessionWorker runs only as a worker thread')
const init = workerData as WorkerInit
usePlaces(init.places)

const post = (message: FromWorker) => port.postMessage(message)
const waiting = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>()
let nextId = 1

function ask<M extends RequestMethod>(method: M, args: Parameters<MainRequests[M]>[0]): ReturnType<MainRequests[M]> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    post({ type: 'request', id, method, args })
  }) as ReturnType<MainRequests[M]>
}

const session = new Session(init.edition, new SettingsStore(init.settingsFile), (event, payload) => post({ type: 'event', event, payload }))
session.nativeDialogs = { pick: (request) => ask('pick', request) }
const printer: Printer = {
  pdf: async (job) => Buffer.from(await ask('printPdf', job)),
  png: async (job) => Buffer.from(await ask('printPng', job)),
  release: async () => {},
}
session.printer = printer
session.buildSample = buildSampleProject

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'dispatch':
      void dispatch(session, message.channel, message.input).then((result) => post({ type: 'result', id: message.id, result }))
      return
    case 'reply': {
      const pending = waiting.get(message.id)
      waiting.delete(message.id)
      if (!pending) return
      if (message.ok) pending.resolve(message.value)
      else pending.reject(new Error(message.message))
      return
    }
    case 'shutdown':
      // Checkpoint and unlock the project so the file travels alone after quitting.
      session.closeProject()
      post({ type: 'closed' })
      return
  }
})
