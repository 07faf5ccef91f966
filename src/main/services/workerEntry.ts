/**
 * Finding a worker thread's code, from source or from the build:
 *  - from source (tsx: the CLI, the tests, the browser edition) the caller is a .ts file, and the
 *    worker is `<source>` beside it, loaded with tsx's loader (`--import`), since a new thread does
 *    not inherit the parent's loader hooks;
 *  - in the Electron build it is out/main/<built> (an extra rollup input in electron.vite.config.ts),
 *    beside the bundle or one folder up from a shared chunk;
 *  - null when neither exists: the caller then runs the job in-process (blocking, but correct).
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface WorkerEntry {
  url: URL
  execArgv: string[]
}

/** `callerUrl` is the caller's import.meta.url; names are passed in variables so the bundler does not copy them as assets. */
export function workerEntry(callerUrl: string, source: string, built: string): WorkerEntry | null {
  const here = fileURLToPath(callerUrl)
  if (here.endsWith('.ts')) {
    const file = join(dirname(here), source)
    try {
      const tsx = createRequire(callerUrl).resolve('tsx')
      return existsSync(file) ? { url: pathToFileURL(file), execArgv: ['--import', pathToFileURL(tsx).href] } : null
    } catch {
      return null
    }
  }
  for (const dir of [dirname(here), dirname(dirname(here))]) {
    const file = join(dir, built)
    if (existsSync(file)) return { url: pathToFileURL(file), execArgv: [] }
  }
  return null
}
