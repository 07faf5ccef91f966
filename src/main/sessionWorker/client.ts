/**
 * The main thread's handle on the session worker: dispatch(channel, input) as if the Session were
 * here, events relayed to `onEvent`, and the worker's requests (dialogs, printing) answered by
 * `requests`. If the worker dies, waiting commands fail with a clear message and the next command
 * starts a fresh worker (with no project open, which the window is told).
 */
import { Worker } from 'node:worker_threads'
import type { EventMap, EventName } from '../../shared/contract'
import type { Result } from '../../shared/errors'
import type { FromWorker, MainRequests, ToWorker, WorkerInit } from './protocol'

export type OnEvent = <E extends EventName>(event: E, payload: EventMap[E]) => void

/** How long quitting waits for the worker to checkpoint and unlock the project. */
const SHUTDOWN_TIMEOUT_MS = 10_000

export class SessionClient {
  private worker: Worker | null = null
  private readonly pending = new Map<number, (result: Result<unknown>) => void>()
  private nextId = 1

  constructor(
    private readonly entry: URL,
    private readonly init: WorkerInit,
    private readonly onEvent: OnEvent,
    private readonly requests: MainRequests,
    private readonly stoppedMessage: (reason: string) => string = (reason) => `Needle's background worker stopped (${reason}).`,
  ) {}

  /** The worker thread, started on first use. */
  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.entry, { workerData: this.init })
    worker.on('message', (message: FromWorker) => this.receive(worker, message))
    const stopped = (reason: string) => {
      if (this.worker !== worker) return
      this.worker = null
      const error = { code: 'internal' as const, message: this.stoppedMessage(reason) }
      for (const settle of this.pending.values()) settle({ ok: false, error })
      this.pending.clear()
      this.onEvent('project.changed', { summary: null })
    }
    worker.on('error', (err) => stopped(err.message))
    worker.on('exit', (code) => stopped(`exit code ${code}`))
    this.worker = worker
    return worker
  }

  private receive(worker: Worker, message: FromWorker): void {
    switch (message.type) {
      case 'result': {
        const settle = this.pending.get(message.id)
        this.pending.delete(message.id)
        settle?.(message.result)
        return
      }
      case 'event':
        this.onEvent(message.event, message.payload as never)
        return
      case 'request': {
        const reply = (m: ToWorker) => worker.postMessage(m)
        const call = this.requests[message.method] as (args: unknown) => Promise<unknown>
        call(message.args).then(
          (value) => reply({ type: 'reply', id: message.id, ok: true, value }),
          (err: unknown) => reply({ type: 'reply', id: message.id, ok: false, message: (err as Error)?.message ?? String(err) }),
        )
        return
      }
      case 'closed':
        return
    }
  }

  dispatch(channel: string, input: unknown): Promise<Result<unknown>> {
    const worker = this.start()
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, resolve)
      worker.postMessage({ type: 'dispatch', id, channel, input } satisfies ToWorker)
    })
  }

  /** Closes the project (checkpoint, unlock) and stops the worker; resolves when done or after a time limit. */
  async close(): Promise<void> {
    const worker = this.worker
    if (!worker) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, SHUTDOWN_TIMEOUT_MS)
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'closed') {
          clearTimeout(timer)
          resolve()
        }
      })
      worker.postMessage({ type: 'shutdown' } satisfies ToWorker)
    })
    this.worker = null
    await worker.terminate()
  }
}
