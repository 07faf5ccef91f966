/** What is at a path the researcher typed or pasted into the browser edition's file picker. */
import { statSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, isAbsolute, resolve } from 'node:path'
import type { LocatedPath } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'

/** Quotes a pasted path may carry ("Copy as path" on Windows, a shell's quoting). */
function unquoted(path: string): string {
  const t = path.trim()
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t
}

export function locatePath(typed: string, from?: string): LocatedPath {
  let p = unquoted(typed)
  if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) p = homedir() + p.slice(1)
  const path = isAbsolute(p) ? resolve(p) : resolve(from ?? homedir(), p)
  const kindOf = (target: string) => {
    try {
      return statSync(target)
    } catch {
      return null
    }
  }
  const st = kindOf(path)
  if (st?.isDirectory()) return { path, kind: 'dir', dir: path, name: basename(path) }
  if (st) return { path, kind: /\.needle$/i.test(path) ? 'project' : 'file', dir: dirname(path), name: basename(path) }
  const parent = dirname(path)
  if (kindOf(parent)?.isDirectory()) return { path, kind: 'new', dir: parent, name: basename(path) }
  throw new NeedleError(
    'not_found',
    `There is no file or folder at ${path}, nor a folder ${parent} to save into. Check the spelling, or paste the full path of a folder or file.`,
    { path },
  )
}
