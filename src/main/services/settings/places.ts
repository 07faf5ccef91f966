/**
 * Where Needle keeps things on this computer:
 * - settings: the platform's per-user application folder (Electron's userData:
 *   %APPDATA%\Needle, ~/Library/Application Support/Needle, ~/.config/Needle);
 * - projects (the default folder of New/Open and the sample project): Documents/Needle, where
 *   people look for their files (not a hidden folder).
 * The desktop app passes Electron's own answers in (usePlaces); the CLI and the browser edition
 * work them out the same way here. NEEDLE_HOME (settings, and projects beneath it) and
 * NEEDLE_PROJECTS_DIR override both, for scripts and tests.
 * Earlier versions kept everything in ~/.config/needle on every system; moveLegacyHome brings it over once.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve, sep } from 'node:path'

export interface Places {
  settingsDir: string
  projectsDir: string
}

let configured: Places | null = null

/** The desktop shell's places (from app.getPath), set before anything reads settings. */
export function usePlaces(places: Places | null): void {
  configured = places
}

/** The platform's places worked out without Electron (what app.getPath would answer for an app named Needle). */
export function platformPlaces(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = homedir(),
): Places {
  const appData =
    platform === 'win32'
      ? env.APPDATA || join(home, 'AppData', 'Roaming')
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME || join(home, '.config')
  return { settingsDir: join(appData, 'Needle'), projectsDir: join(home, 'Documents', 'Needle') }
}

export function settingsDir(): string {
  return process.env.NEEDLE_HOME || (configured ?? platformPlaces()).settingsDir
}

export function projectsDir(): string {
  if (process.env.NEEDLE_PROJECTS_DIR) return process.env.NEEDLE_PROJECTS_DIR
  if (process.env.NEEDLE_HOME) return join(process.env.NEEDLE_HOME, 'projects')
  return (configured ?? platformPlaces()).projectsDir
}

/** The one folder every earlier version used, on every system. */
export function legacyHome(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'needle')
}

/** Left in the old folder after the move, so it happens once and the user can see where things went. */
export const MOVED_NOTE = 'MOVED-TO-NEW-PLACES.txt'

export interface MoveReport {
  moved: { from: string; to: string }[]
  /** Entries left where they were because something of the same name is already in the new place. */
  kept: string[]
}

function move(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (err) {
    // Another drive (EXDEV): copy, then remove the original only once the copy is complete.
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
    if (statSync(from).isDirectory()) cpSync(from, to, { recursive: true, errorOnExist: true, force: false })
    else copyFileSync(from, to)
    rmSync(from, { recursive: true, force: true })
  }
}

const same = (a: string, b: string) => resolve(a) === resolve(b)

/**
 * Moves settings.json and the projects folder's contents from the legacy folder to `places`,
 * once (a note left behind marks it done), never overwriting anything already there, and
 * points the recent-projects list at the files' new paths.
 */
export function moveLegacyHome(legacy: string, places: Places): MoveReport {
  const report: MoveReport = { moved: [], kept: [] }
  if (!existsSync(legacy) || existsSync(join(legacy, MOVED_NOTE))) return report
  const oldProjects = join(legacy, 'projects')

  if (!same(oldProjects, places.projectsDir) && existsSync(oldProjects)) {
    mkdirSync(places.projectsDir, { recursive: true })
    for (const name of readdirSync(oldProjects)) {
      const from = join(oldProjects, name)
      const to = join(places.projectsDir, name)
      if (existsSync(to)) report.kept.push(from)
      else {
        move(from, to)
        report.moved.push({ from, to })
      }
    }
  }

  const oldSettings = join(legacy, 'settings.json')
  const newSettings = join(places.settingsDir, 'settings.json')
  if (!same(oldSettings, newSettings) && existsSync(oldSettings)) {
    if (existsSync(newSettings)) report.kept.push(oldSettings)
    else {
      mkdirSync(places.settingsDir, { recursive: true })
      move(oldSettings, newSettings)
      report.moved.push({ from: oldSettings, to: newSettings })
    }
  }
  if (existsSync(newSettings) && report.moved.length) repointRecent(newSettings, oldProjects + sep, places.projectsDir + sep)

  const lines = report.moved.map((m) => `${m.from} -> ${m.to}`)
  if (report.kept.length) lines.push('', 'Left here because the new place already has a file of the same name:', ...report.kept)
  writeFileSync(join(legacy, MOVED_NOTE), `Needle now keeps its files in the places your system expects:\n\n${lines.join('\n')}\n`)
  return report
}

/** Recent projects that lived in the old projects folder now live in the new one. */
function repointRecent(settingsFile: string, oldPrefix: string, newPrefix: string): void {
  try {
    const data = JSON.parse(readFileSync(settingsFile, 'utf8')) as { recent?: unknown }
    if (!data || typeof data !== 'object' || !Array.isArray(data.recent)) return
    data.recent = data.recent.map((p: unknown) =>
      typeof p === 'string' && p.startsWith(oldPrefix) && existsSync(newPrefix + p.slice(oldPrefix.length))
        ? newPrefix + p.slice(oldPrefix.length)
        : p,
    )
    writeFileSync(settingsFile, JSON.stringify(data, null, 2))
  } catch {
    /* a malformed settings file is read as defaults anyway (store.ts) */
  }
}

/** The CLI and the browser edition: the same one-time move, to the places worked out without Electron. */
export function moveLegacyHomeForCli(): MoveReport | null {
  if (process.env.NEEDLE_HOME || process.env.NEEDLE_PROJECTS_DIR) return null
  return moveLegacyHome(legacyHome(), configured ?? platformPlaces())
}
