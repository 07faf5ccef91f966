/** `project.check`: the read-only health check of a project file (needle check, and the UI's "Check file"). */
import { resolve } from 'node:path'
import { checkProjectFile } from '../../db/check'
import type { HandlerMap } from '../handlers'

export const projectCheckHandlers: HandlerMap<'project.check'> = {
  // Works on any path, open or not: checking never needs (or takes) the project's lock.
  'project.check': (_session, { path }) => checkProjectFile(resolve(path)),
}
