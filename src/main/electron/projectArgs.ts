/** The project file named on a command line (`needle-app study.needle`, `electron . study.needle`, a file association). */
import { resolve } from 'node:path'

export const PROJECT_EXTENSION = /\.needle$/i

/**
 * argv as Electron gives it: [executable, ...] when packaged, [electron, appPath, ...] from
 * source. Flags (--inspect, Chromium switches) are skipped; the last .needle path wins.
 */
export function projectPathFromArgv(argv: readonly string[], cwd = process.cwd()): string | null {
  const found = argv.slice(1).filter((arg) => !arg.startsWith('-') && PROJECT_EXTENSION.test(arg))
  const last = found.at(-1)
  return last ? resolve(cwd, last) : null
}
