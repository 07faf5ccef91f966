/**
 * Writing export files so that an interrupted export (a crash, kill -9, a full disk) never
 * leaves a half-written file under the name the researcher asked for: everything is written
 * beside it under a temporary name and renamed into place, which is atomic on one volume.
 */
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, extname, resolve } from 'node:path'
import { NeedleError } from '../../../shared/errors'

export function withExtension(path: string, ext: string): string {
  return extname(path).toLowerCase() === ext ? path : `${path}${ext}`
}

/** Refuses targets that would overwrite the open project or sit in a missing folder. */
export function exportTarget(raw: string, ext: string, projectPath: string | null): string {
  const target = resolve(withExtension(raw, ext))
  if (projectPath && target === projectPath)
    throw new NeedleError('invalid_input', `${basename(target)} is the open project. Choose another file name for the export.`)
  if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) {
    throw new NeedleError('not_found', `Cannot write ${target}: the folder ${dirname(target)} does not exist.`)
  }
  return target
}

export function temporaryBeside(target: string): string {
  return `${target}.${process.pid}.partial`
}

/** Writes bytes under a temporary name and renames them into place. */
export function writeAtomically(target: string, bytes: Uint8Array | string): number {
  const tmp = temporaryBeside(target)
  try {
    writeFileSync(tmp, bytes)
    renameSync(tmp, target)
  } catch (err) {
    rmSync(tmp, { force: true })
    const code = (err as NodeJS.ErrnoException).code
    throw new NeedleError(
      'unreadable_file',
      `Cannot write ${target} (${code ?? (err as Error).message}). Check that the folder is writable and has space.`,
    )
  }
  return statSync(target).size
}

/** Like writeAtomically, for bytes produced in pieces: `produce` calls `write` for each piece, in order. */
export function writeStreamed(target: string, produce: (write: (piece: Uint8Array) => void) => void): number {
  const tmp = temporaryBeside(target)
  let fd: number | null = null
  try {
    fd = openSync(tmp, 'w')
    const out = fd
    produce((piece) => {
      for (let done = 0; done < piece.length;) done += writeSync(out, piece, done)
    })
    closeSync(fd)
    fd = null
    renameSync(tmp, target)
  } catch (err) {
    if (fd !== null) closeSync(fd)
    rmSync(tmp, { force: true })
    const code = (err as NodeJS.ErrnoException).code
    throw new NeedleError(
      'unreadable_file',
      `Cannot write ${target} (${code ?? (err as Error).message}). Check that the folder is writable and has space.`,
    )
  }
  return statSync(target).size
}
