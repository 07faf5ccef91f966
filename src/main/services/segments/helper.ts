/**
 * The second core for a k-means segmentation: a helper worker thread that runs offloaded tasks
 * (math/offload.ts) while the clustering thread runs its own share.
 *
 * The clustering thread is synchronous math, so it cannot await a message: it hands tasks over with
 * postMessage, and when it needs an answer it reads the port synchronously (receiveMessageOnPort)
 * and sleeps on a shared counter (Atomics.wait) that the helper bumps after each answer. The inputs
 * are shared, not copied (a SharedArrayBuffer).
 *
 * If the helper has not started within STARTUP_MS (no worker file, a loader failure), or reports an
 * error for a task, that task runs here instead: the answer is the same, only slower.
 */
import { availableParallelism } from 'node:os'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import type { Matrix } from './math/matrix'
import { localOffload, runTask, type Offload, type OffloadAnswers, type OffloadTask } from './math/offload'
import { workerEntry } from '../workerEntry'

// Kept in variables: a literal `new URL(...)` would be copied as an asset by the bundler.
const SOURCE_WORKER = 'helperWorker.ts'
const BUILT_WORKER = 'segmentsHelper.js'
/** How long to wait for the helper's first sign of life before doing its work here. */
const STARTUP_MS = 20_000

/** Slots of the shared Int32Array: answers posted so far, and 1 once the helper is running. */
export const ANSWERS = 0
export const STARTED = 1

export interface HelperData {
  rows: number
  cols: number
  data: SharedArrayBuffer
  signal: SharedArrayBuffer
  port: MessagePort
}

export type HelperReply = { id: number; answer: OffloadAnswers[OffloadTask['kind']] } | { id: number; error: string }

/** An offload with a helper thread when this machine has a second core and the helper's code exists; else local. */
export interface HelperOffload extends Offload {
  close(): void
  /** Tasks the helper thread has answered so far (0 when there is none: one core, or no worker file). */
  helped(): number
}

/** Below this many input cells a run takes well under a second: starting a thread would cost more than it saves. */
const MIN_CELLS = 100_000

export function helperOffload(z: Matrix, { minCells = MIN_CELLS }: { minCells?: number } = {}): HelperOffload {
  const entry =
    availableParallelism() >= 2 && z.rows * z.cols >= minCells ? workerEntry(import.meta.url, SOURCE_WORKER, BUILT_WORKER) : null
  if (!entry) return { ...localOffload(z), close() {}, helped: () => 0 }
  const data = new SharedArrayBuffer(z.data.byteLength)
  new Float64Array(data).set(z.data)
  const shared = { rows: z.rows, cols: z.cols, data: new Float64Array(data) }
  const signal = new Int32Array(new SharedArrayBuffer(8))
  const { port1, port2 } = new MessageChannel()
  const workerData: HelperData = { rows: z.rows, cols: z.cols, data, signal: signal.buffer as SharedArrayBuffer, port: port2 }
  const worker = new Worker(entry.url, { execArgv: entry.execArgv, workerData, transferList: [port2] })
  // The helper must never keep the clustering thread alive, nor crash it with an event nobody reads.
  worker.unref()
  worker.on('error', () => {})
  const started = performance.now()
  const tasks = new Map<number, OffloadTask>()
  const answers = new Map<number, HelperReply>()
  let nextId = 0
  let givenUp = false

  const take = (id: number): OffloadAnswers[OffloadTask['kind']] => {
    for (;;) {
      const done = answers.get(id)
      if (done) {
        answers.delete(id)
        tasks.delete(id)
        if ('error' in done) throw new Error(done.error)
        return done.answer
      }
      if (givenUp) {
        const task = tasks.get(id)!
        tasks.delete(id)
        return runTask(shared, task)
      }
      const seen = Atomics.load(signal, ANSWERS)
      const msg = receiveMessageOnPort(port1)
      if (msg) {
        const reply = msg.message as HelperReply
        answers.set(reply.id, reply)
        continue
      }
      if (!Atomics.load(signal, STARTED) && performance.now() - started > STARTUP_MS) {
        givenUp = true
        void worker.terminate()
        continue
      }
      Atomics.wait(signal, ANSWERS, seen, 1000)
    }
  }

  return {
    parallel: true,
    submit<T extends OffloadTask>(task: T) {
      const id = nextId++
      tasks.set(id, task)
      if (!givenUp) port1.postMessage({ id, task })
      return () => take(id) as OffloadAnswers[T['kind']]
    },
    close() {
      port1.close()
      void worker.terminate()
    },
    helped: () => Atomics.load(signal, ANSWERS),
  }
}
