/**
 * Where things are: Needle's own files (run from source with tsx or in tests, built in out/, or
 * packaged), and the user's Needle folder with its default place for projects.
 */
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findAppRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
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

/** The folder for settings, sample project and default project location; NEEDLE_HOME overrides it (tests). */
export function needleHome(): string {
  return process.env.NEEDLE_HOME || join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'needle')
}

/** Where new projects and the sample project go unless the researcher picks elsewhere; NEEDLE_PROJECTS_DIR overrides it. */
export function defaultProjectsDir(): string {
  return process.env.NEEDLE_PROJECTS_DIR || join(needleHome(), 'projects')
}
