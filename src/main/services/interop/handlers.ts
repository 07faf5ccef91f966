/** Sharing, merging, agreement and REFI-QDA exchange, over the open project. */
import { resolve } from 'node:path'
import type { HandlerMap } from '../handlers'
import { projectSummary } from '../project/summary'
import type { Session } from '../../session'
import { agreement } from './agreement'
import { sharingReview } from './anonymise'
import { codersOf } from './coders'
import { exportTarget, writeAtomically } from './files'
import { mergeProjectFile } from './merge'
import { exportQdc, exportQdpx } from './qdpx/export'
import { importRefiFile } from './qdpx/import'
import { exportForSharing } from './share'
import { codingsCsv, matrixCsv } from './tables'

/** The open project's content changed under the renderer (a merge or an import): it re-reads. */
function announce<T>(session: Session, value: T): T {
  session.emit('project.changed', { summary: projectSummary(session.requireProject()) })
  return value
}

export const interopHandlers: HandlerMap<
  | 'project.exportForSharing'
  | 'project.sharingReview'
  | 'project.merge'
  | 'coding.agreement'
  | 'coding.coders'
  | 'interop.exportQdpx'
  | 'interop.exportQdc'
  | 'interop.importQdpx'
  | 'interop.exportCsv'
> = {
  'project.exportForSharing': (session, { path, anonymise, identifyingAttributes, maskNames }) =>
    exportForSharing(session.requireProject(), path, anonymise ?? false, { identifyingAttributes, maskNames }),
  'project.sharingReview': (session, { identifyingAttributes }) => sharingReview(session.requireProject().db, identifyingAttributes),
  'project.merge': (session, { path }) => announce(session, mergeProjectFile(session, path)),
  'coding.agreement': (session, { coderA, coderB, documentIds }) => agreement(session.requireProject().db, coderA, coderB, documentIds),
  'coding.coders': (session) => codersOf(session.requireProject().db),
  'interop.exportQdpx': (session, { path }) => {
    const project = session.requireProject()
    return exportQdpx(project.db, path, project.path)
  },
  'interop.exportQdc': (session, { path }) => {
    const project = session.requireProject()
    return exportQdc(project.db, path, project.path)
  },
  'interop.importQdpx': (session, { path }) => announce(session, importRefiFile(session.writable(), resolve(path))),
  'interop.exportCsv': (session, { path, table }) => {
    const project = session.requireProject()
    const target = exportTarget(path, '.csv', project.path)
    const { csv, rows } = table === 'matrix' ? matrixCsv(project.db) : codingsCsv(project.db)
    writeAtomically(target, csv)
    return { path: target, rows }
  },
}
