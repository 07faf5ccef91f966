/**
 * The helper thread of a k-means segmentation (see helper.ts): runs each task it is sent on the
 * shared inputs, posts the answer, and wakes the clustering thread. Pure math only, like worker.ts.
 */
import { workerData } from 'node:worker_threads'
import { ANSWERS, STARTED, type HelperData, type HelperReply } from './helper'
import { runTask, type OffloadTask } from './math/offload'

const { rows, cols, data, signal, port } = workerData as HelperData
const z = { rows, cols, data: new Float64Array(data) }
const flags = new Int32Array(signal)

port.on('message', ({ id, task }: { id: number; task: OffloadTask }) => {
  let reply: HelperReply
  try {
    reply = { id, answer: runTask(z, task) }
  } catch (err) {
    reply = { id, error: (err as Error)?.message ?? String(err) }
  }
  port.postMessage(reply)
  Atomics.add(flags, ANSWERS, 1)
  Atomics.notify(flags, ANSWERS)
})
Atomics.store(flags, STARTED, 1)
Atomics.notify(flags, ANSWERS)
