import { existsSync, mkdirSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import { listBackups, writeBackup } from '../../db/backup'
import { createProject, openProject } from '../../db/open'
import { restoreLatestBackup } from '../../db/restore'
import type { HandlerMap } from '../handlers'
import type { Session } from '../../session'
import { projectSummary } from './summary'
import { defaultProjectsDir } from '../../paths'
import { setProjectLanguage } from './language'

function withExtension(path: string): string {
  return /\.needle$/i.test(path) ? path : `${path}.needle`
}

/** The user's sample project, built on first use by the builder the session's transport provides. */
async function ensureSampleProject(session: Session): Promise<string> {
  const dir = defaultProjectsDir()
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'Sample project.needle')
  if (existsSync(path)) return path
  if (!session.buildSample) {
    throw new NeedleError('not_found', `There is no sample project in ${dir}. Write one with "needle demo <file>" and open that.`)
  }
  await session.buildSample(path)
  return path
}

function announce(session: Session) {
  const summary = projectSummary(session.requireProject())
  session.settings.addRecent(summary.path)
  session.emit('project.changed', { summary })
  return summary
}

export const projectHandlers: HandlerMap<
  | 'project.create'
  | 'project.open'
  | 'project.openSample'
  | 'project.info'
  | 'project.close'
  | 'project.saveCopy'
  | 'project.restoreBackup'
  | 'project.setLanguage'
> = {
  'project.create': (session, { path }) => {
    const next = createProject(withExtension(resolve(path)))
    session.closeProject()
    session.project = next
    return announce(session)
  },
  'project.open': (session, { path }) => {
    const next = openProject(path)
    session.closeProject()
    session.project = next
    return announce(session)
  },
  'project.openSample': async (session) => {
    const path = await ensureSampleProject(session)
    const next = openProject(path)
    session.closeProject()
    session.project = next
    return announce(session)
  },
  'project.info': (session) => projectSummary(session.requireProject()),
  'project.setLanguage': (session, { language }) => {
    const db = session.writable()
    db.transaction(() => setProjectLanguage(db, language))()
    return announce(session)
  },
  'project.close': (session) => {
    session.closeProject()
    session.emit('project.changed', { summary: null })
    return null
  },
  'project.saveCopy': (session, { path }) => {
    const project = session.requireProject()
    const target = resolve(withExtension(path))
    if (target === project.path) throw new NeedleError('invalid_input', 'A copy needs a different file name than the open project.')
    if (existsSync(target)) throw new NeedleError('already_exists', `${target} already exists. Choose another name.`)
    // VACUUM INTO gives a compact single file with no -wal, consistent even while the project is in use.
    project.db.prepare('VACUUM INTO ?').run(target)
    return { path: target }
  },
  'project.restoreBackup': (session, { path }) => {
    const target = resolve(path)
    if (session.project?.path === target) session.closeProject()
    if (listBackups(target).length === 0) throw new NeedleError('not_found', `There is no backup of ${basename(target)} to restore.`)
    restoreLatestBackup(target)
    const next = openProject(target)
    session.project = next
    // The restored copy is itself backed up so the next damage has something to fall back on.
    if (!next.readOnly) writeBackup(next.db, target, 'restored')
    return announce(session)
  },
}
