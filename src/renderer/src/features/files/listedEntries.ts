import type { DirEntry } from '../../../../shared/domain'
import { extensionOf as extOf } from './extensions'
import type { PickRequest } from './pickRequest'

/**
 * Which entries of a folder the picker lists for a request: folders always; project files
 * when opening or saving a project; in 'files' mode the files whose extension the caller
 * accepts and whose name contains the filter; in 'saveFile' mode files of its extension.
 * `hidden` counts the files left out, so the user knows the folder is not empty.
 */
export function listedEntries(entries: DirEntry[], request: PickRequest | null, filter: string): { visible: DirEntry[]; hidden: number } {
  const mode = request?.mode ?? 'open'
  const needle = filter.trim().toLocaleLowerCase()
  const accepts = (e: DirEntry): boolean => {
    if (e.kind === 'dir') return true
    if (mode === 'files') {
      const allowed = request?.extensions
      return !allowed || allowed.includes(extOf(e.name))
    }
    if (mode === 'saveFile') return extOf(e.name) === (request?.extension ?? '').toLowerCase()
    return e.kind === 'project'
  }
  const shown = entries.filter(accepts)
  const visible = needle ? shown.filter((e) => e.kind === 'dir' || e.name.toLocaleLowerCase().includes(needle)) : shown
  const files = entries.filter((e) => e.kind !== 'dir').length
  return { visible, hidden: files - visible.filter((e) => e.kind !== 'dir').length }
}
