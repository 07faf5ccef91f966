/**
 * The worker-thread entry of a clustering run: the request arrives as workerData, progress and the
 * result go back as messages. Only pure math is imported here (no database, no native modules), so
 * the same file runs under tsx from source and as out/main/segmentsWorker.js in the Electron build.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { compute, type ComputeRequest, type Stage } from './compute'
import { helperOffload } from './helper'

const PROGRESS_EVERY_MS = 50

const port = parentPort
if (port) {
  let last = 0
  let stage: Stage = 'clustering'
  try {
    const result = compute(workerData as ComputeRequest, {
      // This thread's job blocks its event loop; a helper thread takes half the k-means work.
      offload: (z) => helperOffload(z),
      onStage: (s) => {
        stage = s
        port.postMessage({ type: 'progress', stage, fraction: null })
      },
      onProgress: (fraction) => {
        const now = Date.now()
        if (now - last < PROGRESS_EVERY_MS) return
        last = now
        port.postMessage({ type: 'progress', stage, fraction })
      },
    })
    port.postMessage({ type: 'result', result }, [result.labels.buffer as ArrayBuffer])
  } catch (err) {
    port.postMessage({ type: 'error', message: (err as Error)?.message ?? String(err) })
  }
}
