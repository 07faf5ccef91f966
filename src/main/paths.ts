/** Where Needle's own files are, whether run from source (tsx, tests), built (out/), or packaged. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The nearest folder above `from` holding Needle's package.json: the repository, out/'s parent, or app.asar when packaged. */
export function findAppRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'needle') return dir
      } catch {
        /* keep walking */
      }
    }
    const up = dirname(dir)
    if (up === dir) throw new Error('Needle cannot find its own folder (package.json named "needle").')
    dir = up
  }
}

let root: string | null = null

export function appRoot(): string {
  return (root ??= process.env.NEEDLE_APP_ROOT || findAppRoot())
}

export function resourcesDir(): string {
  return join(appRoot(), 'resources')
}

/** The built renderer that both the Electron window and the browser edition load. */
export function rendererDir(): string {
  return join(appRoot(), 'out', 'renderer')
}
