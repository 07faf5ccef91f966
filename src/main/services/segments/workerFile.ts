/**
 * Finding a worker thread's code (the clustering job, worker.ts; its helper, helperWorker.ts):
 *  - from source (tsx: the CLI, the tests, the browser edition) this module is a .ts file, and the
 *    worker is the .ts file beside it, loaded with tsx's loader (`--import`), since a new thread does
 *    not inherit the parent's loader hooks;
 *  - in the Electron build it is out/main/<built>.js (an extra rollup input in electron.vite.config.ts),
 *    beside the bundle or one folder up from a shared chunk;
 *  - null if neither exists: the caller then does the work on its own thread.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface WorkerEntry {
  url: URL
  execArgv: string[]
}

export function workerEntry(source: string, built: string): WorkerEntry | null {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) {
    const file = join(dirname(here), source)
    try {
      const tsx = createRequire(import.meta.url).resolve('tsx')
      if (existsSync(file)) return { url: pathToFileURL(file), execArgv: ['--import', pathToFileURL(tsx).href] }
    } catch {
      return null
    }
    return null
  }
  for (const dir of [dirname(here), dirname(dirname(here))]) {
    const path = join(dir, built)
    if (existsSync(path)) return { url: pathToFileURL(path), execArgv: [] }
  }
  return null
}
