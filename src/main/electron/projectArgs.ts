/** The project file named on a command line (`needle-app study.needle`, `electron . study.needle`, a file association). */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_EXTENSION = /\.needle$/i

/** A path, or a file:// URI as Linux file managers hand them over (`file:///home/r/My%20Study.needle`). */
function asPath(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg)
    } catch {
      return null // a file URI for another host (file://server/...) on a system that cannot open it
    }
  }
  return resolve(cwd, arg)
}

/**
 * argv as Electron gives it: [executable, ...] when packaged, [electron, appPath, ...] from
 * source. Flags (--inspect, Chromium switches) are skipped; the last .needle path wins.
 */
export function projectPathFromArgv(argv: readonly string[], cwd = process.cwd()): string | null {
  const found = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => asPath(arg, cwd))
    .filter((path): path is string => path !== null && PROJECT_EXTENSION.test(path))
  return found.at(-1) ?? null
}
