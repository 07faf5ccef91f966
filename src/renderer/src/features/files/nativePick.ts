/**
 * The desktop app's side of the file picker: the same requests the in-app picker answers,
 * asked of the system's own open/save dialogs through the `dialog.pick` channel. Pure apart
 * from the `ask` it is given, so the translation of a request can be tested without a window.
 */
import type { AppState, FilePickRequest } from '../../../../shared/domain'
import { joinPath, withNeedleExtension } from '../../app/paths'
import { withExtension } from './extensions'
import type { PickMode, PickRequest } from './pickRequest'

/**
 * Only the desktop app has native dialogs (its session gets them from the Electron shell);
 * the browser edition's server has none and answers `dialog.pick` with an error.
 */
export function usesNativeDialogs(edition: AppState['edition']): boolean {
  return edition === 'desktop'
}

/** The same titles the in-app picker shows when the caller names none. */
const TITLES: Record<PickMode, string> = {
  new: 'picker.titleNew',
  open: 'picker.titleOpen',
  saveCopy: 'picker.titleSaveCopy',
  files: 'picker.titleOpen',
  saveFile: 'picker.titleSaveCopy',
}

// The channel's limits (src/shared/contract/app.ts): names up to 100 characters, extensions of
// letters and digits up to 10, at most 20 per filter.
const EXTENSION = /^\w{1,10}$/
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

type Translate = (key: string) => string

/**
 * The native request for a picker request: what the in-app picker lists, as filters (project
 * files for projects; the caller's extensions, then every file, for 'files'; the one extension
 * for 'saveFile'); the folder it starts in; for saving, the suggested name in that folder.
 */
export function toNativeRequest(request: PickRequest, projectsDir: string, t: Translate): FilePickRequest {
  const dir = request.startDir ?? projectsDir
  const title = clip(request.title ?? t(TITLES[request.mode]), 200)
  const projects = [{ name: clip(t('picker.projectKind'), 100), extensions: ['needle'] }]
  switch (request.mode) {
    case 'new':
    case 'saveCopy':
      return {
        mode: 'save',
        title,
        filters: projects,
        defaultPath: joinPath(dir, withNeedleExtension(request.suggestedName?.trim() || t('picker.defaultName'))),
      }
    case 'open':
      return { mode: 'open', title, filters: projects, defaultPath: dir }
    case 'saveFile': {
      const ext = request.extension && EXTENSION.test(request.extension) ? request.extension.toLowerCase() : null
      const name = request.suggestedName?.trim()
      return {
        mode: 'save',
        title,
        // No extension: no filter at all (an absent one would make the desktop shell offer projects).
        filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
        defaultPath: name ? joinPath(dir, ext ? withExtension(name, ext) : name) : dir,
      }
    }
    case 'files': {
      const exts = (request.extensions ?? [])
        .map((e) => e.toLowerCase())
        .filter((e) => EXTENSION.test(e))
        .slice(0, 20)
      const filters = exts.length
        ? [
            { name: clip(exts.map((e) => `.${e}`).join(' '), 100), extensions: exts },
            { name: clip(t('import.picker.allFiles'), 100), extensions: ['*'] },
          ]
        : undefined
      return { mode: 'open', title, ...(filters ? { filters } : {}), multiple: request.multiple === true, defaultPath: dir }
    }
  }
}

/**
 * The paths the caller gets, as the in-app picker would give them: null when the dialog was
 * cancelled (nothing chosen, nothing changes); a saved project always ends in .needle and a
 * saved file in its extension; one path unless several were asked for.
 */
export function fromNativePaths(request: PickRequest, paths: string[]): string[] | null {
  if (paths.length === 0) return null
  switch (request.mode) {
    case 'new':
    case 'saveCopy':
      return [withNeedleExtension(paths[0])]
    case 'saveFile':
      return [request.extension ? withExtension(paths[0], request.extension) : paths[0]]
    case 'files':
      return request.multiple ? paths : [paths[0]]
    default:
      return [paths[0]]
  }
}

/** Asks the native dialog (`ask` is the dialog.pick channel) and answers like the in-app picker. */
export async function pickNatively(
  request: PickRequest,
  projectsDir: string,
  t: Translate,
  ask: (request: FilePickRequest) => Promise<{ paths: string[] }>,
): Promise<string[] | null> {
  const { paths } = await ask(toNativeRequest(request, projectsDir, t))
  return fromNativePaths(request, paths)
}
