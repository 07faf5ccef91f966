/** `project.check`: the read-only health check of a project file (needle check, and the UI's "Check file"). */
import { resolve } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import { checkProjectFile } from '../../db/check'
import { repairProjectFile } from '../../db/repair'
import type { HandlerMap } from '../handlers'

export const projectCheckHandlers: HandlerMap<'project.check' | 'project.repair'> = {
  // Works on any path, open or not: checking never needs (or takes) the project's lock.
  'project.check': (_session, { path }) => checkProjectFile(resolve(path)),
  // The renderer opens the file afterwards with project.open, as after any refusal it resolved.
  'project.repair': (session, { path }) => {
    const target = resolve(path)
    if (session.project?.path === target)
      throw new NeedleError('conflict', `${target} is the open project; it passed opening's checks and needs no repair. Close it first.`)
    return repairProjectFile(target)
  },
}
