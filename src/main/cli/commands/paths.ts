/** File arguments are relative to where `needle` was run; project files get their extension. */
import { resolve } from 'node:path'

export function projectFileArg(raw: string): string {
  const path = resolve(process.cwd(), raw)
  return /\.needle$/i.test(path) ? path : `${path}.needle`
}

/** For commands that read a file: the path exactly as given, so a wrong name is reported as given. */
export function existingFileArg(raw: string): string {
  return resolve(process.cwd(), raw)
}
