import { readdirSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import { naturalCompare } from '../../../shared/text/naturalOrder'
import type { DirEntry } from '../../../shared/domain'
import type { HandlerMap } from '../handlers'
import { projectSummary } from '../project/summary'
import { defaultProjectsDir } from '../../paths'
import { locatePath } from './locate'

export const appHandlers: HandlerMap<'app.state' | 'settings.update' | 'files.list' | 'files.locate' | 'dialog.pick'> = {
  'app.state': (session) => ({
    edition: session.edition,
    settings: session.settings.get(),
    project: session.project ? projectSummary(session.project) : null,
    projectsDir: defaultProjectsDir(),
  }),
  'settings.update': (session, patch) => {
    const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
    return session.settings.update(clean)
  },
  'dialog.pick': async (session, request) => {
    if (!session.nativeDialogs) {
      throw new NeedleError(
        'invalid_input',
        'Native file dialogs exist only in the desktop app; the browser edition uses its own file picker.',
      )
    }
    return { paths: await session.nativeDialogs.pick(request) }
  },
  'files.locate': (_session, { path, from }) => locatePath(path, from),
  'files.list': (_session, { dir }) => {
    const target = resolve(dir ?? homedir())
    let names: string[]
    try {
      names = readdirSync(target)
    } catch (err) {
      throw new NeedleError('not_found', `Cannot read the folder ${target}: ${(err as NodeJS.ErrnoException).code ?? 'error'}.`)
    }
    const entries: DirEntry[] = []
    for (const name of names) {
      if (name.startsWith('.')) continue
      try {
        const st = statSync(join(target, name))
        const kind = st.isDirectory() ? 'dir' : /\.needle$/i.test(name) ? 'project' : 'file'
        entries.push({ name, path: join(target, name), kind })
      } catch {
        /* broken link or no permission: not listable, not worth an error */
      }
    }
    const order = { dir: 0, project: 1, file: 2 }
    entries.sort((a, b) => order[a.kind] - order[b.kind] || naturalCompare(a.name, b.name))
    const parent = dirname(target)
    return { dir: target, parent: parent === target ? null : parent, entries }
  },
}
