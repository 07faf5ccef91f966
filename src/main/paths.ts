/**
 * Where things are: Needle's own files (run from source with tsx or in tests, built in out/, or
 * packaged), and the user's Needle folder with its default place for projects.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { projectsDir, settingsDir } from './services/settings/places'

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

/** The folder for settings; NEEDLE_HOME overrides it (the CLI's scripts and the tests). See settings/places.ts. */
export function needleHome(): string {
  return settingsDir()
}

/** New and Open start here, and the sample project lives here; NEEDLE_PROJECTS_DIR overrides it (settings/places.ts). */
export function defaultProjectsDir(): string {
  return projectsDir()
}
